"""PDF with a text layer to text: page headers, footers and page numbers dropped, and line breaks
inside sentences rejoined."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from statistics import median

from kechuang.errors import KechuangError

_PAGE_NUMBER = re.compile(
    r"[-—–\s]*(第\s*\d+\s*页(\s*/?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}|[-—–]\s*\d{1,4}\s*[-—–])[-—–\s]*")
_SENTENCE_END = "。!?:;!?:;」』”)》"
_HEADING_START = re.compile(
    r"([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[.、]|第[一二三四五六七八九十]+)")


def _strip_repeated(pages: list[list[str]]) -> list[list[str]]:
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


def _rejoin(lines: list[str]) -> list[str]:
    """Join a line to the next when it runs to the right margin and does not end a sentence."""
    lengths = [len(x) for x in lines if len(x) > 8]
    if not lengths:
        return lines
    full = median(sorted(lengths)[len(lengths) // 2:])
    out: list[str] = []
    for line in lines:
        if (out and len(out[-1]) >= 0.85 * full and out[-1][-1] not in _SENTENCE_END
                and not _HEADING_START.match(line)):
            out[-1] += line
        else:
            out.append(line)
    return out


def pdf_to_text(data: bytes, name: str = "") -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise KechuangError("KC-TEXT-PDF-ENCRYPTED", "PDF 文件已加密,请先解除密码保护后再导入", file=name)
        pages = []
        for page in reader.pages:
            text = page.extract_text() or ""
            pages.append([ln.strip() for ln in text.splitlines() if ln.strip()])
    except KechuangError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise KechuangError("KC-TEXT-PDF", f"PDF 文件已损坏或无法读取({type(exc).__name__})", file=name) from exc
    if sum(len("".join(p)) for p in pages) < 20:
        raise KechuangError(
            "KC-TEXT-PDF-NOTEXT",
            "PDF 没有文字层(可能是扫描件):请先用 OCR 软件转成可复制文字的 PDF 或 Word 文件后再导入",
            file=name)
    lines = [line for page in _strip_repeated(pages) for line in page]
    return "\n".join(_rejoin(lines))
