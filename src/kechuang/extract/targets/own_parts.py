"""Counts of the document's own parts, read as no target (round 61, D1 of docs/fresh-misses.md).

A count is no outcome when the sentence describes the document: what it issues, holds or is divided into, not what
it commits to build. Four shapes, each from several dev pages:

- a verb of issuing or holding right before the count of a plan-part noun (`出台新一轮20项民心工程`, 蓟州 民心工程
  news; `再推20项惠民工程`, 武清 2018 news; `制定出100个重大工程及项目`, 国务院 十三五 news; `确定以下八类11个项目为…
  民生实事项目`, 淮安区 2024 news; `凝煉32項重點攻關技術方向,收錄145項重點科技項目`, 马鞍山 十四五 科技 news);
- a count of parts no outcome has (`20个大项、42个子项`, 蓟州; `共分3大部分6個篇目25章`, 内蒙古 十三五 科技 news;
  `共10方面32项`, 上海 2023 为民办实事 news);
- the plan-part noun before its count after a verb of issuing (`《规划》共提出四类主要指标20个`, 福建 十四五 review);
- the count of the parts issued, the verb after them (`新一轮20项民心工程出台`, 蓟州);
- the measures counted after the count of the plan's actions or kinds (fix66: `提出5大行動28項具體舉措`, 汉中 2025
  银发经济 news; `提出了6类共23项指标`, 济南 十四五 工业和信息化 — dev);
- the classes a list is divided into and its items counted after them (spur39: `等5大類35項`, 慈利 2018 news;
  `10大类50个事项`, 连云港 2025; `共8大類50個項目`, 新吴 2025; `4大类36项指标`, 江西 十三五; `9大類57個單體項目`,
  西吉 2022; `3大类100个专题领域`, 上海 2026; invented48: the plan's actions as the classes, 和/及/、 between:
  `等八大行动和27项工程`, 福建 2022 — dev, none gold): both counts;
- a policy's articles counted inside the quoted name that holds them (fix66: `课题“‘廣西科改33條‘百千萬行動…”`,
  广西 2021, dev; the articles of a policy named outside quotes are count_candidate's article nouns);
- a count of reforms or policies, the noun ending its clause (invented46: `•推进三项改革:医药卫生体制改革、…`, 宁夏 2022
  全民健康 news; `候选县、命名县享受9项支持与激励政策,包括…`, 四川 2019 天府旅游名县 — dev, none gold): the plan's own
  measures, or what a policy grants; a noun that only starts with 政策 (`政策性住房5000套`) is another thing.

A plan's task (`实施10个重点项目`, `推出100项…体育精品赛事`, `包括抓好…等200个以上…重点项目`) keeps its target: the
verb before the count is one of doing, or the noun is an outcome.
"""

from __future__ import annotations

import re

from kechuang.extract.rules import cached_per_document

_CLS = r"(?:项|項|个|個)"
_PART = (r"(?:工程|行动|行動|项目|項目|子项|子項|大项|大項|指标|指標|篇目|方面"
         r"|政策|措施|举措|舉措|细则|細則|方向|任务|任務|事项|事項)")
_ISSUE = (r"(?:出台|推出|再推|提出了?|确定|確定|制定出?|明确|明確|公布|包括了?"
          r"|分为|分為|共分|涵盖|涵蓋|收[录錄]|凝[炼煉]|(?<!公)共)")
_GAP = r"[^，,。；;、:：\d]"
_NUMBER = r"[\d一二三四五六七八九十两兩]{1,4}"  # a count in digits or in words (十大类30项)
# the classes a plan's parts are grouped in before their items' count: 大类 (spur39), and the plan's actions
# (invented48: `等八大行动和27项工程`, 福建 2022 数字经济行动计划, dev; `提出5大行動28項具體舉措`, 汉中 2025).
# Not 大工程 or 大板块: the projects counted after them may be works to carry out (实施十大工程100个重点项目)
_CLASS = r"(?:类|類|行动|行動)"

_SHAPES = re.compile(
    rf"{_ISSUE}(?:新一轮|新一輪|以下|了)?{_GAP}{{0,4}}(?:\d+(?:大|类|類|{_CLS}){_GAP}{{0,4}}?)?(?P<a>\d+){_CLS}{_GAP}{{0,10}}?{_PART}"
    rf"|(?P<b>\d+)(?:项|項|个|個|大)(?:大项|大項|子项|子項|子项目|子項目|篇目|部分|个?方面)"
    rf"|\d+(?:个|個)?方面(?P<c>\d+)(?:项|項)"
    rf"|(?:提出|包括|分为|分為|涵盖|涵蓋){_GAP}{{0,8}}?(?:指标|指標|篇目|方面|工程|行动|行動)(?P<d>\d+){_CLS}"
    rf"|(?P<e>\d+){_CLS}{_GAP}{{0,8}}?(?:工程|行动|行動|项目|項目|政策|措施)出台"
    rf"|(?P<f>{_NUMBER})\s{{0,2}}(?:个|個)?大{_CLASS}\s{{0,2}}(?:共|和|及|、)?\s{{0,2}}(?P<g>{_NUMBER})\s{{0,2}}{_CLS}"
    rf"|(?<![\d一二三四五六七八九十两兩])(?P<h>{_NUMBER})\s{{0,2}}(?:{_CLS}|条|條){_GAP}{{0,8}}?(?:改革|政策)"
    rf"(?=[，,。；;、:：!！?？\s]|$)")

# a literal gate: one of these must be in the sentence before the pattern is tried
_GATE = re.compile(r"出台|推出|再推|提出|确定|確定|制定|明确|明確|公布|包括|分为|分為|涵盖|涵蓋"
                   r"|收录|收錄|凝炼|凝煉|共|大项|大項|子项|子項|篇目|部分|方面|大类|大類|改革|政策"
                   r"|大行动|大行動")


@cached_per_document(64)
def _part_counts(sentence: str) -> frozenset[int]:
    """Where the counts of the document's own parts start in ``sentence``, once per sentence."""
    if not _GATE.search(sentence):
        return frozenset()
    found = set()
    for m in _SHAPES.finditer(sentence):
        if m.start("f") >= 0:  # classes and items: both counts are the list's parts
            found.update((m.start("f"), m.start("g")))
        else:
            found.add(next(m.start(g) for g in "abcdeh" if m.start(g) >= 0))
    return frozenset(found)


# a count of articles: the value's digits and 条
_ARTICLES = re.compile(r"\d{1,3}(?:条|條)")
# how far back an open quotation mark is looked for
_QUOTE_BACK = 60


def _quoted_articles(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` counts articles inside a quoted name still open before it (科改33條 in “…”)."""
    if not _ARTICLES.match(sentence, at):
        return False
    before = sentence[max(0, at - _QUOTE_BACK):at]
    return before.rfind("“") > before.rfind("”")


def own_part(sentence: str, at: int) -> bool:
    """Whether the value starting at ``at`` of ``sentence`` counts the document's own parts (no target)."""
    return at in _part_counts(sentence) or _quoted_articles(sentence, at)
