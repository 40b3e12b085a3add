"""Review 30's mends (rev30, session 29), each test failing on main eb6c7fa7 before its fix."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text


def _targets(text: str, year: int) -> list[tuple[str, str, float]]:
    return [(t.indicator, t.kind, t.value) for t in extract_text(text, plan_year=year).targets]


# F1: a growth goal set with 定 (确定为, 定为), a change goal_changes.py lists: the name reader keeps the 为 after 定,
# and the check that the name stands right before its value compared it with the page stripped of that 为, so the
# goal stayed a level named 经济增长目标确定为. 山东 2013 政府工作报告 (大众网,
# http://dzwww.com/2013/sdlh/jdzfgzbg/201301/t20130125_7950194.htm, dev).
def test_a_growth_goal_set_with_ding_is_a_growth():
    text = ("今年经济增长目标确定为9.5%左右,主要考虑是,一方面要继续抓住机遇,促进发展,既不追求过高的增长速度,"
            "也不抑制合理的经济增长。")
    assert ("经济", "growth", 9.5) in _targets(text, 2013)


def test_the_changed_goals_of_round_74_stay_growths():
    # goal_changes.py's own page (香港01 2026, hk01.com, dev): the change's 为 dropped by the name reader
    assert ("增长目标", "growth", 6) in _targets("例如海南,2025年GDP增速为4%,2026年增长目标大幅上调为6%左右。", 2026)
    assert ("增速目标", "growth", 4.5) in _targets("辽宁2025年GDP增速4.8%,2026年增速目标下调为4.5%。", 2026)
