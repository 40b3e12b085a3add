"""The normalised text as lines with offsets, and which of them are site chrome."""

from __future__ import annotations

from typing import NamedTuple

from kechuang.text.chrome import is_chrome_line


class Line(NamedTuple):
    """A line of the text (a named tuple: built for every line and every segment of one, it costs a third of a
    frozen dataclass)."""

    index: int
    start: int
    end: int
    text: str
    chrome: bool


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(raw), raw, is_chrome_line(raw)))
        pos += len(raw) + 1
    return out
