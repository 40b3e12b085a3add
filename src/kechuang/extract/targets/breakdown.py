"""Parts of a count printed in brackets after it: each part is a target of its own, in the count's unit and year.

Two shapes, from dev pages of two documents:
  城區學校10所(含幼兒園4所)、鄉鎮學校15所(含幼兒園5所)                           (鹿邑 2024 十件实事, a news print)
  2024 年实现建设 67 个“四类乡村”(清洁乡村 56 个、宜居乡村 5 个、和美乡村 5 个、共富乡村 1 个)目标   (嘉禾 2024 news,
                                                                                the twenty-sixth batch)
targ48: a part printed with its number first, after 其中 or 包含 (the bracket then names the part), is read too — its
name after the count's unit, a class word (国家级) before the count's own thing:
  新增60家技術轉移服務機構(其中10家國家級)                                          (广西 2015 科技服务业, dev)
  建設200個以上農業科技示范展示基地(包含100個以上糧食科技示范展示基地)               (山西 2023 农技推广, dev)
A bracket is otherwise an annotation (a tail, a note) whose numbers are no targets; it gives parts only when it
opens right after a count the paragraph read (or inside that count's quote) and every item in it is a name, a
number and the count's own unit — (牵头单位:…), (2019年本), (扣除2022年…) and (其中省级3家, 市级5项) give nothing, nor
do funds broken down by use (资金…(高标准农田建设400万元、…): 岳阳县 2022, dev) nor a rate per member (村级综合服务站
30个(每个乡镇3个): review 3).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.model import Target
    from kechuang.extract.targets.paragraph import Paragraph

_BRACKET = re.compile(r"[((](?P<lead>包含|含|其中[::]?|包括)?(?P<body>[^()()]{3,80})[))]")
_ITEM = re.compile(r"\s*(?P<name>(?!每|各|平均|人均)[^\d\s、,,;;::]{2,12}?)\s*(?P<num>\d{1,6}(?:\.\d{1,2})?)\s*"
                   r"(?P<unit>[^\d\s、,,;;]{1,3})\s*")
# the number first (其中10家国家级, 包含100个以上…基地): only after 其中/包含/含/包括, in the count's own unit
_FIRST = (r"\s*(?P<num>\d{{1,6}}(?:\.\d{{1,2}})?)\s*(?P<unit>{unit})(?P<cmp>以上|及以上|左右)?\s*"
          r"(?P<name>[^\d\s、,,;;::]{{2,16}})\s*")
_CLASS = re.compile(r"[\u4e00-\u9fff]{1,3}[级級]")  # 国家级, 省级: a class of the count's own thing
_GAP = 8  # characters between a count's end and its bracket: a name or 的 at most, no clause break
_BREAK = re.compile(r"[,,;;。]")


def bracket_parts(para: Paragraph) -> None:
    """Add the parts a bracket gives after a count of the paragraph (see the module's note), each after its count."""
    text = para.mtext
    if ("(" not in text and "(" not in text) or not any(t.kind == "level" and t.unit for t in para.targets):
        return  # no bracket, or no count for one to break down: most paragraphs
    brackets = _BRACKET.finditer(text)
    first = next(brackets, None)
    if first is None:
        return  # no bracket of a name and a number's length: nothing to set up
    offset = para.line.start
    counts = _Counts(para.targets, offset)
    starts = [s for s, _ in para.sentences]
    parts: dict[int, list[Target]] = {}  # the parts found after each count (by its place in the list)
    read: list[tuple[int, int]] = []  # the brackets read as parts: a value inside one is read there only
    for m in itertools.chain((first,), brackets):
        at = next((i for i in counts.near(m.start()) if not _BREAK.search(
            text, min(m.start(), para.targets[i].end - offset), m.start())), None)
        parent = None if at is None else para.targets[at]
        if parent is None or parent.unit.endswith(("元", "圓")):  # funds broken down by use are no targets
            continue
        unit = parent.unit.translate(vocab().simplified)
        items = list(_items(m, unit))
        if not items or any(it is None or it.group("unit") != unit for _, it in items) \
                or sum(float(it.group("num")) for _, it in items) > float(parent.value):
            continue  # parts of a count, in its unit, that add up to it at most
        before = len(para.targets)
        k = bisect.bisect_right(starts, m.start()) - 1
        sentence = k if k >= 0 and m.start() < starts[k] + len(para.sentences[k][1]) else 0
        for lo, it in items:
            name = it.group("name")
            first = "cmp" in it.re.groupindex  # the number first: the quote runs to the name's end
            got = para.add(name, "level", float(it.group("num")), it.group("unit"), lo + it.start("num"),
                           lo + it.end("name" if first else "unit"), sentence, it.group(), lo + it.start("name"),
                           cmp=it.group("cmp") if first else None)
            if got is not None and first and _CLASS.fullmatch(name):
                got.indicator += parent.indicator  # 其中10家国家级: a class of the count's thing
        added = para.targets[before:]
        del para.targets[before:]
        for t in added:
            t.year, t.recurring = parent.year, parent.recurring
        parts[at] = added + parts.get(at, [])  # a later bracket's parts go right after the count, as they read
        read.append((m.start(), m.end()))
    if parts:
        lows = [lo for lo, _ in read]

        def inside(t: Target) -> bool:  # (含幼儿园4所) read by the count's reader too (its quote starts in the
            k = bisect.bisect_left(lows, t.start - offset + 1) - 1  # bracket): the part replaces it
            return k >= 0 and t.start - offset < read[k][1]

        para.targets[:] = [p for i, t in enumerate(para.targets) if i in parts or not inside(t)
                           for p in (t, *parts.get(i, ()))]


class _Counts:
    """The paragraph's counts (level targets with a unit) by position: those that end close enough before a bracket,
    or around it, found in log time (a line of thousands of brackets stays linear: review 3)."""

    def __init__(self, targets: list[Target], offset: int) -> None:
        found = sorted((t.start - offset, i, t.end - offset) for i, t in enumerate(targets) if t.kind == "level"
                       and t.unit)
        self._found = found
        self._starts = [s for s, _, _ in found]
        self._reach = max((e - s for s, _, e in found), default=0)  # the longest count: where to start looking

    def near(self, at: int) -> list[int]:
        """The places in the list, in list order, of the counts that start before ``at`` and end ``_GAP`` or less
        before it (or after it)."""
        lo = bisect.bisect_left(self._starts, at - _GAP - self._reach)
        hi = bisect.bisect_left(self._starts, at)
        return sorted(i for _, i, e in self._found[lo:hi] if at - e <= _GAP)


def _items(m: re.Match[str], unit: str):
    """(where, match) of each item of the bracket; match None for an item that is no name, number and unit (or,
    after 其中/包含, no number, the count's unit and a name)."""
    first = re.compile(_FIRST.format(unit=re.escape(unit))) if m.group("lead") else None
    for piece in re.finditer(r"[^、,,;;]+", m.group("body")):
        it = _ITEM.fullmatch(piece.group())
        if it is None and first is not None:
            it = first.fullmatch(piece.group())
        yield m.start("body") + piece.start(), it
