"""A place's facts: its area, length or population stated as it stands, no outcome the plan commits to (yr65,
MISSES-fresh64 row 3 and MISSES-fresh63 row 6).

A value is a fact of the place when its clause names an extent (面积, 长度, 人口…) held by a copula or an
approximation (为, 约, 约为) or a place's standing (境内…, 多年平均…), with no verb of work before it, in a
sentence with no goal's word (到2025年, 力争, 确保, 目标, 将, 计划…), in a paragraph outside a goals section that
inherits no year (a lead's, a heading's, a caption's or the document's: `到2035年,主要指标如下:` dates the list after
it):

- `襄阳全市域,国土面积为1.97万平方公里,2021年末常住人口约527.1万` (襄阳都市圈 2035, http://xywygl.cn/news/content/4333.html);
- `中心城区规划范围为…的行政辖区范围,面积约 1500 平方千米` (兰州 国土空间 2021-2035,
  https://zhenguoke.com/read/-dy-article-JPP1KI2M05529FEW.html);
- `我区涉及此类整治面积约1068亩` (奉贤 2024 违法用地综合整治, https://www.shanghai.gov.cn/zhengce/detail?businessId=
  0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084);
- `境内黄河干流长度1694公里,占黄河总长的31%,多年平均出境水量达264.3亿立方米,占全流域径流量的49.4%` (青海 2022 黄河流域,
  https://xny365.com/huanbao/article-61910.html; a share `占…` of a fact is one too) — all dev.

An area to delimit or to build (`划定生态保护红线面积 1226.85 平方千米`, `完成整治面积约1000亩`) and the same measures
under a goal's year (`到2035年,中心城区常住人口约为300万`) stay targets.
"""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document
from kechuang.extract.targets.commitment import PLACE_GOAL

# an extent held by a copula or an approximation, just before the value; a building's or a design's floor area
# (总建筑面积约11.55万平方米, 設計面積約99927平方米) is the size of a work, left to the readers of works
_EXTENT_IS = re.compile(r"(?:(?<![筑计地])面积|长度|总长|人口)\s{0,2}(?:约为|为约|约|为|是)\s{0,2}$")
# a place's standing state: what lies within it, a long-run average
_STANDING = ("境内", "多年平均")
# a verb of work or of reaching before the value: an outcome, not a fact
_WORK = re.compile(r"划定|新增|新建|建成|建设|完成|实施|实现|达到|控制|保持|治理|修复|造林|改造|提升|提高|"
                   r"增加|扩大|减少|降低|稳定|不低于|不少于|不超过|以内|整治[^面]")
_REACH = 40  # the characters before the value read for its clause and the one before
_CLAUSE_MARK = re.compile(r"[,，;；:：。]")


def _clause_before(sentence: str, at: int) -> tuple[str, int]:
    """The clause ``sentence`` holds up to ``at`` (within ``_REACH``) and where it starts."""
    lo = max(0, at - _REACH)
    start = lo
    for m in _CLAUSE_MARK.finditer(sentence, lo, at):
        start = m.end()
    return sentence[start:at], start


def _fact_clause(clause: str) -> bool:
    """Whether ``clause`` (up to the value) states a fact of the place: within a place's standing, 达到 is the extent
    it has (錫林郭勒盟境內渾善達克沙地區域面積達到5294.2萬畝: 锡林郭勒 2023, http://hblexin.com/news/yaowen/2023/
    102N46242023.html, dev; MISSES-fresh63 row 6), no work."""
    if any(word in clause for word in _STANDING):
        return all(m.group() == "达到" for m in _WORK.finditer(clause))
    return _EXTENT_IS.search(clause) is not None and _WORK.search(clause) is None


_QUANTITY_END = re.compile(r"[\d.]{1,12}\s{0,2}\S{0,5}$")  # the value closing the clause before a share


@cached_per_document(64)
def _may_state(sentence: str) -> bool:
    """Whether ``sentence`` names an extent or a standing and no goal's word anywhere (``commitment.PLACE_GOAL``):
    once per sentence, not per value."""
    return ("面积" in sentence or "长度" in sentence or "人口" in sentence or "境内" in sentence
            or "多年平均" in sentence or "总长" in sentence) and PLACE_GOAL.search(sentence) is None


def place_fact(sentence: str, at: int, governed: bool) -> bool:
    """Whether the value at ``at`` of ``sentence`` is a fact of the place (see the module); ``governed``: the paragraph
    is in a goals section or inherits a year, and states goals."""
    if governed or not _may_state(sentence) or _WORK.match(sentence, len(sentence) - len(sentence.lstrip())):
        return False  # (a sentence opening with a work states the work: 新建城市公园3个,公园面积为20公顷 — rev49)
    clause, start = _clause_before(sentence, at)
    if clause.lstrip().startswith("占") and start > 0:  # 占黄河总长的31%: a share of the fact before it
        before, _ = _clause_before(sentence, start - 1)
        return bool(before) and _fact_clause(_QUANTITY_END.sub("", before))
    return _fact_clause(clause)
