"""Short names a page defines for a document are no basis where the text cites them later (round meta30).

A page names a document once in full and then by a short name it defines (`下發了《四川省…三年行動計劃(2021-2023
年)》(下稱《行動計劃》)` … `依據《行動計劃》,到2023年底…`, 四川 2021 on zzkailai; `原则上同意《济宁市兖州区全民健身
实施计划(2021—2025年》(以下简称《实施计划》)` … `依据《实施计划》提出的目标任务`, 兖州 2022): the later 《实施计划》
is that document again, not a title of its own. ``basis._SHORT`` skips the name inside its note, and
``basis._SHORT_KINDS`` the bare kind words (《规划》, 《方案》); a short name with more words (《行動計劃》,
《科学素质纲要》, 《教育规划纲要》) was read as a basis wherever a trigger stood before it. No dev page lists a name it
defines so among its bases (sixty dev pages define one).
"""

from __future__ import annotations

import re

# the note that defines it: (以下简称《X》), (下称《X》), (簡稱:“《X》”); the name is short, a title's head at most
_DEFINED = re.compile(r"(?:简称|下称|簡稱|下稱)\s{0,3}[::]?\s{0,3}[“\"]?《([^《》\n]{1,20})》")


def defined_short_names(text: str) -> frozenset[str]:
    """The short names the page defines for a document (``_DEFINED``), as printed."""
    if "称" not in text and "稱" not in text:
        return frozenset()
    return frozenset(m.group(1).strip() for m in _DEFINED.finditer(text))


def without_short_names(basis: list[str], text: str) -> list[str]:
    """``basis`` without the short names the page defines (a document cited again by its short name)."""
    if not basis:
        return basis
    names = defined_short_names(text)
    return [b for b in basis if b not in names] if names else basis
