"""Review 24 (session 25): findings on round 56's weighing and round 55's gold, each test failing on main d07ff382.

F1: ``report_tense.reports_throughout`` counts the report cues first with a bound on what the years gone by may add
(``_gone_years``: one per printed year), then stops once the goals outweigh that bound. A year read twice — a lead at the
text's start after a line break (``_LEAD`` and ``_LEADS`` both match it) or a span's year after 到 and a line break
(``_GOAL``'s 到…年 and a ``_LEADS`` lead) — added two cues, more than the bound, so the early exit and the full weighing
disagreed and the answer hung on a line break. The sentences are of the shape of the dev reports the round weighed
(吉林市 2025 成绩单: 已完成, 累计, 比上年; a PDF line broken after 到, as 大邑 2021's report prints its lines).
"""

from __future__ import annotations

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


def test_a_report_stays_a_report_with_or_without_the_break():
    text = "2019年建成5座,已完成改造,累计投入1.2亿元,比2018年增长12%,同比增长8%,将继续推进。"
    assert reports_throughout(text, 2025) is True  # 4 report cues against 1
    assert reports_throughout("\n" + text, 2025) is True
