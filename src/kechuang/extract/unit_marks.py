"""Marks and notes printed with a unit that are no part of its name (round 27, asg27).

- A mark printed before a unit (``*区发改局、*新区财政局(区财政局)``, 龙湾 2024 重点工作进展,
  http://www.longwan.gov.cn/art/2025/1/7/art_1229536979_58983161.html; ``(責任單位:☆經信局、科技局。標☆的為牽頭單位,
  下同。)``, 永康 2027 人工智能应用, http://m.youtoo.cn/html/55-23/23854.htm): the unit is given without it (spec:
  a unit as printed, one per name; the mark flags the name, it is not printed in it). Where the page says what the
  mark means (``标☆的为牵头单位``), the units it marks lead; else they keep the role their list gives them.
- An alias note after a unit (``安徽阜阳界首高新技术产业开发区管委会(以下简称高新区管委会)``, 界首 2020 重点工作,
  http://www.ahjs.gov.cn/openness/detail/content/5f2d244a7f8b9afb0d8b4568.html): the unit is the name before it, as
  a document's title is the name before its ``(以下简称《方案》)`` (metadata/title.py, basis.py). A bracket that holds
  only the note is no tail (``…和市乡村振兴指挥部成员单位(以下简称市成员单位)。`` at a line's end, 丽水 2021 乡村振兴
  考核, dev opening, https://www.lishui.gov.cn/art/2021/9/16/art_1229418627_2360344.html): its short name is no unit.
"""

from __future__ import annotations

import re

from kechuang.extract.unit_lists import FoundUnit

_MARKS = "*＊★☆△▲※"
_MARKED = re.compile(rf"[{_MARKS}](?=[\u4e00-\u9fff])")
# 标☆的为牵头单位, 標☆的為牽頭單位, 标注“★”的为牵头单位, 带*号的为牵头部门: the mark that makes a unit lead.
_LEAD_NOTE = re.compile(rf"(?:[标標][注有]?|[带帶]有?)[“\"]?([{_MARKS}])[”\"]?[号號]?(?:的|者)(?:[为為]|是)?"
                        r"(?:[牵牽][头頭])")
_ALIAS_WORD = r"(?:(?:以下|下文)?(?:简称|簡稱)|(?:以下|下文)(?:称|稱))"
_ALIAS = re.compile(rf"[((]{_ALIAS_WORD}[^()()]{{1,20}}[))]$")
_ALIAS_ONLY = re.compile(_ALIAS_WORD)


def lead_marks(text: str) -> frozenset[str]:
    """The marks the text says flag a lead unit (``标☆的为牵头单位``)."""
    if not any(mark in text for mark in _MARKS):
        return frozenset()
    return frozenset(m.group(1) for m in _LEAD_NOTE.finditer(text))


def without_marks(text: str, found: list[tuple[str, FoundUnit]]) -> list[tuple[str, FoundUnit]]:
    """The units with a leading mark and a closing alias note taken off (in place; spans follow the name), and no
    unit that is an alias note itself. Every unit passes here: plain string tests first, a regex only on a mark or
    a 称 (a regex per unit cost 0.5 % of a run)."""
    leads: frozenset[str] | None = None
    aliased = False
    for _, unit in found:
        name = unit.unit
        if name[:1] in _MARKS and _MARKED.match(name):
            if leads is None:
                leads = lead_marks(text)
            if name[0] in leads:
                unit.role = "lead"
            unit.unit, unit.start = name[1:], unit.start + 1
        if "称" in name or "稱" in name:
            aliased = True
            if name.endswith((")", ")")) and (alias := _ALIAS.search(unit.unit)) and alias.start() >= 2:
                unit.end -= len(unit.unit) - alias.start()
                unit.unit = unit.unit[:alias.start()]
    return [(path, unit) for path, unit in found if not _ALIAS_ONLY.match(unit.unit)] if aliased else found
