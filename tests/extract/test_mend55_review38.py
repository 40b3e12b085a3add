"""Review 38's findings on the targets' rules merged in session 32 (``clause_shapes.multiple``: targ53's doubling
words, ``funding.py``: review 37's kept funds), each input run as the review ran it
(``extract_text(normalise("2023年工作要点\\n" + line))``). The doubling rule rests on the dev pages of targ53
(tests/extract/test_targ53_doubling.py: 江津 2023 http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html,
重庆 2023 实现“双倍增”、总量分别达到…); the programme phrasing (深入实施…“双倍增”) is 重庆's own."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets import funding
from kechuang.text.normalise import normalise
from tests.timing import assert_linear


def _targets(line: str) -> list[tuple]:
    plan = extract_text(normalise("2023年工作要点\n" + line + "\n"))
    return [(t.indicator, t.kind, t.value, t.unit) for t in plan.targets]


def _multiples(line: str) -> list:
    plan = extract_text(normalise("2023年工作要点\n" + line + "\n"))
    return [t for t in plan.targets if t.kind == "multiple"]


# finding 2: a doubling word inside quotes with a name, or after 实施/推进/开展 with no 实现/力争/达到, names a programme
@pytest.mark.parametrize("line", ["实施“高企倍增”。", "扎实推进高企倍增。", "深入实施高新技术企业和科技型企业“双倍增”。",
                                  "开展规上工业企业倍增。", '实施"高企倍增"。'])
def test_a_programme_of_doubling_is_no_target(line):
    assert _targets(line) == []


def test_a_doubling_quoted_alone_after_its_goal_verb_is_still_a_goal():
    # 高新技术企业数量和科技型企业数量实现双倍增 (江津 2023, dev), quoted: 实现“双倍增”
    assert [t.indicator for t in _multiples("高新技术企业数量和科技型企业数量实现“双倍增”。")] == [
        "高新技术企业数量", "科技型企业数量"]
    assert [t.indicator for t in _multiples('"高企"数量实现倍增。')] == ['"高企"数量']  # a quote closed before it
    assert [t.indicator for t in _multiples("推进产业升级,规上工业企业数量实现倍增。")] == ["规上工业企业数量"]


# finding 3: 研究与试验发展 (R&D) is one name, its 与 joins no two things
def test_research_and_experimental_development_is_one_name():
    found = _multiples("研究与试验发展经费投入实现双倍增。")
    assert [t.indicator for t in found] == ["研究与试验发展经费投入"]


# finding 4: 两个双倍增, 六个双倍增 count slogans (the 个 guard holds with 双 between)
@pytest.mark.parametrize("line", ["实现“两个双倍增”。", "六个双倍增。"])
def test_a_count_of_double_doublings_is_no_target(line):
    assert _targets(line) == []


# finding 5: 双倍增 keeps the base year as 倍增 and 翻一番 do
def test_double_doubling_keeps_its_base_year():
    found = _multiples("到2027年,全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”。")
    assert [(t.indicator, t.base_year, t.year) for t in found] == [
        ("全区高新技术企业", 2022, 2027), ("科技型企业", 2022, 2027)]


# finding 6: a clause cut at ; ends an item as 。 does
def test_a_doubling_closing_an_item_at_a_semicolon_is_read():
    assert _targets("高新技术企业数量实现倍增;") == [("高新技术企业数量", "multiple", 2, "倍")]
    assert _targets("高新技术企业数量实现倍增;规上工业企业数量实现翻倍;") == [
        ("高新技术企业数量", "multiple", 2, "倍"), ("规上工业企业数量", "multiple", 2, "倍")]
    # a comma still does not: the levels of a doubling follow it (重庆 2023, dev)
    assert _multiples("高新技术企业实现倍增,总量达到1.27万家。") == []
    assert _multiples("全区高新技术企业和科技型企业实现“双倍增”,分别超过90家和870家。") == []


# finding 7: a doubling of a past year against the year before, or of a past period, is a report
@pytest.mark.parametrize("line", ["2022年全市高新技术企业数量较上年翻倍。",
                                  "2022年全市高新技术企业数量比上年翻一番。",
                                  "“十三五”期间,全市高新技术企业数量实现翻倍。",
                                  "“十三五”期间,全市高新技术企业数量实现翻一番。"])
def test_a_doubling_in_history_is_no_target(line):
    assert _multiples(line) == []


def test_a_doubling_against_the_year_before_in_the_plan_year_is_a_goal():
    assert [t.indicator for t in _multiples("2023年全市高新技术企业数量力争较上年翻倍。")] == ["全市高新技术企业数量"]


# finding 8: funds already paid out (累计/共 + a verb of paying), or funds of a condition, are no goal
@pytest.mark.parametrize("line", ["2022年累计发放贷款资金45亿元。", "全年共落实各类扶持资金2.3亿元。",
                                  "达到拨付条件的专项资金5000万元。"])
def test_funds_spent_or_of_a_condition_give_no_target(line):
    assert _targets(line) == []


# finding 9: the name before a level and a duration are no part of a doubling's name
def test_doubling_after_a_level_takes_the_name_of_the_level():
    found = _targets("高新技术企业数量达到200家、实现倍增。")
    assert ("高新技术企业数量", "multiple", 2, "倍") in found
    assert ("高新技术企业数量", "level", 200, "家") in found


def test_a_duration_is_no_part_of_a_doubling_name():
    assert _targets("高新技术企业数量五年翻倍。") == [("高新技术企业数量", "multiple", 2, "倍")]


# finding 10: the look back for 争取 is bounded (a line of funds with no clause mark was read again per amount)
def test_funding_look_back_for_a_win_is_linear():
    from kechuang.extract.lines import Line
    from kechuang.extract.model import Target

    def run(text: str) -> None:
        funding.funding_clauses([Line(0, 0, len(text), text, False)],
                                [Target("x", "level", 1, "元", None, False, "x", "p", 0, 1)])

    assert_linear(run, lambda n: "实现到位资金1亿元" * (2000 * n))
