"""Mirror sites print a phonetic reading after some characters of traditional-character pages (達(dá)到, 企業(yè),
經(jīng)費): the target rules read the line without them, and every target is given back as printed (its quote,
indicator and unit with the readings, its offsets in the printed line).

A space a page prints inside a decimal number after a word (新增托位1. 6万个: 深圳 2023 政府工作报告;
經(jīng)濟(jì)增長6 . 5%: 平顶山 2025, a mirror; both dev, round 25) is dropped the same way; a list's number at a
line's start (1. 2019年…) is no decimal: no word stands before it."""

from __future__ import annotations

import bisect
import dataclasses
import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.rules import on_forget
from kechuang.extract.targets.common import longest_run
from kechuang.text.readings import READING  # (dá) (jīng) (yè): a mirror's phonetic readings

_WORD = r"[\u4e00-\u9fff]"
# the spaces of 1. 6 and 6 . 5 after a word (fixed-width lookbehinds: a number of one or two digits before the point)
# (each lookbehind reads the space too, after it: the pattern opens with \s, so the re module skips to a space)
_DECIMAL_GAP = re.compile(rf"\s(?:(?<={_WORD}\d\s)|(?<={_WORD}\d\d\s))(?=\.\s?\d)"
                          rf"|\s(?:(?<={_WORD}\d\.\s)|(?<={_WORD}\d\d\.\s)|(?<={_WORD}\d\s\.\s)|(?<={_WORD}\d\d\s\.\s))"
                          r"(?=\d)(?!\d{4}\s?年)")  # 重点任务1. 2024年…: a list's number before a year (review 3)
DROPPED = re.compile(f"{READING.pattern}|{_DECIMAL_GAP.pattern}")


class Readings:
    """A line without its phonetic readings, and the way back to the printed line."""

    def __init__(self, line: Line):
        self.printed = line.text
        text = line.text
        self.kept: list[int] = []  # printed index of each character of the reading-free text
        # the reading-free text is the printed one's slices between the dropped matches, joined once (a join of one
        # character each ran a generator step per character)
        parts: list[str] = []
        pos = 0
        for m in DROPPED.finditer(text):
            start = m.start()
            self.kept.extend(range(pos, start))
            parts.append(text[pos:start])
            pos = m.end()
        self.kept.extend(range(pos, len(text)))
        parts.append(text[pos:])
        self.line = line._replace(text="".join(parts))

    @staticmethod
    def of(line: Line) -> Readings | None:
        # the document loop and several filters ask for the same line's readings (a seed pass: ~970 asks of ~370
        # lines): each line is read once a document (the answer depends on the line alone; no caller changes it)
        found = _OF.get(line, _OF)  # (a miss gives the dict itself: no raised KeyError, which costs a read's worth)
        if found is not _OF:
            return found  # type: ignore[return-value]
        text = line.text
        found = Readings(line) if ("(" in text and READING.search(text)) or (
            (". " in text or " ." in text) and _DECIMAL_GAP.search(text)) else None
        if len(_OF) >= _OF_BOUND:  # a caller outside the pipeline, which forgets no lines: memory stays bounded
            _OF.clear()
        _OF[line] = found
        return found

    def to_clean(self, pos: int) -> int:
        return bisect.bisect_left(self.kept, pos)

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """The printed span of the reading-free span [lo, hi) (a reading after its last character included)."""
        if hi <= lo:
            at = self.kept[lo] if lo < len(self.kept) else len(self.printed)
            return at, at
        end = self.kept[hi - 1] + 1
        m = READING.match(self.printed, end)
        return self.kept[lo], m.end() if m else end

    def printed_form(self, found: str | None, lo: int, hi: int) -> str | None:
        """``found`` (a string of the reading-free text near [lo, hi)) as printed."""
        if not found:
            return found
        a, b = max(0, lo - 130), hi + 8
        k = self.line.text.find(found, a, b)
        if k < 0:
            return self._composed(found, a, min(b, hi))
        s, e = self.span(k, k + len(found))
        return self.printed[s:e]

    def _composed(self, found: str, a: int, b: int) -> str:
        """``found`` as printed when the readers composed it from several places of the line
        (粮食单产 from ``粮(liáng)食、油菜单产``: 贵州 2023; a share's name with its level's
        subject, ``…工業(yè)增加值…、占GDP的比重``: 江西 “十二五” 工业 — dev, pairs47): each longest
        piece of two or more characters found in the window [a, b) is given as printed, readings
        included; a single character stays as it is (a 的 or 、 the reader put in could take a
        reading printed elsewhere). A mirror prints readings after some occurrences of a word only,
        so a piece is taken where it stands last before the target's end (b, review47): the
        list's own item, not the same word read earlier in the line. Only the window around the
        target is read, a piece at a time."""
        out: list[str] = []
        i = 0
        while i < len(found):
            at, k = longest_run(found, i, self.line.text, a, b, last=True)
            if k < 2:
                out.append(found[i])
                i += 1
                continue
            s, e = self.span(at, at + k)
            out.append(self.printed[s:e])
            i += k
        return "".join(out)

    def restore(self, target: Target, origin: int) -> Target:
        """``target`` as printed; ``origin``: the line's start offset in the whole text."""
        lo, hi = target.start - origin, target.end - origin
        s, e = self.span(lo, hi)
        return dataclasses.replace(
            target, start=origin + s, end=origin + e, quote=self.printed[s:e],
            indicator=self.printed_form(target.indicator, lo, hi) or target.indicator,
            unit=self.printed_form(target.unit, lo, hi))


_OF: dict[Line, Readings | None] = {}  # ``Readings.of``'s answers for the lines of one document
_OF_BOUND = 8192
on_forget(_OF.clear)
