"""Sibling items of a list, whose years are their own (yr65, MISSES-fresh64 row 2).

A year stated inside one item of a list dates that item, not the item after it: an unheaded paragraph's deadline
(``lead_deadline`` in targets/__init__.py) passes on to the lines after it only when that paragraph is a lead, not an
item of the same shape as the line it would date:

- labelled paragraphs `X:…`, each naming its own topic: `耕地和永久基本农田保护红线:到 2035 年,耕地保有量不低于…` does
  not date `生态保护红线:划定生态保护红线面积 1226.85 平方千米` nor `城镇开发边界:划定…` (兰州 国土空间 2021-2035,
  https://zhenguoke.com/read/-dy-article-JPP1KI2M05529FEW.html, dev; gold year null);
- bullets: `·到2022年每年新增上規企業100家左右` (no caption of the body either: ``bulleted``, plan_year.py) does not
  date `·數字經濟總規模占地區生產總值的比重達到30%左右` (宁夏 2020 制造业高质量发展,
  http://8mav1163.com/2020-03/04/content_75773287.html, dev; gold year null).

A lead that is no item (`到2025年,主要目标是:`, `到 2035 年,全市…。`) still dates the items after it, and a label naming
the goals (`主要目标:`, `发展指标:`) is a lead, not an item.
"""

from __future__ import annotations

import re

_BULLETS = "·•●▪■◆"
# a label: a short name with no number nor clause mark, then a colon
_LABEL = re.compile(r"\s{0,8}([^\d\s,，。;；:：、()（）]{2,16})[:：]")
_VALUE = re.compile(r"(?<![\d.])\d{1,12}(?:\.\d{1,6})?(?!\s{0,2}年|[\d.])")  # a number that is no year
_GOAL_WORD = re.compile(r"目标|任务|指标|要求")
# a label that ends with a verb of saying opens a reported statement, the lead of what it quotes, no topic of an
# item (《規劃》明確指出:到2025年,…: 泸州 2022; 《方案》明确:到2027年,…: 山亭 2024; both dev — rev49)
_SAYS = re.compile(r"(?:指出|强调|強調|提出|明确|明確|表示|介绍|介紹|透露|认为|認為|显示|顯示|称|稱)$")


def bulleted(text: str) -> bool:
    """Whether ``text`` opens with a bullet (·, •, ●…) and states a value besides its years: an item of a list, not a
    caption that dates the list (`■ 2024年成绩单` is one: 湖北 2025 政府工作报告摘要, dev)."""
    return bool(text) and text.lstrip()[:1] in _BULLETS and _VALUE.search(text) is not None


def item_mark(text: str) -> str | None:
    """The kind of item ``text`` opens as: a bullet (its character), ``"label"`` for a labelled paragraph, else None."""
    head = text.lstrip()[:1]
    if not head:
        return None
    if head in _BULLETS:
        return head
    if ":" not in text[:26] and "：" not in text[:26]:
        return None
    found = _LABEL.match(text)
    return "label" if found and not _GOAL_WORD.search(found.group(1)) and not _SAYS.search(found.group(1)) else None


def sibling_of(text: str, lead_item: str | None) -> bool:
    """Whether ``text`` opens as an item of the same kind as the paragraph that stated the lead's deadline."""
    return lead_item is not None and item_mark(text) == lead_item
