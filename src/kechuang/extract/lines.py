"""The normalised text as lines with offsets, and which of them are site chrome."""

from __future__ import annotations

from typing import NamedTuple

from kechuang.text.chrome import is_chrome_line, needed_words


class Line(NamedTuple):
    """A line of the text (a named tuple: built for every line and every segment of one, it costs a third of a
    frozen dataclass)."""

    index: int
    start: int
    end: int
    text: str
    chrome: bool


def split_lines(text: str) -> list[Line]:
    # where the words a gated chrome entry needs stand: one search over the text, not one over each line (a word holds
    # no line break, so a line holds one exactly where a match starts in it)
    hits = [m.start() for m in needed_words().finditer(text)]
    out, pos, h = [], 0, 0
    for i, raw in enumerate(text.split("\n")):
        end = pos + len(raw)
        while h < len(hits) and hits[h] < pos:
            h += 1
        out.append(Line(i, pos, end, raw, is_chrome_line(raw, h < len(hits) and hits[h] < end)))
        pos = end + 1
    return out
