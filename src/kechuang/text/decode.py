"""Decode bytes of a plain-text or HTML file: BOMs, UTF-8, UTF-16 without BOM, GB18030 (GBK, GB2312)."""

from __future__ import annotations

import codecs
import re

from kechuang.errors import KechuangError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code points that never occur in a real document (C0 controls other than tab/newline/CR/FF).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position for ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    for enc, ratio in (("utf-16-le", odd_nul), ("utf-16-be", even_nul)):
        if ratio > 0.2:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    # CJK-only UTF-16 has no NULs; accept it when most code units fall in the CJK range.
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text[:2000] if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
        if text and cjk / min(len(text), 2000) > 0.6:
            return text
    return None


def looks_binary(text: str) -> bool:
    """True when a decoded text is mostly control characters: the file was not text at all."""
    if not text:
        return False
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


def decode_bytes(data: bytes, name: str = "", declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). ``declared`` is a charset from HTML meta or HTTP, tried after BOMs."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    candidates = []
    if declared:
        low = declared.lower().replace("_", "-")
        # Pages declared gb2312 or gbk often contain GBK-only characters: decode them as GB18030.
        candidates.append("gb18030" if low in {"gb2312", "gbk", "gb-2312", "x-gbk", "cp936"} else low)
    candidates += ["utf-8"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if not looks_binary(text):
            return text, enc
    text16 = _utf16_without_bom(data)
    if text16 is not None and not looks_binary(text16):
        return text16, "utf-16"
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not looks_binary(text):
            return text, enc
    raise KechuangError(
        "KC-TEXT-ENCODING",
        "无法识别文件编码或文件不是文本:请确认文件是 UTF-8、GBK/GB18030 或 UTF-16 编码的文本,"
        "或改用 .docx/.pdf/.html 格式",
        file=name,
    )
