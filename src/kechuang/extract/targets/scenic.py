"""Classes of scenic areas a plan commits to reach: ``category`` targets whose value is the class (4A, 5A).

Two shapes, from dev pages of two documents:
  成功创建巾子峰国家4A级、莲湖村国家3A级旅游景区             (庆元 2018 旅游工作, qynews.zjol.com.cn)
  甘南冶力關5A級景區和劉家峽國家級旅游度假區要獲批掛牌       (甘肃 2024 文旅目标, a news print)
The indicator is the area's name with its noun (巾子峰旅游景区), or as printed when the noun follows the class
(甘南冶力關5A級景區). Planning, starting or keeping a class is no commitment to reach it: 谋划创建大月山国家4A级景区,
开展…3A级旅游景区创建工作, 全面啟動…創建5A級品牌, 巩固卦山、玄中寺4A级景区 (交城 2021), 推动…国家4A级旅游景区创建
(仓山 2022) give nothing; nor does a creation the plan backs, a backing verb earlier in its clause (spurx40):
支持成都大熊猫繁育研究基地创建国家5A级旅游景区 (成都 2025 报告), 推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区
(新疆 2026 报告).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# An area's name: one class for every shape, quotes kept (成功创建“十里荷花”国家4A级旅游景区); a label's colon ends it
_NAME = r"[^\d,,;;。、:：]{2,8}?"
_ITEM = rf"(?P<name>{_NAME})(?:国家)?(?P<cls>[1-5]A)级"
# 创建 after 谋划/启动/推动 plans or starts the work: not a class reached
_CREATED = re.compile(rf"(?:成功创建|创成|(?<![划动])创建)((?:{_NAME}(?:国家)?[1-5]A级、)*"
                      rf"{_NAME}(?:国家)?[1-5]A级)(?P<noun>(?:旅游)?景区)")
# a verb that backs another's creation, earlier in the clause of 创建: the plan supports the work, no class reached
_BACKING = re.compile("支持|推进|推动|鼓励|引导|指导|帮助")
_CLAUSE_MARK = re.compile(r"[,,;;。:：!！?？]")
_APPROVED = re.compile(rf"(?:^|(?<=[。,,;;:：]))\s*{_ITEM}(?P<noun>(?:旅游)?景区)(?:和[^,,;;。]{{0,20}})?要?获批挂牌")


def may_scenic_classes(text: str) -> bool:
    """Whether ``text`` holds the words scenic_classes reads (the call site asks first: one test, two places)."""
    return "A" in text and "A级" in text  # one character first: a faster scan



def scenic_classes(para: Paragraph) -> None:
    """Add the paragraph's scenic-class targets (see the module's note), each in document order among the
    paragraph's targets."""
    text = para.mtext
    if not may_scenic_classes(text):
        return
    before = len(para.targets)
    _read(para, text)
    added = para.targets[before:]
    del para.targets[before:]
    for target in added:
        at = next((k for k, t in enumerate(para.targets) if t.start > target.start), len(para.targets))
        para.targets.insert(at, target)


def _read(para: Paragraph, text: str) -> None:
    starts = [s for s, _ in para.sentences]
    for m in _CREATED.finditer(text):
        if _backed(text, m.start()):
            continue
        items = list(re.finditer(_ITEM, m.group(1)))
        for k, item in enumerate(items):
            lo = m.start(1) + item.start("name")
            hi = m.start(1) + item.end()
            last = k == len(items) - 1
            name = item.group("name") + m.group("noun") if not last else text[lo:m.end()]
            _add(para, starts, name, item.group("cls"), lo, hi if not last else m.end(),
                 m.start(1) + item.start("cls"))
    for m in _APPROVED.finditer(text):
        _add(para, starts, text[m.start("name"):m.end("noun")], m.group("cls"), m.start("name"), m.end("noun"),
             m.start("cls"))


def _backed(text: str, at: int) -> bool:
    """Whether the clause of the 创建 at ``at`` (from the last clause mark at most 40 characters before it) holds a
    backing verb before it."""
    start = max(0, at - 40)
    for mark in _CLAUSE_MARK.finditer(text, start, at):
        start = mark.end()
    return _BACKING.search(text, start, at) is not None


def _add(para: Paragraph, starts: list[int], indicator: str, cls: str, lo: int, hi: int, at: int) -> None:
    """``at``: where the class is printed; one inside a quote or a title (《百山祖5A级景区旅游总体规划》) or an
    annotation is none, a quoted name before it is the area's (“十里荷花”国家4A级旅游景区)."""
    if para.masked[at] or any(t.start <= para.line.start + lo < t.end for t in para.targets):
        return
    sentence = max(0, bisect.bisect_right(starts, lo) - 1)
    para.add(indicator, "category", cls, None, lo, hi, sentence, para.sentences[sentence][1], lo)
