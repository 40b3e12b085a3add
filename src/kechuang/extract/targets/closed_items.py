"""The words after a value that name no thing of it: the value closes its item (cand40). ``count_candidate``
takes the words after a count as its noun; when they open with a book title, a citation mark, an exclamation, the
list's 等, another thing (及其他…) or the next clause's own verb, no noun follows and the name before the value is
its indicator, as before a comma (all dev):
  铺设污水管网348米及其他附属设施 (涉县 2025 民生实事, http://www.wrujm.cn/mobile/quote/1597.html),
  培育主营业务收入上亿元的文化企业120户以上等。 (云南 2023 文旅, http://m.ginggxs.com/a/xinwentoutiao/2023/0915/100763.html),
  天津今年將改造水氣熱舊管網500公里啟動地下綜合管廊建設 (天津 2016 城建, http://wscjzq.cn/h-nd-60.html),
  新型智慧城市試點市縣20個左右!… (山西 2021 新基建, http://speedblades.com/news/2021/0527/191863.html),
  城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉 (四川 2021, http://swbd.cn/minsheng1/106853.html),
  包括挡墙13.46千米 道路8.72千米 护砌2.75千米 [1][2] (扬中 2026 民生实事, reportify.cn: the tests cite it).
What stays unread: names listed before the count (they are what it counts), a thing named by its work after it
(2个改扩建项目), a share's own verb (应100%建设充电设施): see ``closes_item``.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.common import CLAUSE_END

# a mark no name opens with: a book title, a citation, an exclamation
_MARKS = frozenset("《[【!！")
# another thing after the count (及其他附属设施), or the list's closing 等 alone
_OTHER = re.compile(r"(?:以及|及|和|与)其[他它余]|等(?:等)?$")
# a thing named by its work (改扩建项目, 提升工程): the noun of the count, not the next clause
_THING_END = re.compile(r"(?:项目|工程|任务|项|点|区|园|站|所|中心|基地)$")


def closes_item(noun: str, head: str, unit: str | None, verb_start: re.Pattern[str]) -> bool:
    """Whether ``noun`` (the words after a value, trimmed) names no thing of it: ``head`` (the cleaned name before
    the value) then names the value. Names listed before the count are what it counts (城门中学…、螺洲中学教学楼2个
    改扩建项目: 仓山 2022, dev), never its indicator. A verb opening ``noun`` closes the item only when ``head``
    opens with a verb of its own and the verb has an object of its own (改造水气热旧管网500公里 / 启动地下综合管廊
    建设: two clauses run together), not a thing named by its work (改扩建项目, 改造工程), nor after a share (住宅配建
    停车位应100%建设充电设施: 江西 2021 充电设施, dev — the share's own verb, set_share.py)."""
    if not noun or len(head) < 2 or "、" in head:
        return False
    if noun[0] in _MARKS or _OTHER.match(noun):
        return True
    if unit == "%" or not verb_start.match(head) or (verb := verb_start.match(noun)) is None:
        return False
    rest = CLAUSE_END.split(noun[verb.end():], 1)[0]
    return len(rest) >= 3 and not _THING_END.search(rest)
