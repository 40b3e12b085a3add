"""The attachment check the 揭榜 application and the 对接 share (``uploads.check_files``): each form's own limits,
one set of refusals, each naming the file."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.challenges import files as challenge_files
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer import attachments as docking_files


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "GIF")
    return out.getvalue()


PDF = Evidence("方案.pdf", b"%PDF-1.4\n%%EOF")


def _refused(check, files, code: str, *words: str) -> None:
    with pytest.raises(KechuangError) as info:
        check(files)
    assert info.value.code == code
    for word in words:
        assert word in info.value.message_zh


def test_each_form_keeps_its_own_limits_through_the_shared_check(settings):
    gif = Evidence("现场.gif", _gif())
    docking_files.check_files([PDF, gif])  # a 对接 takes a GIF photo
    _refused(challenge_files.check_files, [PDF, gif], "KC-WEB-FILE", "现场.gif", "类型不受支持")  # JPEG/PNG only
    named_png = Evidence("现场.png", gif.data)  # a GIF under a PNG name: an image, but not of the formats taken
    docking_files.check_files([named_png])
    _refused(challenge_files.check_files, [named_png], "KC-WEB-FILE", "现场.png", "不是有效的图片")
    _refused(docking_files.check_files, [PDF] * 6, "KC-WEB-FIELD", "最多上传 5 个")
    challenge_files.check_files([PDF] * 10)
    _refused(challenge_files.check_files, [PDF] * 11, "KC-WEB-FIELD", "最多上传 10 个")
    _refused(challenge_files.check_files, [], "KC-WEB-FIELD", "请上传技术方案")
    docking_files.check_files([])  # a 对接 may have none


@pytest.mark.parametrize(("bad", "words"), [
    (Evidence("空.pdf", b""), ("附件“空.pdf”是空文件",)),
    (Evidence("假.pdf", b"MZ\x90"), ("附件“假.pdf”不是 PDF 文件",)),
    (Evidence("假.png", b"%PDF-1.4"), ("附件“假.png”不是有效的图片",)),
    (Evidence("setup.exe", b"MZ\x90"), ("附件“setup.exe”的类型不受支持", "只接受 PDF")),
])
def test_both_forms_refuse_the_same_files_naming_them(bad, words):
    _refused(challenge_files.check_files, [PDF, bad], "KC-WEB-FILE", *words)
    _refused(docking_files.check_files, [PDF, bad], "KC-WEB-FIELD", *words)


def test_a_file_over_the_upload_limit_is_refused(settings):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    big = Evidence("大.pdf", b"%PDF-1.4" + b"0" * (1024 * 1024))
    accepted = uploads.Accepted(max_files=1, image_suffixes=frozenset())
    _refused(lambda f: uploads.check_files(f, accepted), [big], "KC-WEB-FIELD", "大.pdf", "超过 1 MB")
