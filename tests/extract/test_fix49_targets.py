"""fix49 (review 34): rev47's two history filters mended.

O3 — ``targets.peer_margins`` rests on dev reviews (广安经开区 2024 news, jinrixinan.com/sichuan/64915.html; 宁德
"十二五" 中期评估, zcjczz.com/special/xxgcwzqh/hhsew/2013/1122/4176.shtml): a figure with its margins over the higher
levels' averages is history there. A year's plan of goals (its title of its year in a plan's genre) states goals with
such margins: the filter stands aside; and every margin of a sentence is read alike, not the first alone.

O4 — ``targets.unit_standards`` rests on dev 厕所革命 pages (甘肃 2022, nongye.s666.cn/js/5_657895612.html; 两当 2021,
ln.gansudaily.com.cn/system/2021/09/23/030412311.shtml; 陕西 2023, achwsb.com/news/shownews.php?id=65): a standard per
unit is no goal, but a planned count joined to it by 、 is a clause of its own and stays."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.peer_margins import plan_of_goals
from tests.extract.passages import target_rows


def _values(text: str, year: int, title: str | None = None) -> list:
    if title is None:
        return [r[2] for r in target_rows(text, year)]
    return [t.value for t in extract_text(text, plan_year=year, title=title).targets]


def test_a_years_plan_of_goals_keeps_its_margins():
    values = _values("2024年工作要点\n全市城镇化率提高到65%,比全省高2个百分点。规上工业增加值增长10%,比全省高3个百分点。",
                     2024)
    assert 65 in values and 10 in values
    assert plan_of_goals("2024年国民经济和社会发展计划", True)
    assert not plan_of_goals("2024年政府工作报告", True)  # a report: its margins are last year's
    assert not plan_of_goals("2023年工作总结和2024年工作要点", True)
    assert not plan_of_goals("2024年工作要点", False)  # not dated its plan's year: a plan of years reviews too


def test_every_margin_of_a_sentence_is_read_alike():
    values = _values("地区生产总值增长7%,比全省高1个百分点;城镇居民人均可支配收入增长8%,比全省高2个百分点。", 2024)
    assert 7 not in values and 8 not in values
    # the guards hold per margin: a commitment before the second keeps it alone
    values = _values("地区生产总值增长7%,比全省高1个百分点;力争城镇居民人均可支配收入增长8%,比全省高2个百分点。", 2024)
    assert 7 not in values and 8 in values


def test_a_count_joined_to_a_standard_by_a_list_mark_stays():
    assert 5000 in _values("全县农村户厕改造完成5000户、省财政补助1000元/户。", 2022)
    assert 5000 in _values("新建农村户厕5000座、每座1000元标准,由县财政统筹。", 2022)
    assert 1 in _values("全年资助学生1万人次、每人2000元标准。", 2022)
    # the standards themselves still give none (甘肃 2022, 两当 2021)
    assert _values("省财政100元/户、市财政500元/户,区财政600元/户,不足部分由镇财政承担", 2022) == []
    assert _values("确定县农村户厕新建每座2500元、改建每座1200元标准", 2022) == []


def test_a_bracketed_share_cell_has_paired_brackets():
    # tab47's bracketed share cells (崇明 2021 水务 十四五 规划's 基准值 cells, dev): (86.4%) read, 【86%) not
    from kechuang.extract.targets.goal_tables import _value
    assert _value("(86.4%)") and _value("（86.4%）") and _value("【86%】")
    assert _value("【86%)") is None and _value("(86%]") is None
