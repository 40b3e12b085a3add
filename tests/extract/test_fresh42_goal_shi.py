"""fresh42 (session 42): a growth goal worded as its expected goal, the value after 是 as after 为.

change_names.py reads `X增长的预期目标为N%` as a growth of X (grow62: 上海 2009 `…生產總值增長的預期目標為9%`,
http://nakedoat.com/jrzg/2009-01/13/content_1203936.htm; 延吉 2025 `GDP增长计划为6%`, both dev); its pattern names 是 as
well as 为, but the check that the name runs up to the value compared the name with its 是 against the page without it, so
the same goal printed with 是 stayed a level named by the whole clause. Sentences from dev pages, addresses above each test.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.value_max, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year).targets]


# 全国 2019 政府工作报告 news (https://m.news.shi-fen.com/china/201903/50-221876.html, dev): the range is the growth's.
def test_a_growth_goal_after_shi_is_a_growth():
    rows = _rows("5日提请十三届全国人大二次会议审议的政府工作报告,披露了今年经济社会发展的主要预期目标。"
                 "其中,国内生产总值增长的预期目标是6%至6.5%。", 2019)
    assert rows == [("国内生产总值", "growth", 6, 6.5, "%", 2019)]


# the same wording with 为 reads the same (广州 2017 政府工作报告, http://xindetihuiya.com/wenshu/gzbg/729306.html, dev)
def test_a_growth_goal_after_wei_still_reads():
    rows = _rows("广州市长温国辉作政府工作报告称,2017年广州市地区生产总值增长的预期目标为8%左右。", 2017)
    assert rows == [("广州市地区生产总值", "growth", 8, None, "%", 2017)]


# a past year's goal told in a later news stays unread (全国 2022 GDP 目标 news, http://www.hzqekj.com/article/10737.html,
# dev: the 2019 goal and its outcome)
def test_a_past_goal_after_shi_stays_unread():
    assert not _rows("过去两年中国经济平均增长5.1%。在疫情前的2019年,中国经济增长预期目标是6%至6.5%,当年实际增长6.1%。",
                     2022)


# an amount after the words is no growth rate, with 是 as with 为 (the grow62 negative, reworded)
def test_an_amount_after_shi_is_no_growth():
    assert all(r[1] != "growth" for r in _rows("今年全市生产总值增长的预期目标是600亿元。", 2025))
