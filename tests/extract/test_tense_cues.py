"""The words of a goal and of a report, one list for report_tense and report_reach (session 27, mend27): a word in
tense_cues reaches both modules' patterns, and the year lead is one fragment for report_reach, report_tense and
bare_reports."""

from __future__ import annotations

import re

from kechuang.extract.targets import bare_reports, report_reach, report_tense
from kechuang.extract.targets.tense_cues import GOAL_WORDS, REPORT_WORDS


def _literal(word: str) -> str:
    return re.sub(r"\(\?.*?\)", "", word)  # 以来(?!的) -> 以来


def test_every_goal_word_is_a_goal_cue_of_both_modules() -> None:
    for word in GOAL_WORDS:
        assert report_reach._GOAL.fullmatch(word), word
        assert report_tense._GOAL.fullmatch(word), word


def test_every_report_word_is_a_report_cue_of_both_modules() -> None:
    for word in map(_literal, REPORT_WORDS):
        assert report_reach._REPORT.fullmatch(word), word
        assert report_tense._REPORT.fullmatch(word), word


def test_the_year_lead_is_one_fragment() -> None:
    # a clause opening with a year, not a month's date (2024年3月)
    assert report_reach._LEAD_YEAR.search("全县,2023年完成投资").group("year") == "2023"
    assert report_reach._LEAD_YEAR.search("全县,2023年3月完成投资") is None
    assert report_tense._LEAD.match("2023年完成投资").group("year") == "2023"
    assert report_tense._LEAD.match("2023年3月完成投资") is None
    assert bare_reports._YEAR_LEAD.search("。2008年底,全省人才总量达29.99万人").group("year") == "2008"
