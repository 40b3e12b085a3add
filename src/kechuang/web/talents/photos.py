"""Photos of a service (evidence): images only. Each file is opened and verified with Pillow before anything is
stored; a file that is not a JPEG, PNG or WebP image, is empty, too large or too many pixels is refused with a
Chinese message naming it."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from pathlib import PurePath

from django.conf import settings

from kechuang.errors import KechuangError
from kechuang.web.images import NotAnImage, image_read

FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_PIXELS = 60_000_000  # 60 megapixels: more is a decompression bomb, not a photo of a field
MAX_PHOTOS = 9


@dataclass
class Photo:
    name: str
    data: bytes
    width: int = 0
    height: int = 0
    content_type: str = ""


def _refuse(name: str, why: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", f"照片“{name}”{why}", field="photos", file=name)


def photo_checked(photo: Photo) -> Photo:
    """The photo with its size and type filled in, or KC-WEB-FIELD / KC-WEB-TOO-LARGE naming the file."""
    name = PurePath(photo.name or "照片").name[:120]
    limit = settings.MAX_PHOTO_BYTES
    if not photo.data:
        raise _refuse(name, "是空文件")
    if len(photo.data) > limit:
        size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
        raise KechuangError("KC-WEB-TOO-LARGE", f"照片“{name}”超过 {size} 的上限",
                            field="photos", file=name)
    try:
        kind, width, height = astuple(image_read(photo.data))
    except NotAnImage as exc:
        raise _refuse(name, "已损坏,无法作为图片打开" if exc.damaged else
                      "不是图片(请上传 JPG、PNG 或 WebP 格式的照片)") from None
    if kind not in FORMATS:
        raise _refuse(name, f"的格式 {kind} 不受支持(请上传 JPG、PNG 或 WebP 格式的照片)")
    if width * height > MAX_PIXELS:
        raise _refuse(name, f"像素过多({width}×{height})")
    return Photo(name, photo.data, width, height, FORMATS[kind])


def photos_checked(photos: list[Photo]) -> list[Photo]:
    if len(photos) > MAX_PHOTOS:
        raise KechuangError("KC-WEB-FIELD", f"每条服务记录最多上传 {MAX_PHOTOS} 张照片", field="photos")
    return [photo_checked(p) for p in photos]
