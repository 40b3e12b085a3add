"""One image check (``kechuang.web.images``) for every upload that must be an image: 揭榜 attachments, 对接 files
and service photos accept and refuse the same bytes."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kechuang.errors import KechuangError
from kechuang.web.challenges.files import check_files as challenge_files_checked
from kechuang.web.images import NotAnImage, image_read
from kechuang.web.supervision.services import Evidence
from kechuang.web.talents.photos import Photo, photo_checked
from kechuang.web.transfer.attachments import check_files as docking_files_checked


def _png(size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG")
    return out.getvalue()


def _refused_everywhere(data: bytes) -> list[bool]:
    refused = []
    for check in (lambda: challenge_files_checked([Evidence("方案.png", data)]),
                  lambda: docking_files_checked([Evidence("合同.png", data)]),
                  lambda: photo_checked(Photo("大棚.png", data))):
        try:
            check()
            refused.append(False)
        except KechuangError:
            refused.append(True)
    return refused


def test_a_photo_is_accepted_by_every_upload(settings):
    assert _refused_everywhere(_png((40, 30))) == [False, False, False]
    assert image_read(_png((40, 30))).width == 40


def test_text_named_png_and_a_cut_image_are_refused_by_every_upload():
    assert _refused_everywhere("不是图片".encode()) == [True, True, True]
    with pytest.raises(NotAnImage) as cut:
        image_read(_png((40, 30))[:60])
    assert cut.value.damaged and _refused_everywhere(_png((40, 30))[:60]) == [True, True, True]


def test_a_decompression_bomb_is_refused_by_every_upload(settings):
    """100 megapixels: over Pillow's warning limit, under its error limit — the 揭榜 and 对接 checks let it in."""
    settings.MAX_UPLOAD_BYTES = settings.MAX_PHOTO_BYTES = 50 * 1024 * 1024
    bomb = _png((10_000, 10_000), mode="1")
    assert len(bomb) < 200_000
    assert _refused_everywhere(bomb) == [True, True, True]
