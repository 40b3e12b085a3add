"""The post-filters' speed mend of session 30 (spd36): the same matches read by scans that open with characters.

review_reading's report cues are read as two scans merged (its words, every branch a literal; its month spans, only in
a passage that prints 月) and its goals' cues with 到 and 至 as two literal branches: a pattern with a branch that
opens with a class ([比较], [一二三四], \\d, [到至]) loses the engine's skip to a first character. These tests hold
that they count and match exactly as the earlier forms did on every seed and corpus text."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import report_reach, report_tense, review_reading
from kechuang.extract.targets.tense_cues import GOAL
from tests.extract.pattern_forms import stored_texts

try:  # Python 3.11+
    from re import _parser as sre_parse
    from re._constants import BRANCH, LITERAL
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import BRANCH, LITERAL  # type: ignore[no-redef]

_OLD_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|[比较](?:上|去)年|上年|去年"
                         r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|以来(?!的)|共计|一年来|过(?<!通过)去|回顾|上半年|[一二三四]季度"
                         r"|前三季度|年初至今|\d{1,2}(?:\s{0,2}[-—~至]\s{0,2}\d{1,2}\s{0,2}月|月份)")
_OLD_GOAL = re.compile(GOAL + r"|任务|需|要|年前|[到至]\s{0,2}(?P<by>\d{4})\s{0,2}年|打造|推动|加快|着力|以上")
_EDGES = ["截至2012至3月份", "截至2024年1-6月,同比", "1-2月份 12月份 1 至 12 月 123月份 1—11月 ２至３月", "截止 2023-5月份", "12  -  11  月 1月月份 123月份 １２ 至 １２  月 ", "月" * 3 + "9至 9 月", "2020年 2020 年 2020  年 2020   年 2020\u3000年 2020\t年 ２０２０年 12020年 020年",
          "到2025年,至 2030年,截至2024年", "通过去年" * 50, "已建成的" * 20 + "1月份已完成"]


def _texts() -> list[str]:
    texts = stored_texts()
    return [simplified_all(t) for t in texts + _EDGES]


def _old_report_cues(text: str, plan_year: int | None) -> int:
    return sum(1 for m in _OLD_REPORT.finditer(text)
               if (asof := m.group("asof")) is None or plan_year is None or int(asof) < plan_year)


def test_report_cues_and_goals_match_their_earlier_forms():
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        for year in (None, 2013, 2024):
            assert review_reading.report_cues(text, year) == _old_report_cues(text, year)
        for at in range(0, len(text), max(1, len(text) // 7)):
            found = review_reading._month_span(text, at)
            expected = review_reading._MONTHS.search(text, at)
            assert (found and found.span()) == (expected and expected.span())
        assert [(m.span(), m.group("by")) for m in _OLD_GOAL.finditer(text)] == [
            (m.span(), m.group("by") or m.group("to")) for m in review_reading._GOAL.finditer(text)]


def test_the_scans_open_with_characters():
    """Every top-level branch opens with a literal character: the engine skips to those characters."""
    for pattern in (review_reading._REPORT_WORDS, review_reading._GOAL):
        (op, (_, branches)), = sre_parse.parse(pattern.pattern)
        assert op is BRANCH
        assert all(branch[0][0] is LITERAL for branch in branches)


def _old_gone_years(text: str, plan_year: int | None, blanks: str | None) -> int:
    """The count of years gone by as the loops before spd36 read it: ``blanks`` the spaces passed (None: any)."""
    if plan_year is None:
        return 0
    count, at = 0, text.find("年")
    while at >= 0:
        end = at
        while end > 0 and at - end < 2 and (text[end - 1].isspace() if blanks is None else text[end - 1] in blanks):
            end -= 1
        digits = text[max(0, end - 4):end]
        if len(digits) == 4 and digits.isdecimal() and int(digits) < plan_year:
            count += 1
        at = text.find("年", at + 1)
    return count


def test_years_gone_by_are_counted_as_by_the_earlier_loops():
    for text in _texts():
        for year in (None, 2013, 2021, 2025):
            assert report_tense._gone_years(text, year) == _old_gone_years(text, year, None)
            assert report_reach._gone_year(text, year) == (_old_gone_years(text, year, " \u3000") > 0)


def test_a_result_heading_holds_a_manner_word_before_its_first_full_stop():
    from kechuang.extract.targets import review_heads
    headed = 0
    for text in _texts():
        for line in text.split("\n"):
            if review_heads._HEAD.match(line):
                headed += 1
                assert review_heads._MANNER_WORD.search(line, 0, line.find("。")) is not None
    assert headed > 10


def test_funding_clauses_match_as_their_earlier_form():
    from kechuang.extract.targets import funding
    old = re.compile(r"(?:财政|统筹|累计|每年|年均|集中|本级|将)[ \t]*安排[^,,。;;、\n]{0,24}?资金[ \t]*"
                     r"(?:不低于|不少于|超过|约|近)?[ \t]*" + funding._AMOUNT
                     + r"|设立[ \t]*" + funding._AMOUNT + r"[^,,。;;、\n]{0,24}?资金"
                     + r"|(?:扶持|补助|奖励|奖补|资助|补贴)(?:总额|额度|金额|资金)" + funding._GRANT_CAP
                     + r"|(?:单个|每个)(?:项目|企业)" + funding._CAP)
    extra = ["县财政2023年统筹安排资金37.4亿元", "设立2.43亿元推动工业强市发展专项引导资金", "单个项目不超过50万元",
             "自然年度扶持总额不超过5000万", "每年安排2000万元作为以奖代补资金,将 安排专项资金 不低于 30亿元"]
    found = 0
    for text in _texts() + extra:
        expected = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in funding._FUNDS.finditer(text)] == expected
        found += bool(expected)
    assert found >= 5
    (op, (_, branches)), = sre_parse.parse(funding._FUNDS.pattern)
    assert op is BRANCH and all(branch[0][0] is LITERAL for branch in branches)
