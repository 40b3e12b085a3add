"""A period reviewed opening a sentence opens history for the sentences after it until a goal's cue (hist59,
MISSES-fresh58.md row 1; past_leads.period_reviewed). Sentences of dev pages."""

from kechuang.extract.pipeline import extract_text


def _quotes(text: str, year: int) -> list[str]:
    return [t.quote for t in extract_text(text, plan_year=year).targets]


def test_a_period_before_the_plans_own_is_reviewed():
    # 台江 2011 党代会 news, http://www.zhxpm.cn/news/tj/201110/70700.shtml (dev)
    text = ("会议全面总结了台江县过去五年的工作,展望十二五期间该县经济社会发展蓝图。十一五期间,台江县按照“主动融入凯里城市"
            "经济圈、努力实现台江跨越式发展”的思路,开拓创新,国民经济和社会发展取得了显著成效。十一五期间,全县生产总值达9.7亿元,"
            "财政总收入完成1.004亿元,首次突破亿元大关。全社会固定资产投资完成7.22亿元,荣获世界著名文化旅游县等诸多荣誉。")
    assert _quotes(text, 2011) == []


def test_past_five_years_opening_a_paragraph_is_reviewed():
    # 莆田 2021 党代会 news, http://pt.fjsen.com/xw/2021-10/16/content_30864674.htm (dev)
    text = ("过去五年,莆田市综合经济实力显著提升。全市经济总量持续壮大,地区生产总值、一般公共预算总收入分别年均增长7.1%、"
            "4.5%,固定资产投资五年累计超万亿元,工业总量跃居全省第五。")
    assert _quotes(text, 2021) == []


def test_a_goal_cue_ends_the_review():
    # the 莆田 review followed by its goals (the page's next paragraph, joined): the goals are read
    text = ("过去五年,莆田市综合经济实力显著提升。全市经济总量持续壮大,固定资产投资五年累计超万亿元。"
            "未来五年,全市地区生产总值突破4000亿元。")
    assert any("4000" in q for q in _quotes(text, 2021))


def test_the_plans_own_period_is_no_review():
    # 十二五期间 in a 2011 text is the plan's own period (台江's second paragraph, dev): its goals are read
    text = "十二五期间,全县生产总值翻一番以上,实现26亿元以上。"
    assert _quotes(text, 2011) != []
