"""PDF with a text layer to text: page headers, footers and page numbers dropped, and line breaks
inside sentences rejoined."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from kechuang.errors import KechuangError
from kechuang.text.limits import DEFAULT_LIMIT, InflateLimit
from kechuang.text.reflow import rejoin

_PAGE_NUMBER = re.compile(
    r"[-—–\s]*(第\s*\d+\s*页(\s*/?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}|[-—–]\s*\d{1,4}\s*[-—–])[-—–\s]*")


def strip_repeated(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers, and lines that open or close most pages (running headers and footers)."""
    edges = Counter()
    for lines in pages:
        for line in set(lines[:2] + lines[-2:]):
            edges[re.sub(r"\d+", "#", line)] += 1
    repeated = {k for k, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    out = []
    for lines in pages:
        kept = []
        for i, line in enumerate(lines):
            edge = i < 2 or i >= len(lines) - 2
            if edge and (_PAGE_NUMBER.fullmatch(line) or re.sub(r"\d+", "#", line) in repeated):
                continue
            kept.append(line)
        out.append(kept)
    return out


# pypdf's own per-stream output limits (pypdf.Configuration), set to what is left of the file's budget
_PYPDF_LIMITS = ("zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
                 "array_based_stream_maximum_output_length", "brotli_maximum_output_length",
                 "jbig2_maximum_output_length", "stream_decoding_work_maximum_length")


class _Budget:
    """What is left of a file's inflation budget; each stream is decoded under pypdf's limit set to it."""

    def __init__(self, limit: InflateLimit, data: bytes, name: str) -> None:
        self.limit, self.size, self.name = limit, len(data), name
        self.left = limit.budget(len(data))

    def bounded(self):
        """pypdf's limits for what is decoded next (pypdf ≥ 6.18; fields it does not have yet are skipped)."""
        from pypdf import apply_configuration, get_configuration

        present = [f for f in _PYPDF_LIMITS if hasattr(get_configuration(), f)]
        return apply_configuration(**dict.fromkeys(present, max(self.left, 1)))  # 0 would mean "no limit"

    def decode(self, stream) -> None:
        from pypdf.errors import PdfReadError

        try:
            with self.bounded():
                self.left -= len(stream.get_data())  # pypdf keeps the result for the text extraction
        except (PdfReadError, ValueError, NotImplementedError, KeyError, TypeError):
            return  # a broken stream (maybe one no page draws) is extract_text's to tolerate or refuse
        if self.left < 0:
            raise self.limit.refuse(self.name, self.size)


def _decode_streams(obj, seen: set[int], budget: _Budget) -> None:
    """Decode, counting, the streams a page's text is read from: its content streams and its form XObjects,
    recursively; each stream once. Anything else (inherited resources, odd structures) is left to
    extract_text, still under pypdf's limits set to what is left."""
    from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

    obj = obj.get_object() if obj is not None else None
    if isinstance(obj, ArrayObject):
        for item in obj:
            _decode_streams(item, seen, budget)
        return
    if not isinstance(obj, DictionaryObject) or id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, StreamObject):
        budget.decode(obj)
    if "/Contents" in obj:
        _decode_streams(obj["/Contents"], seen, budget)
    resources = obj.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    for ref in xobjects.values() if isinstance(xobjects, DictionaryObject) else ():
        xobject = ref.get_object()
        if isinstance(xobject, StreamObject) and xobject.get("/Subtype") == "/Form":
            _decode_streams(xobject, seen, budget)


def _page_lines(data: bytes, name: str, limit: InflateLimit) -> list[list[str]]:
    """Each page's text lines, decoding no more than the limit's budget in all."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    budget, seen = _Budget(limit, data, name), set()
    try:
        with budget.bounded():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise KechuangError("KC-TEXT-PDF-ENCRYPTED", "PDF 文件已加密,请先解除密码保护后再导入", file=name)
            pages = []
            for page in reader.pages:
                _decode_streams(page, seen, budget)
                with budget.bounded():
                    text = page.extract_text() or ""
                pages.append([ln.strip() for ln in text.splitlines() if ln.strip()])
    except LimitReachedError as exc:
        raise limit.refuse(name, len(data)) from exc
    return pages


def pdf_to_text(data: bytes, name: str = "", limit: InflateLimit = DEFAULT_LIMIT) -> str:
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pages = _page_lines(data, name, limit)
    except KechuangError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise KechuangError("KC-TEXT-PDF", f"PDF 文件已损坏或无法读取({type(exc).__name__})", file=name) from exc
    if sum(len("".join(p)) for p in pages) < 20:
        raise KechuangError(
            "KC-TEXT-PDF-NOTEXT",
            "PDF 没有文字层(可能是扫描件):请先用 OCR 软件转成可复制文字的 PDF 或 Word 文件后再导入",
            file=name)
    return pages_to_text(pages)


def pages_to_text(pages: list[list[str]]) -> str:
    """A fixed-layout document's page lines (a PDF's, an OFD's) as text: page numbers and running headers and
    footers dropped, lines broken inside sentences rejoined."""
    lines = [line for page in strip_repeated(pages) for line in page]
    return "\n".join(rejoin(lines))
