"""A 对接's files: a PDF (its header checked) or an image (Pillow ``verify``); anything else is refused by name."""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.images import is_image
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer.models import Docking, DockingFile

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}
MAX_FILES = 5


def _refuse(f: Evidence, why: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", f"附件“{f.name}”{why}", field="files", file=f.name)


def check_files(files: list[Evidence]) -> None:
    """Each file a real PDF or image within the upload limit, at most ``MAX_FILES``."""
    if len(files) > MAX_FILES:
        raise KechuangError("KC-WEB-FIELD", f"一次最多上传 {MAX_FILES} 个附件", field="files")
    for f in files:
        suffix = PurePath(f.name).suffix.lower()
        if not f.data:
            raise _refuse(f, "是空文件")
        if len(f.data) > settings.MAX_UPLOAD_BYTES:
            raise _refuse(f, f"超过 {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB 的上限")
        if suffix == ".pdf":
            if not f.data.lstrip()[:5] == b"%PDF-":
                raise _refuse(f, "不是 PDF 文件(文件内容与扩展名不符)")
        elif suffix in IMAGE_SUFFIXES:
            if not is_image(f.data):
                raise _refuse(f, "不是有效的图片(文件内容与扩展名不符或已损坏)")
        else:
            raise _refuse(f, "的类型不受支持(只接受 PDF 或 JPG、PNG 等图片)")


def files_save(docking: Docking, files: list[Evidence]) -> None:
    """Inside the caller's transaction (run in ``uploads.staging()``): the files appear when it commits."""
    for f in files:
        name = PurePath(f.name).name
        row = DockingFile(docking=docking, name=name[:255], size=len(f.data))
        uploads.stage(row.file, f"{docking.pk}-{name}"[-120:], f.data)
        row.save()
