"""The normalised text as lines with offsets, and which of them are site chrome."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, partial
from itertools import accumulate
from typing import NamedTuple

from kechuang.extract.rules import note_clean
from kechuang.text.chrome import chrome_flags, needed_literals


class Line(NamedTuple):
    """A line of the text (a named tuple: built for every line and every segment of one, it costs a third of a
    frozen dataclass)."""

    index: int
    start: int
    end: int
    text: str
    chrome: bool


@cache
def _needed() -> re.Pattern[str]:
    """The words a gated chrome entry needs, as one alternation of literals: one scan of the text (the re module skips
    to the words' first characters) costs 0.7 of one ``str.find`` pass a word (ten words), on the seeds and the corpus.
    A match it skips (one starting inside another) starts on that one's line: a word holds no line break."""
    return re.compile("|".join(map(re.escape, needed_literals())))


_new_line = partial(tuple.__new__, Line)  # ``Line(*fields)`` without the Python frame of its ``__new__``


def split_lines(text: str, clean: bool = False) -> list[Line]:
    """The lines of ``text``; ``clean``: note which of them hold no traditional character (``rules.note_clean``), for
    the document being extracted (the pipeline's call, after ``forget_lines``)."""
    raws = text.split("\n")
    starts = list(accumulate([len(raw) + 1 for raw in raws[:-1]], initial=0))
    if clean:
        note_clean(text, starts, raws)
    # the lines holding a word a gated chrome entry needs: the words found in the text once, not searched in each line
    # (a word holds no line break, so a line holds one exactly where one starts in it)
    needed = {bisect_right(starts, m.start()) - 1 for m in _needed().finditer(text)}
    ends = [start - 1 for start in starts[1:]]  # a line ends where the next starts, before its line break
    ends.append(len(text))
    return list(map(_new_line, zip(range(len(raws)), starts, ends, raws, chrome_flags(raws, needed), strict=True)))
