"""Round 50: goals written in Chinese numerals, and the growth of an amount named in the clause before.

The fresh batch trec15 showed a 政府工作报告 printed in Chinese numerals throughout (新疆 2004): its amounts
(一千二百亿元, 四十九点五亿美元) closed their clauses with no verb and were refused as funding or names, and its rates with
decimals (百分之十点七) were not read at all (targets/written_numbers.py; kechuang.text.numerals.to_number reads 点).
The same report, as 政府工作报告 in Arabic digits do (全社会固定资产投资1200亿元,增长20%), names the thing, its amount,
then its growth in the next clause: the growth is the thing's, not the thing's with its amount glued on
(targets/common.py ``subject_of``), and its quote starts at the thing (targets/counts.py).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.numerals import to_number
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None) -> set[tuple]:
    return {(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets}


# 新疆 2004 政府工作报告, a 中新社 wire news in traditional print (http://wmlr8.com/n/2004-01-09/26/389905.html) — dev.
XINJIANG = ("《報告》稱,二00四年新疆宏觀調控的主要預期目標是:國內生產總值二千零一十五億元人民幣,增長百分之九,其中第一產業增長"
            "百分之四,第二產業增長百分之十點七,第三產業增長百分之九點五;全社會固定資產投資一千二百億元,增長百分之二十;社會消費品"
            "零售總額四百六十多億元,增長百分之十;外貿進出口總額四十九點五億美元,增長百分之十四;城市居民人均可支配收入增長百分之"
            "六點八,農牧民人均純收入增加一百元;城鎮登記失業率控制在百分之四以內。")


def test_chinese_numeral_decimals_are_read():
    # 河北 2010 政府工作报告 (http://m.latitude-buildinganddevelopment.com/gn/news/2010/01-12/2067728.shtml) — dev:
    # 全部财政收入完成两千零一十八点一亿元; 新疆 2004 (above): 百分之十点七, 四十九点五亿美元
    assert to_number("两千零一十八点一") == 2018.1
    assert to_number("十点七") == 10.7
    assert to_number("四十九点五") == 49.5
    assert to_number("一万两千三百") == 12300
    assert to_number("点五") is None and to_number("十点") is None


def test_rates_with_decimals_in_numerals():
    got = _read(XINJIANG, 2004)
    assert ("第二產業", "growth", 10.7, "%", 2004) in got
    assert ("第三產業", "growth", 9.5, "%", 2004) in got
    assert ("城市居民人均可支配收入", "growth", 6.8, "%", 2004) in got


def test_amounts_in_numerals_closing_their_clause():
    got = _read(XINJIANG, 2004)
    assert ("全社會固定資產投資", "level", 1200, "億元", 2004) in got
    assert ("外貿進出口總額", "level", 49.5, "億美元", 2004) in got


def test_growth_after_an_amount_is_the_named_things():
    got = _read(XINJIANG, 2004)
    assert ("全社會固定資產投資", "growth", 20, "%", 2004) in got
    assert ("社會消費品零售總額", "growth", 10, "%", 2004) in got
    assert ("外貿進出口總額", "growth", 14, "%", 2004) in got
    assert ("國內生產總值", "growth", 9, "%", 2004) in got
    assert not any(any(ch.isdigit() or ch in "億亿" for ch in t[0]) for t in got)  # no amount glued to a name
    quotes = {t.quote for t in extract_text(XINJIANG, plan_year=2004).targets if t.kind == "growth"}
    assert "全社會固定資產投資一千二百億元,增長百分之二十" in quotes


def test_the_rules_stay_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2004),
                  lambda n: "全社会固定资产投资一千二百亿元,增长百分之二十;第二产业增长百分之十点七;" * 100 * n, n=4)
