"""Texts that report with no cue of a report's own (round 61, A1 of docs/fresh-misses.md).

Round 52 (report_tense.py) reads a text as a report when its report cues (已, 累计, 同比, 截至…) outweigh its goals'.
A news print of present facts, a review printed alone or a plan's preamble often holds none of those words and no
goal's word either: the numbers stand as facts. Such a text is a report when it holds no goal's cue at all (not one
of report_tense's goal words, no year named that is the plan's or later, no deadline as 期末, 年底前, 今后, 到…末) and
one of three marks of facts stated:

- a clause opening with a four-digit year in a page of no known year (`2008年底,全省人才总量达29.99万人`, 青海 人才
  规划 news; `2011年,青海省农牧业生产保持稳定增长,粮食总产量达到109.03万吨`, 青海 2012 农牧业 news;
  `2021年,我国国内生产总值达到114万亿元`, 2022 政府工作报告 news; `2020年,169家国家高新区…达90129家`, 火炬中心
  news; 河北 2025 政府工作报告 news);
- a statistics source cited (`据国家统计局公布,吉林省粮食总产668.6亿斤`, 吉林 2013 粮食 news; `据国家统计局数据,
  全年粮食产量`, 农业农村部 2023 单产 news), not a 统计局 charged with a task (`责任单位:市统计局`);
- a rank or a share of the nation held, not of a city or county (`5项工作居全国首位`, 安徽 2023 农村工作会议 news;
  `产量位居前列,…占全国60%以上`, 广西 农业产业 news; `占全国玉米总产的15%左右`, 吉林 2013 粮食 news; `居中国西部第1`,
  陕西 2026 政府工作报告 成绩单).

Round 62 adds a fourth mark, a thing done: the perfective 了 after a verb (`村容村貌有了很大改观。农村公路…硬化完成2290
公里`, 河北 人居环境 results; `…新兴产业迅速补位,形成了新的增长点`, 贵州 2025 工业 news; `对92名科技特派员…进行了
通报表扬`, 湖南 2019 news; `为…作出了重要贡献`, 四川 2023 高标准农田 news; `僅通江…的細茶產量就占了全省的三分之一`,
巴中 茶 history), not 为了, 除了, 不了, 得了, 了解, 了结, nor after a verb of deciding or showing
(选出了, 体现了, 确定了, 明确了, 提出了, 制定了…: a plan's preamble; review 27's F2).
On dev, the texts with no goal's cue that print it hold no gold target (58 passages): 12 spurious
targets of 5 pages dropped, none lost. 已 is no mark: a plan's status before its tasks prints it
(全市已建成学校20所。年内新建学校10所: review 17's F4 test); when 了 is the only mark, a sentence of new
work (新建, 新增, 改造 with no 已, 累计, 完成) keeps its targets, as report_tense keeps them.

On dev (without the newest batch) the three marks drop 61 spurious targets of 11 passages of 10 pages, no gold target
lost; the texts with no goal's cue but none of the marks are mostly a plan's task lists (民生实事: `新增…N个`), whose
gold they hold (366 gold targets, 126 spurious), so they stay. A whole plan always holds a goal's cue near its start:
the test stops at the first one.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.tense_cues import YEAR

_YEAR_LEAD = re.compile(rf"(?:^|[。!！?？;；,，:：\n])\s{{0,2}}{YEAR}[底末]?\s{{0,2}}[,，]")
# a plan's preamble decides and shows with 了 (选出了…十大民生实事项目, 充分体现了民意: 始兴 2021, dev; 确定了, 明确了,
# 提出了, 制定了, 为我县…指明了方向): no thing done (mend28, review 27's F2); 通过了 closes an event, a thing done
# (通过了验收, 通过了…认定, 审议通过了: review 28, F4); 决定了 is kept as a preamble's deciding, on no page yet
_DECIDING = ("确定", "选出", "产生", "体现", "表明", "明确", "提出", "制定", "指明", "决定")
_NOT_AFTER = "".join(f"(?<!{verb}了)" for verb in _DECIDING)  # checked behind a 了 found, not at every place
# a standing in the city, county or district (总量位居全市第二) is no mark: a county's plan prints it beside a count it
# commits to (入库科技型中小企业235家,总量位居全市第二: 宣州 科技, round 25's test); a national one is
_FACTS = re.compile(r"据[^,，。\n]{0,12}(?:统计|公布|数据)|数据显示|位居(?!全市|全县|全区)|居全国|第一方阵|前列|占全国"
                    rf"|(?P<done>了(?<![为除不得罢]了){_NOT_AFTER}(?![解结望如]))")
_DUE = re.compile(r"期末|年底前|年末前|今后|[到至][^,，。\n]{0,6}末")


def bare_report(text: str, plan_year: int | None, first_goal: int | None, named_years: int) -> bool:
    """Whether ``text`` (simplified) states facts with no goal's cue: ``first_goal`` is where its first goal's cue
    stands (None: none), ``named_years`` how often it names the plan's year or a later one."""
    if first_goal is not None or named_years or "|" in text:
        return False
    if _FACTS.search(text) is None and (plan_year is not None or _YEAR_LEAD.search(text) is None):
        return False
    return _DUE.search(text) is None


def done_only(text: str, plan_year: int | None) -> bool:
    """Whether a bare report's only mark of facts is a thing done (了, round 62): then a sentence of new work in it
    (全市建成了学校20所。新建学校10所) is a plan's task after its status, and keeps its targets."""
    return all(m.group("done") for m in _FACTS.finditer(text)) and (
        plan_year is not None or _YEAR_LEAD.search(text) is None)
