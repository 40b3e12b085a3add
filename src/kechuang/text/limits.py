"""Bounds on decompression: a .docx or an .ofd (zips, ``check_package``) or a PDF (Flate streams) is refused as soon
as it would inflate past them, before it is parsed, so one uploaded file cannot tie a worker for minutes or take
gigabytes.

Defaults, from what real plan documents do: a 20 MB upload (the size limit) of photos in a .docx inflates
about 1–2×, so under 40 MB; a text-only .docx or PDF compresses XML and content streams 5–20×. 100 MB total
is 2.5× the largest legitimate case, and a ratio of 100 is 5× the highest text ratio while deflate reaches
~1,000× on padding (the bombs). Ratios of small files mean little (a 50 KB docx of repeated tags may reach
100× and still be 5 MB), so the ratio only bites above RATIO_FLOOR.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from kechuang.errors import KechuangError

MB = 1024 * 1024
MAX_INFLATED = 100 * MB
MAX_RATIO = 100
RATIO_FLOOR = 10 * MB
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class InflateLimit:
    """At most ``max_bytes`` inflated in all, and at most ``max_ratio`` times the file's own size."""

    max_bytes: int = MAX_INFLATED
    max_ratio: float = MAX_RATIO

    def budget(self, compressed: int) -> int:
        """How many inflated bytes a file of ``compressed`` bytes may produce."""
        return min(self.max_bytes, max(RATIO_FLOOR, int(self.max_ratio * compressed)))

    def refuse(self, name: str, compressed: int) -> KechuangError:
        return KechuangError(
            "KC-TEXT-TOO-LARGE",
            f"文件“{name}”解压后超过 {self.budget(compressed) / MB:.0f} MB(解压上限 {self.max_bytes / MB:.0f} MB,"
            f"压缩比上限 {self.max_ratio:g} 倍),可能是压缩炸弹,已拒绝;如确为正常文件,请调高解压上限"
            "(命令行 --max-inflated-mb、--max-inflate-ratio;平台 KECHUANG_MAX_INFLATED_MB、KECHUANG_MAX_INFLATE_RATIO)",
            file=name)


DEFAULT_LIMIT = InflateLimit()


def check_package(data: bytes, name: str, limit: InflateLimit, required: str, missing: KechuangError,
                  damaged: KechuangError) -> None:
    """Refuse corrupt archives (a .docx, an .ofd) and zip bombs before any XML is parsed: ``missing`` when the
    package lacks its ``required`` member, ``damaged`` when the zip is broken; the sizes the archive declares, then
    every member inflated in chunks and discarded, counting, so a lying header stops at the budget too."""
    budget = limit.budget(len(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if required not in {i.filename for i in infos}:
                raise missing
            if sum(i.file_size for i in infos) > budget:
                raise limit.refuse(name, len(data))
            inflated = 0
            for info in infos:
                with zf.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        inflated += len(chunk)
                        if inflated > budget:
                            raise limit.refuse(name, len(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:  # encrypted: Runtime
        raise damaged from exc
