"""A name that is only the scope or the time of its value (年均, “十四五”以来累计, 在2025年, 每个乡镇) names no thing:
the value goes on with the target before it in the sentence (round targ54)."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int) -> list[tuple[str, float, str, str]]:
    return [(t.indicator, t.value, t.unit, t.kind) for t in extract_text(text, plan_year=year).targets]


def test_time_word_after_a_target_goes_on_with_its_indicator():
    # https://yunxiqiu.com/2024/0126/631824.shtml (陕西 2024 政府工作报告)
    found = _named("此外,单位生产总值能耗降低2.5%以上,力争“十四五”以来累计降低10%左右。", 2024)
    assert found == [("单位生产总值能耗", -2.5, "%", "growth"), ("单位生产总值能耗", -10, "%", "growth")]


def test_yearly_growth_after_a_level_is_the_growth_of_that_level():
    # http://chinawuliu.com.cn/zixun/202305/23/606972.shtml (太原 2023 数字经济)
    found = _named("太原市提出,到2025年太原市数字经济规模将突破2800亿元,年均增速超过15%,占GDP比重达到35%。", 2023)
    assert ("太原市数字经济规模", 2800, "亿元", "level") in found
    assert ("太原市数字经济规模", 15, "%", "growth") in found
    assert not [f for f in found if f[0] == "年均"]
