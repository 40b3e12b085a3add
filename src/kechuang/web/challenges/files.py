"""Attachments of a 揭榜 application: PDF or images only, checked by their content (a PDF header; Pillow's
``verify`` for an image), not by their name; at most ``MAX_FILES``, none empty or over the upload limit."""

from __future__ import annotations

from pathlib import PurePath

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.challenges.models import Application, ApplicationFile
from kechuang.web.supervision.services import Evidence

ACCEPTED = uploads.Accepted(max_files=10, image_suffixes=frozenset({".jpg", ".jpeg", ".png"}),
                            image_formats=frozenset({"JPEG", "PNG"}), code="KC-WEB-FILE",
                            hint="(只接受 PDF 或 JPG、PNG 图片)")


def check_files(files: list[Evidence], required: bool = True) -> None:
    if required and not files:
        raise KechuangError("KC-WEB-FIELD", "请上传技术方案等附件(PDF 或图片)", field="files")
    uploads.check_files(files, ACCEPTED)


def files_save(app: Application, files: list[Evidence]) -> None:
    """Inside the caller's transaction (run within ``uploads.staging()``): the files appear when it commits."""
    for f in files:
        row = ApplicationFile(application=app, name=PurePath(f.name).name[:255], size=len(f.data))
        uploads.stage(row.file, f"jb{app.pk}-{PurePath(f.name).name}"[-120:], f.data)
        row.save()
