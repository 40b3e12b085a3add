"""Numbers of one clause read in order: the three shapes of a target, and lists of counts.

A count item (培育 + 5家 + 事物) ends where the next item of a list starts (、/和/及/以及 + number, or a verb,
为…, …等 before it); that item shares the verb, numbers inside an item's noun belong to it, and items without
the shared head noun take the last item's (培育5家年收入过百亿元、2家年收入达500亿元的企业).

Each number is read by ``candidate`` (count_candidate.py), with the word shapes of count_shapes.py and the
numbers that are no values at all in count_exclusions.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.back_to_back import back_to_back, item_end
from kechuang.extract.targets.common import TRIM
from kechuang.extract.targets.count_candidate import candidate
from kechuang.extract.targets.count_parts import ends_with
from kechuang.extract.targets.placed import place_item
from kechuang.extract.targets.twice_measured import add_second, second_measure
from kechuang.extract.targets.verb_led import verb_led
from kechuang.extract.targets.vocab import value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# Items of a list of targets inside one clause: "…2家、…5家".
_LIST_SEP = re.compile(r"(?:、|以及|和|及|与)(?P<tail>[^、和及与]{0,16})$")
# Between two values, a name alone (no separator, digit or 的/以上): the page lost the comma after the first.
_RUN_ON = re.compile(r"(?![的之以及和与等])[^\d、,;:。和及与()()《》%]{3,40}")


class ListReader:
    """The candidates of one clause, in order. A count item (培育 + 5家 + 事物) ends where the next item of a
    list starts (、/和/及/以及 + number); that item shares the verb, numbers inside an item's noun belong
    to the noun (年收入达500亿元的企业), and items without the shared head noun take the last item's."""

    def __init__(self, para: Paragraph, clause: str, c_start: int, sentence: int, previous: str,
                 found: list[re.Match]):
        self.para, self.clause, self.c_start, self.sentence, self.previous = para, clause, c_start, sentence, previous
        self.found = found

    def _items(self) -> list[tuple[int, int, int]]:
        """For each candidate i: (index of the next list item after it, where item i's noun ends, where that
        item's own words start). A candidate starts an item when a separator stands before it, followed by
        nothing or by a verb (、引进10名). One pass from the end, so a clause of 100,000 numbers stays linear."""
        v = vocab()
        out: list[tuple[int, int, int]] = [(0, 0, 0)] * len(self.found)
        nxt = (len(self.found), len(self.clause), len(self.clause))
        for i in range(len(self.found) - 1, -1, -1):
            out[i] = nxt
            gap_start = self.found[i - 1].end() if i else 0
            sep = _LIST_SEP.search(self.clause, gap_start, self.found[i].start()) if i else None
            tail = sep.group("tail") if sep else ""
            if sep and (not tail or v.count_verb_end.search(tail) or v.level_verb_end.search(tail)
                        or v.beneficiary_end.search(tail) or v.list_closer.search(tail) or verb_led(tail)
                        or place_item(tail)):  # 、老城区158个小区: a place alone opens the next item (placed.py)
                nxt = (i, sep.start(), sep.start("tail"))
            elif i and back_to_back(self.clause, self.found[i - 1], self.found[i], v.open_units):
                # 234个班10040个学位: the second count opens its own item, ending at a 、 (back_to_back.py)
                out[i] = (nxt[0], item_end(self.clause, self.found[i].end(), nxt[1]), nxt[2])
                nxt = (i, self.found[i].start(), self.found[i].start())
        return out

    def read(self, counting: bool) -> bool:
        i, chain, items = 0, [], self._items()
        counted = False
        floor = 0  # where the words of the next value may start: after a value that closed its run-on item
        while i < len(self.found):
            m = self.found[i]
            j, noun_end, _ = items[i]
            own = items[i - 1][2] if chain and i and items[i - 1][0] == i else None
            if i == 0 and counting and not self.clause[:m.start()].strip(TRIM):
                own = 0
            nxt = self.found[i + 1].start() if i + 1 < len(self.found) else None
            run_on = nxt is not None and bool(_RUN_ON.fullmatch(self.clause, m.end(), nxt)) \
                and len(self.clause[m.end():nxt].strip()) - _verb_width(self.clause[m.end():nxt]) >= 2
            target, counted = candidate(self.para, m, self.clause, self.c_start, self.sentence, self.previous,
                                        noun_end, own, floor, run_on)
            if run_on and target and counted and _closes(self.clause, self.found[i + 1].end()):
                counted = False  # 带动当地20名群众务工增收5000元/年: that value names no thing of this count
            if run_on and target and not counted:
                floor = m.end()
            if counted:
                if target:
                    chain.append(target)
                if target and i + 1 < j and self.found[i + 1].start() == m.end() \
                        and second_measure(self.clause[m.end():], value_of(m)[1]):
                    # 2万户100万平方米供热补建: the work's second measure, a target of its own (twice_measured.py)
                    add_second(self.para, target, self.found[i + 1], self.c_start, self.sentence, self.clause)
                if j < len(self.found):
                    i = j  # numbers inside this item's noun are part of its name
                    continue
                i = len(self.found)
            else:
                _share_head(chain)
                chain = []
                i += 1
        _share_head(chain)
        return counted and bool(chain)


def _closes(clause: str, end: int) -> bool:
    """Whether a value ending at ``end`` closes its clause (marks at most after it): nothing after it can be the
    name of a count before it (post40: …20名群众务工增收5000元/年; 奉节 2023, 四川 2024, 新疆 2023 — dev)."""
    return len(clause) - end <= 8 and not clause[end:].strip(TRIM)


def _verb_width(gap: str) -> int:
    """How many characters of ``gap`` are the level verb it ends with (提高到 of 8.7万元提高到12万元)."""
    verb = ends_with(vocab().level_verb_end, gap.rstrip())
    return len(verb.group()) if verb else 0


def _share_head(chain: list[Target]) -> None:
    """培育5家年收入过百亿元、2家年收入达500亿元的企业: the first item's noun takes 的企业."""
    if len(chain) < 2 or "的" not in chain[-1].indicator:
        return
    head = chain[-1].indicator[chain[-1].indicator.rfind("的"):]
    for t in chain[:-1]:
        if "的" not in t.indicator:
            t.indicator += head
