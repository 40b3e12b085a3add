"""A 对接's files: a PDF (its header checked) or an image (Pillow ``verify``); anything else is refused by name."""

from __future__ import annotations

from pathlib import PurePath

from kechuang.web import uploads
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer.models import Docking, DockingFile

ACCEPTED = uploads.Accepted(max_files=5, image_suffixes=frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}),
                            hint="(只接受 PDF 或 JPG、PNG 等图片)")


def check_files(files: list[Evidence]) -> None:
    """Each file a real PDF or image within the upload limit, at most five."""
    uploads.check_files(files, ACCEPTED)


def files_save(docking: Docking, files: list[Evidence]) -> None:
    """Inside the caller's transaction (run in ``uploads.staging()``): the files appear when it commits."""
    for f in files:
        name = PurePath(f.name).name
        row = DockingFile(docking=docking, name=name[:255], size=len(f.data))
        uploads.stage(row.file, f"{docking.pk}-{name}"[-120:], f.data)
        row.save()
