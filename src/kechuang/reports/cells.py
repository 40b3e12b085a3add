"""Text from users made safe for the files we write (xlsx, docx, pdf).

- Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; lone surrogates; U+FFFE/FFFF)
  are removed: openpyxl raises IllegalCharacterError on them, python-docx/lxml ValueError, and a lone
  surrogate cannot even be encoded as UTF-8. One ``\\x07`` in a report must not break the 台账 for everyone.
- A spreadsheet cell whose text starts like a formula (``=``, ``+``, ``-``, ``@``) or reads like an error code
  (``#N/A``) is written as a string cell (openpyxl would store ``=…`` as a live formula) with Excel's quote
  prefix, so Excel and LibreOffice show the literal text, also after the cell is edited. Numbers stay numbers.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ERROR_CODES, Cell

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_START = ("=", "+", "-", "@")


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document cannot hold."""
    return _XML_ILLEGAL.sub("", text)


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and (value.startswith(FORMULA_START) or value in ERROR_CODES)


def keep_as_text(cell) -> None:
    """Store a cell that looks like a formula as the literal text (call again after setting a named style:
    the style replaces the quote prefix)."""
    cell.data_type = "s"
    cell.quotePrefix = True


def cell_value(ws, value):
    """What to give ``ws.append`` for one value: text cleaned, formula-like text as a text cell."""
    if not isinstance(value, str):
        return value
    value = xml_text(value)
    if not looks_like_formula(value):
        return value
    cell = Cell(ws, value=value)
    keep_as_text(cell)
    return cell


def append_row(ws, values) -> None:
    """``ws.append`` for values that may come from users."""
    ws.append([cell_value(ws, v) for v in values])
