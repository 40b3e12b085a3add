"""Review 24 (session 25): findings on round 56's weighing and round 55's gold, each test failing on main d07ff382.

F1: ``report_tense.reports_throughout`` counts the report cues first with a bound on what the years gone by may add
(``_gone_years``: one per printed year), then stops once the goals outweigh that bound. A year read twice — a lead at the
text's start after a line break (``_LEAD`` and ``_LEADS`` both match it) or a span's year after 到 and a line break
(``_GOAL``'s 到…年 and a ``_LEADS`` lead) — added two cues, more than the bound, so the early exit and the full weighing
disagreed and the answer hung on a line break. The sentences are of the shape of the dev reports the round weighed
(吉林市 2025 成绩单: 已完成, 累计, 比上年; a PDF line broken after 到, as 大邑 2021's report prints its lines).
"""

from __future__ import annotations

import random

from kechuang.extract.targets import report_tense as rt
from kechuang.extract.targets.report_tense import reports_throughout

# Two report cues (已, 累计), one year gone by as a lead and one in a comparison, one goal's cue (将)
_LEAD_TEXT = "2019年建成5座,已完成改造,累计投入1.2亿元,比2018年增长12%,将继续推进。"
# Two report cues (已, 累计), one span gone by (到2019年), one comparison year, one goal's cue (将)
_SPAN_TEXT = "建成5座,已完成改造,累计投入1.2亿元,到2019年增长12%,比2018年提高,将继续推进。"


def test_a_year_after_a_line_break_at_the_start_is_one_cue():
    assert reports_throughout(_LEAD_TEXT, 2025) is False  # 3 report cues against 1 goal's cue: a plan
    assert reports_throughout("\n" + _LEAD_TEXT, 2025) is False  # the same text: the year counted once
    assert reports_throughout(" \n" + _LEAD_TEXT, 2025) is False


def test_a_span_year_after_a_line_break_is_one_cue():
    assert reports_throughout(_SPAN_TEXT, 2025) is False
    assert reports_throughout(_SPAN_TEXT.replace("到2019", "到\n2019"), 2025) is False
    assert reports_throughout(_SPAN_TEXT.replace("到2019", "到 \n2019"), 2025) is False


def _full_weighing(text: str, plan_year: int | None) -> bool:
    """The weighing with no early exit: every cue counted, a year once (the reference the exits must agree with)."""
    reports = goals = 0
    for m in rt._REPORT.finditer(text):
        if (asof := m.group("asof")) is None or rt._gone(asof, plan_year):
            reports += 1
        else:
            goals += 1
    spans = set()
    for at, by in rt._goals(text):
        if rt._gone(by, plan_year):
            reports += 1
            spans.add(text.find(by, at))
        else:
            goals += 1
    goals += rt._named_years(text, plan_year)
    leads = {m.start("year"): m.group("year") for m in rt._LEADS.finditer(text) if m.group("year")}
    if (first := rt._LEAD.match(text)) is not None and first.group("year"):
        leads[first.start("year")] = first.group("year")
    reports += sum(1 for at, year in leads.items() if at not in spans and rt._gone(year, plan_year))
    return reports >= 2 and goals * 4 <= reports


# the pieces the weighing reads: breaks and spaces, marks, 到/至/截至, years gone by and to come, report and goal cues
_PIECES = ["\n", " ", "\u3000", ",", "。", "到", "至", "截至", "2019", "2020", "2025", "2026", "年", "年底前", "已", "累计",
           "同比", "将", "力争", "建成", "5座", "一季度", "上半年", "完成", "任务", "年来", "以来", "比", "全年", "今年"]


def test_the_early_exits_agree_with_the_full_weighing():
    # a guard: a random search of 400000 calls found 12 disagreements on main (a year counted twice; this sample of
    # 6000 is too small to meet one: the tests above fail on main), none after F1
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        for year in (None, 2025):
            assert reports_throughout(text, year) == _full_weighing(text, year), (text, year)


def test_a_report_stays_a_report_with_or_without_the_break():
    text = "2019年建成5座,已完成改造,累计投入1.2亿元,比2018年增长12%,同比增长8%,将继续推进。"
    assert reports_throughout(text, 2025) is True  # 4 report cues against 1
    assert reports_throughout("\n" + text, 2025) is True


# F2 (checked, holds): progress tables of other dev pages, whose header names a part of the year (一季度, 二季度) beside
# goals, stay plans: their goals' cues (任务 in the header, 力争) outweigh the part of the year. These pass on main too;
# they guard the round-56 cue against a later weighing that would drop such tables' goals.
_XUANZHOU = ("工作任务\n|\n二季度完成情况\n|\n1\n|\n围绕高新技术企业培育,助力高质量发展。全区高新技术企业总量达到160家,"
             "入库科技型中小企业200家。\n|\n完成第三批高新技术企业申报工作,全年组织申报高新技术企业61家;加强科技型中小企业入库"
             "工作指导,入库科技型中小企业235家,总量位居全市第二。\n|\n2\n|\n围绕创新载体建设,促进科技成果转化。企业技术合同交易额"
             "40亿元;实施产学研合作项目50个。\n|")  # https://www.xuanzhou.gov.cn/OpennessContent/show/3411311.html (dev)
_NINGGUO = ("2024年第一季度重点工作进展情况一览表\n工作任务\n1季度完成情况\n持续开展创新主体培育工作,力争2024年新认定高新技术"
            "企业30家。\n开展第一批高新技术企业申报推荐工作,共推荐37家企业申报,其中新认定20家,重新认定17家\n"
            "持续推动规上制造业企业“三清零”,力争2024年新增省级以上研发平台3家。\n完成2023年规模以上工业企业研发费用统计系统"
            "填报工作")  # https://275167.com/OpennessContent/show/3293768.html (宁国 2024, dev)


def test_progress_tables_of_other_pages_stay_plans():
    assert reports_throughout(_XUANZHOU, 2024) is False
    assert reports_throughout(_NINGGUO, 2024) is False
