"""Attachments of a 揭榜 application: PDF or images only, checked by their content (a PDF header; Pillow's
``verify`` for an image), not by their name; at most ``MAX_FILES``, none empty or over the upload limit."""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.challenges.models import Application, ApplicationFile
from kechuang.web.images import is_image
from kechuang.web.supervision.services import Evidence

MAX_FILES = 10
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}
IMAGE_FORMATS = {"JPEG", "PNG"}


def _bad(name: str, why: str) -> KechuangError:
    return KechuangError("KC-WEB-FILE", f"附件“{name}”{why}(只接受 PDF 或 JPG、PNG 图片)", file=name, field="files")


def check_files(files: list[Evidence], required: bool = True) -> None:
    if required and not files:
        raise KechuangError("KC-WEB-FIELD", "请上传技术方案等附件(PDF 或图片)", field="files")
    if len(files) > MAX_FILES:
        raise KechuangError("KC-WEB-FIELD", f"一次最多上传 {MAX_FILES} 个附件", field="files")
    for f in files:
        suffix = PurePath(f.name).suffix.lower()
        if not f.data:
            raise _bad(f.name, "是空文件")
        if len(f.data) > settings.MAX_UPLOAD_BYTES:
            raise _bad(f.name, f"超过 {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB 的上限")
        if suffix in PDF_SUFFIXES:
            if not f.data.lstrip()[:5] == b"%PDF-":
                raise _bad(f.name, "不是 PDF 文件(内容与扩展名不符)")
        elif suffix in IMAGE_SUFFIXES:
            if not is_image(f.data, IMAGE_FORMATS):
                raise _bad(f.name, "不是有效的图片(内容与扩展名不符或已损坏)")
        else:
            raise _bad(f.name, "的类型不受支持")


def files_save(app: Application, files: list[Evidence]) -> None:
    """Inside the caller's transaction (run within ``uploads.staging()``): the files appear when it commits."""
    for f in files:
        row = ApplicationFile(application=app, name=PurePath(f.name).name[:255], size=len(f.data))
        uploads.stage(row.file, f"jb{app.pk}-{PurePath(f.name).name}"[-120:], f.data)
        row.save()
