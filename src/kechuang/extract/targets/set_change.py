"""A year-on-year change set as a goal.

同比 makes a sentence a report of what was done (区本级完成高新技术产业投资65.35亿元,同比增长42.3%: ``reports``
in ``paragraph``), unless the sentence commits to its figures before the word:
  力争2009年81家中小型示范企业…实现总产值480亿元,同比增长33.3%          (辽宁 2009 科技重点任务)
  2025年全县固定资产投资目标为125.9亿元以上,同比增长18%以上            (松阳 2025 投资计划)
  力爭實現汽模配規上產值210億元以上…規上產值同比增長10%以上            (象山 经信局 news, the twenty-sixth batch)
all dev (round 25). The commitment words are narrower than ``commitment_words``: 保持, 努力 and a bare 目标 open
reviews too (经济保持稳中有进,…同比增长6.5%; 完成年度目标的105%,同比增长…), so only ``change_commitments`` count,
and 争取 only when it obtains no funds (全年争取上级科技资金1560万元,同比增长12%: a review's; review 3).

A sentence that opens with a verb driving the change (``change_drivers``) sets it too, when the 同比 stays in that
first clause: 推动规上工业R&D研发投入强度同比增长10%;实施10个大数据产业试点示范项目…;推动1000家工业企业上云上平台,全年
数字化研发设计工具普及率达到60% (宁夏 2021 工业经济, dev; round 57) — a review names its subject before the verb
(…扎实推动…落地落细,…其中地区生产总值同比增长8.6%: 银川 2023, dev), and stays history. 同比例 (in the same
proportion: 人均健康预期寿命同比例提高, 国民健康规划 news, dev) is no year-on-year change at all (round 57).

A report word that frames a sentence's time and states no figure (目前, 今年以来 opening it) before a clause carrying
its own goal word (争取, 力争, 确保, 目标为, 计划, 预期) reports nothing: the figures are the goal clause's (tense63):
  目前,按照部署,辽宁省近期将研究提出…清单,争取2021年新开工项目和储备项目的总投资额双双突破300亿元
      (辽宁 2020 数字辽宁, https://zkxblog.com/lab/read-4154853.html)
  今年以来,该区急群众所急,…全面实施背街小巷改造工程,计划总投资2200万元,改造便民路116条,…惠及群众3.8万人
      (新浦 背街小巷, http://www.dingqianjf.com/news/show/448/623660_0.html)
both dev. A review that states a figure before the goal clause stays a report as a whole (目前完成厕所改造1000多万户,
占总户数67%,山东将在2018年实现…: 山东 2017, dev), so no past value is read as a goal; a report word after the goal
clause reports as before (a 同比 there after its commitment is the goal's change, as above).
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.projections import projects
from kechuang.extract.targets.vocab import alt, vocab


@cache
def _commitment() -> re.Pattern[str]:
    rules = load_rules("targets")
    obtained = alt(rules["change_obtained"])  # 争取上级科技资金: obtaining funds, no commitment
    return re.compile(f"(?!争取[^,,;;。]{{0,8}}?(?:{obtained}))(?:{alt(rules['change_commitments'])})")


@cache
def _driven() -> re.Pattern[str]:
    """A sentence's first clause, opened by a verb that drives a change (推动…), up to where a 同比 may stand."""
    return re.compile(rf"\s*(?:{alt(load_rules('targets')['change_drivers'])})[^,,;;::。]*")


@cache
def _goal_clause() -> re.Pattern[str]:
    """A clause after a mark that carries a goal word within its first characters (争取2021年…, 计划总投资…; 计划完成率
    is a rate reached, 争取上级资金 obtains funds, but 争取2021年新开工项目… dates a goal): bounded, no digit before
    the word."""
    rules = load_rules("targets")
    obtained = alt(rules["change_obtained"])
    return re.compile(rf"[,，;；]\s{{0,2}}[^,，;；:：。\d]{{0,8}}?(?!争取[^,,;;。\d]{{0,8}}?(?:{obtained}))"
                      rf"(?:{alt(rules['change_commitments'])}|计划(?!完成)|预期)")


# A figure before the goal clause: a digit, or a quantity in Chinese numerals (一万亩, 近万亩, 三成, 百分之六十,
# 两千余个 — a review's figures as its digits are: rev48); a numeral before a word that is no measure (第一批, 一体)
# is none
_FIGURE = re.compile(r"\d|百分之|[一二两三四五六七八九十百千万]{1,6}[余多]?[万亿]?"
                     r"(?:亩|个|家|所|户|人|元|条|座|项|处|公里|成|倍|间|栋|吨)")


def _frame_end(text: str, at: int) -> int:
    """Where the goal clause after a framing report word (ending at ``at``) opens, when no figure stands before it
    (目前,…,争取2021年…突破300亿元); else -1."""
    goal = _goal_clause().search(text, at)
    if goal is None or _FIGURE.search(text, 0, goal.start()) is not None:
        return -1
    return goal.start()


def reports_change(text: str, plan_year: int | None = None) -> bool:
    """Whether the sentence ``text`` (simplified characters) holds a report word (``vocab().reported``) that is not
    a 同比 after a commitment to the sentence's figures, nor a frame of time before a goal clause (``_frame_end``)."""
    driven = None
    frame = None
    for m in vocab().reported.finditer(text):
        if m.group() != "同比":
            if m.group().endswith("预计") and projects(text, m.end() - 2, plan_year):
                continue  # 预计到2025年,…: the plan's goals, no estimate (targets/projections.py)
            if frame is None:  # once per sentence, at its first report word
                frame = _frame_end(text, m.end())
            if m.end() <= frame:
                continue
            return True
        if text.startswith("同比例", m.start()):  # in the same proportion, no change of a year
            continue
        if driven is None:
            found = _driven().match(text)
            driven = found.end() if found else -1
        if m.start() >= driven and not _commitment().search(text, 0, m.start()):
            return True
    return False
