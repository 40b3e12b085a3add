"""A subsidy's standard per unit, and each level's share of it, is a policy parameter, not a commitment (the spec's
policy parameters; rev47, session 31). Three dev pages of the 厕所革命 print the shape, and the corpus gold reads none
of their amounts as a target:
- `省财政100元/户、市财政500元/户,区财政600元/户,不足部分由镇财政承担` (甘肃 2022 改厕补助标准,
  nongye.s666.cn/js/5_657895612.html): what each level's budget pays per household;
- `确定县农村户厕新建每座2500元、改建每座1200元标准` (两当 2021,
  ln.gansudaily.com.cn/system/2021/09/23/030412311.shtml);
- `均按每座1100元标准测算分配` (陕西 2023 厕所革命 奖补, achwsb.com/news/shownews.php?id=65).
Other stored pages print the same: `市级财政补助标准0.15万元/户,…县级原则上补助标准0.2万元/户` (a district's 改厕
plan, wanglu.net/thread/t12-240580-2.html), `按照标准户建设成本8000元…市里每户最高补贴三分之二(5400元)` (虎林 2019,
m.j570.com/club/show-9424.html). Read: a level's budget (省/市/县/区…财政, 补助/补贴 标准 after it) with an amount
per unit (N元/户), and amounts per unit (每座N元, 每户N元, a list of them) closed by 标准. A standard raised
(`将…养育标准提高到每人每月2200元`: 肇庆 民生实事, gold) is a goal: 提高/提升/调整 in the clause before the amount keeps
it. The clause from its start (the last , ; 。 colon or 、 before the amount) to the amount's end gives no target: a
planned count joined to the standard by 、 (改造完成5000户、省财政补助1000元/户; 新建农村户厕5000座、每座1000元标准)
is a clause of its own, kept (review 34, O4)."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import clean_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.spans import outside

# The words that gate a line, found in the joined text (either script).
STANDARD_WORDS = ("元/户", "元/戶", "元/座", "元标准", "元標準", "元的标准", "元的標準")
# each of ``STANDARD_WORDS`` holds one of these: four scans of a document that holds none, not seven
_STEMS = ("元/", "元标", "元標", "元的")
_UNIT = r"(?:户|座|人|个|所|间|套)"  # 每人2000元标准: the 每 form, gated by 元标准
_PER = r"(?:户|座)"  # N元/户, N元/座: the level's form, only these two the gate admits
_AMOUNT = r"\d{1,6}(?:\.\d{1,4})?[ \t]*万?元"
_STANDARD = re.compile(r"(?:中央|省|市|州|县|区|镇|乡)(?:级)?财政(?:补助|补贴|奖补)?(?:标准)?[ \t]*(?:为)?[ \t]*"
                       + _AMOUNT + "/" + _PER
                       + rf"|每{_UNIT}[ \t]*{_AMOUNT}(?:[、和及,,][^,,。;;\d]{{0,8}}?每{_UNIT}[ \t]*{_AMOUNT}){{0,6}}"
                       r"[ \t]*(?:的)?标准")
_CLAUSE_MARK = re.compile(r"[,,。;;::、]")
_RAISED = re.compile(r"提高|提升|调整|上调")


def unit_standards(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without those of a clause that sets a subsidy's standard per unit or a level's share of it. Reads
    only the lines that hold ``STANDARD_WORDS`` (``index``)."""
    if not targets:
        return targets
    # (the stems spare a document holding none the search of each word; when the index has found its words already,
    # as the driver's does when a target is read, ``holding`` looks them up and the four searches are not made)
    if not index.scanned() and not any(map(index.joined.__contains__, _STEMS)):
        return targets
    held = index.holding(STANDARD_WORDS)
    if not held:
        return targets
    spans = []
    for text, printed in clean_texts(held, None):  # 元標準 read as 元标准, a mirror's readings aside
        for m in _STANDARD.finditer(text):
            start = max(0, m.start() - 40)  # a clause opens at most this far before its amount
            for mark in _CLAUSE_MARK.finditer(text, start, m.start()):
                start = mark.end()
            if _RAISED.search(text, start, m.start()):
                continue
            spans.append(printed(start, m.end()))
    return outside(targets, spans)
