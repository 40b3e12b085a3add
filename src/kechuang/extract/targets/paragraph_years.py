"""Years a paragraph carries to its targets, found once per paragraph so that a paragraph of many marks stays linear
(round 51).

- The last deadline stated before a per-year commitment ends it (``deadlines_upto``):
  `…年均25%以上的增长速度。到2015年底,…。规模以上工业企业总数每年新增18家以上` (孝感 工业强市, dev) runs
  to 2015, as a paragraph's opening deadline did (`到2026年,…。每年登记科技成果5个`: 同心 2023, dev).
- The plan's own year named later in a sentence that states no other (``own_year_sentences``): a news print
  of the year's plan often names the year after the first clauses of its sentence:
  `着力推进140个左右支撑性项目,完成投资246.6亿元以上,全年固定资产投资增长12%以上` (苍南 2023);
  `为实现“…粮食产量稳定在800亿斤以上”的目标,吉林省将稳定增加粮食面积,全省今年计划落实粮食播种面积9000万亩以上`
  (吉林 2023, both dev). When nothing before a target dates it (no year earlier in its paragraph, no row
  deadline, no inherited year), the 今年/全年/年内 of its own sentence does, if every year mark of the sentence
  is the plan's own year (a sentence naming 2025年 as well, or a year gone by, is left as it was).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.years import YearMark


def deadlines_upto(marks: list[YearMark], plan_year: int | None = None) -> list[int | None]:
    """For each mark, the year of the last deadline to come (到2015年底, not a past one; 未来五年's end: yr52) among the
    marks up to it, a deadline inside a clause (…,力争2024年X…) being that clause's alone (clause_years); with
    ``plan_year``, a year after the plan's own stated as a goal's (``_goal_year``) as well, inside a clause or not
    (…,2020年人均预期寿命达76.7岁。…文化产业年均增长15%以上: 陕西 2016, the period's end)."""
    found: list[int | None] = []
    for mark in marks:
        found.append(mark.year if ((mark.deadline or mark.ahead) and not mark.past and not mark.inside) or _goal_year(
            mark, plan_year) else found[-1] if found else None)
    return found


def _goal_year(mark: YearMark, plan_year: int | None) -> bool:
    """Whether ``mark`` is a year after the plan's own, stated plainly (2020年人均预期寿命达76.7岁, “十三五”时期 in a
    plan of 2016): the end of the period the plan's per-year goals after it run to, as 到2020年 is (five59;
    MISSES-fresh58 row 2). `2017年县域就诊率达到90%,2020年人均预期寿命达76.7岁。…文化产业年均增长15%以上` (陕西 2016
    报告 news, dev, http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html);
    `“十三五”时期是…关键阶段,…奋斗目标是:…年均增长8%` (安宁 2016 报告 news, 甘肃, dev, the fresh58 batch's
    gs-anning-zfgzbg2016). The plan's own year dates the plan, not a period (`2023年我省实施50项民生实事` before
    `年均增幅`: the README's convention); 全年/当年 and runs of years (连续5年) are none."""
    return bool(plan_year and mark.year and mark.year > plan_year and not (
        mark.past or mark.relative or mark.running or mark.present))


def own_year_sentences(marks: list[YearMark], plan_year: int | None) -> set[int]:
    """The sentences whose every year mark is the plan's own year (今年, 全年, 年内 in a plan of that year)."""
    if not plan_year:
        return set()
    own, other = set(), set()
    for mark in marks:
        (own if mark.year == plan_year and not (mark.past or mark.running) else other).add(mark.sentence)
    return own - other


def this_year_after(marks: list[YearMark], k: int, sentence: int, own: set[int], plan_year: int | None) -> int | None:
    """The plan's year when ``marks[k]`` (the first mark after a target of ``sentence``) is in that sentence and the
    sentence names no year other than the plan's own (``own``: ``own_year_sentences``), else None."""
    return plan_year if k < len(marks) and marks[k].sentence == sentence and sentence in own else None


# a per-year rate of the clause's own measure: 年均 or 每年, a verb of growth, then the rate in % or 个百分点
# (bounded gaps: 年均要增长, 每年要提高; no clause mark between)
_OWN_RATE = re.compile(r"(?:年均|每年)[^,，;；、]{0,3}?(?:增长|增速|增幅|提高|提升|递增)[^,，;；、\d]{0,3}?"
                       r"\d{1,3}(?:\.\d{1,3})?\s{0,2}(?:%|％|个百分点)")


def own_rate(clause: str) -> bool:
    """Whether the 年均/每年 of ``clause`` is the yearly rate of its own measure (年均增长6.5%, 每年要提高0.16个
    百分点), which the next clause, a level of another measure, does not share (yr52): `地區生產總值達1220億元,年均
    增長6.5%,規上工業總產值超2400億元,人均預期壽命85歲` (同安 2025 报告, 福建,
    http://www.8037eee.com/news/xmnews/gqbd/2025-12-25/2850208.html); `研发投入强度每年要提高0.16个百分点、…达到
    2.8%以上,高新企业数量从107家增加到500家以上` (三门峡 2022, 河南, https://www.ismx.cn/content-10-82041-1.html,
    both dev).
    A 每年 of a count (每年新增高新技术企业10家,科技型中小企业50家) is still shared."""
    if "%" not in clause and "％" not in clause and "百分点" not in clause:
        return False
    return _OWN_RATE.search(clause) is not None
