"""A clause with no name of its own continues the indicator of the clause before it (five60; MISSES-fresh58 row 5),
from dev pages of the corpus: a five-year plan states a rate (or a doubling) of an indicator, then its level in the
next clause with no name (`年均递增14%,将达260亿元`; `年均增長8.5%左右,到2020年將達到2.6萬億元`)."""

from __future__ import annotations

from kechuang.extract import extract_text

# 吉木萨尔 十三五 news (新疆), dev:
_JIMUSAER = ("https://wulumuqi.baogaosu.com/xinwen/%25E5%2590%2589%25E6%259C%25A8%25E8%2590%25A8%25E5%25B0%2594%25E5%258E"
             "%25BF%25E5%258D%2581%25E4%25B8%2589%25E4%25BA%2594%25E6%2597%25B6%25E6%259C%259F%25E5%25B0%2586%25E5%2585"
             "%25A8%25E9%259D%25A2%25E8%25BF%2588/40306199")
_JIANGXI = "http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm"  # 江西 十三五 纲要 news, dev


def _read(text: str, plan_year: int) -> list[tuple[str, float, str, str, int | None, bool]]:
    return [(t.indicator, t.value, t.unit, t.kind, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


def test_a_level_after_a_rate_takes_its_name() -> None:
    # _JIMUSAER (the page's goal sentence, dated by its own 到2020年 here: the page's 未来五年 is another question)
    found = _read("到2020年,地区生产总值年均递增14%,将达260亿元;公共财政预算收入年均增长14%,将达25亿元;"
                  "农牧民人均纯收入年均增加1000元,将达到20000元以上。", 2015)
    assert ("地区生产总值", 260, "亿元", "level", 2020, False) in found
    assert ("公共财政预算收入", 25, "亿元", "level", 2020, False) in found
    assert any(t[1:] == (20000, "元", "level", 2020, False) and t[0].startswith("农牧民人均纯收入") for t in found)


def test_a_level_with_its_own_year_after_a_rate_takes_its_name() -> None:
    # _JIANGXI, as printed (traditional characters and the page's glosses)
    text = ("“十三五”期間,江西省地區(qū)生產(chǎn)總值(GDP)設(shè)定為年均增長8.5%左右,到2020年將達到2.6萬億元,"
            "設(shè)定城鄉(xiāng)居民收入分別年均增長9%左右和9.5%左右。")
    found = _read(text, 2016)
    assert any(t[1:] == (2.6, "萬億元", "level", 2020, False) and "地區(qū)生產(chǎn)總值" in t[0] for t in found)


def test_a_nameless_level_after_a_level_or_far_from_it_is_not_continued() -> None:
    # the rule reads the clause right after a rate or a doubling only: a second level of the same name after a level,
    # or a clause two commas on, keeps no borrowed name (the 将 of a task's clause names nothing)
    found = _read("到2020年,地区生产总值达到200亿元,将达260亿元。", 2015)
    assert not any(t[1] == 260 and t[0] == "地区生产总值" for t in found)
    found = _read("到2020年,地区生产总值年均递增14%,建成一批项目,将达260亿元。", 2015)
    assert not any(t[1] == 260 and t[0] == "地区生产总值" for t in found)
