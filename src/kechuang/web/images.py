"""The one check that uploaded bytes are an image: opened and verified by Pillow, never judged by the file's name.
揭榜 attachments (``challenges.files``), 对接 files (``transfer.attachments``) and service photos
(``talents.photos``) all read images through ``image_read``."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError


@dataclass(frozen=True)
class ImageRead:
    format: str  # Pillow's name: JPEG, PNG, WEBP, GIF …
    width: int
    height: int


class NotAnImage(ValueError):
    """The bytes are not an image Pillow can read; ``damaged`` when it recognised the format but not the content."""

    def __init__(self, damaged: bool) -> None:
        super().__init__("damaged" if damaged else "not an image")
        self.damaged = damaged


def image_read(data: bytes) -> ImageRead:
    """The image's format and size after Pillow's ``verify``; NotAnImage otherwise. Past Pillow's pixel limit
    (a decompression bomb, ~89 megapixels) is not an image either: the warning is taken as the refusal."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                read = ImageRead(image.format or "", *image.size)
                image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise NotAnImage(damaged=False) from None
    except Exception:  # Pillow raises what its decoder meets: OSError, SyntaxError, ValueError, struct.error …
        raise NotAnImage(damaged=True) from None
    return read


def is_image(data: bytes, formats: set[str] | frozenset[str] | None = None) -> bool:
    """Whether ``data`` is a readable image (of one of ``formats`` when given)."""
    try:
        read = image_read(data)
    except NotAnImage:
        return False
    return formats is None or read.format in formats
