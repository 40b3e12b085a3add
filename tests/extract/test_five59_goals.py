"""Five-year goals paragraphs (five59; MISSES-fresh58.md), from dev pages of the corpus."""

from __future__ import annotations

from kechuang.extract import extract_text

# 吉木萨尔 十三五 news (新疆), dev:
_JIMUSAER = ("https://wulumuqi.baogaosu.com/xinwen/%25E5%2590%2589%25E6%259C%25A8%25E8%2590%25A8%25E5%25B0%2594%25E5%258E"
             "%25BF%25E5%258D%2581%25E4%25B8%2589%25E4%25BA%2594%25E6%2597%25B6%25E6%259C%259F%25E5%25B0%2586%25E5%2585"
             "%25A8%25E9%259D%25A2%25E8%25BF%2588/40306199")
# 路桥 区志 十一五 (浙江), dev: tests/fixtures/real/passages/zj-luqiao-qz115.json (the fresh58 batch)


def _read(text: str, plan_year: int) -> list[tuple[str, float, str, str, int | None, bool]]:
    return [(t.indicator, t.value, t.unit, t.kind, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


def test_a_yearly_rise_in_digui_is_a_growth_named_without_it() -> None:
    # MISSES-fresh58 row 4: 年均递增 is 年均增长 (吉木萨尔 2015, above)
    found = _read("依据该规划,未来五年吉木萨尔县地区生产总值年均递增14%,将达260亿元。", 2015)
    rate = next(t for t in found if t[1] == 14)
    assert rate[3] == "growth" and rate[5] and rate[0].endswith("地区生产总值")
    # 路桥 十一五: the same word after a name of its own, a line of the 区志 at a time
    found = _read("力争到2010年,农村居民人均纯收入年均递增 9%,达到 1.3万元。", 2006)
    assert ("农村居民人均纯收入", 9, "%", "growth", 2010, True) in found


def test_a_yearly_fall_in_dijian_is_a_fall() -> None:
    # 递减 beside 递增 as 下降 beside 增长: the word family (the brief's row 10). The dev text prints it in percentage
    # points only (路桥 十一五's 恩格尔系数年均递减1.6个百分点, whose sign count_parts.py gives; not this helper's file),
    # so this sentence is 路桥's goal line with its % form, constructed, not printed by a page
    found = _read("力争到2010年,单位生产总值能耗年均递减4%。", 2006)
    assert ("单位生产总值能耗", -4, "%", "growth", 2010, True) in found


def test_an_increase_word_is_not_read_as_a_fall() -> None:
    # the fall words do not take a plain rise (a near miss: 递增 stays positive)
    found = _read("力争到2010年,外商直接投资实际到位金额年均递增 8%。", 2006)
    assert ("外商直接投资实际到位金额", 8, "%", "growth", 2010, True) in found
