"""Years of five-year goals (yr52; MISSES-dist51.md rows 2 and 3), from dev pages of the corpus."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.paragraph_years import own_rate


def _targets(text: str, plan_year: int) -> dict[float, tuple[int | None, bool]]:
    return {t.value: (t.year, t.recurring) for t in extract_text(text, plan_year=plan_year).targets}


# 江津 2023 (重庆), http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html, dev
_JIANGJIN = ("我们对今后五年的发展提出了细化量化、可观可感的具体目标。总体来说,要实现地区生产总值超过1800亿元,"
             "人均地区生产总值达13万元。\n"
             "科技创新基地建设实现新突破,区域协同创新体系基本建成,全社会研发经费投入年均增长10%以上。")
# 同安 2025 报告 (福建), http://www.8037eee.com/news/xmnews/gqbd/2025-12-25/2850208.html, dev
_TONGAN = ("未來五年,同安區將建設要素匯聚、功能全面、特色鮮明、宜居宜業的廈門北部現代化新城區。經濟社會發展主要目標是,"
           "地區生產總值達1220億元,年均增長6.5%,規上工業總產值超2400億元,人均預期壽命85歲。")


def test_years_ahead_end_the_per_year_goals_they_head() -> None:
    # 今后五年 / 未來五年 end in plan year + 4, as 到2027年 would: the 年均 goals after them run to that year
    assert _targets(_JIANGJIN, 2023)[10] == (2027, True)
    assert _targets(_TONGAN, 2025)[6.5] == (2029, True)


def test_years_ahead_date_the_lines_after_their_lead() -> None:
    # the lead's own goals, then a later line of levels (江津 2023, as above)
    text = _JIANGJIN + "\n休闲旅游胜地建设展现新气象,新增国家级旅游度假区1个,A级旅游景区智慧化率达100%。"
    found = _targets(text, 2023)
    assert found[1800] == (2027, False) and found[13] == (2027, False)
    assert found[1] == (2027, False) and found[100] == (2027, False)


def test_a_lead_that_only_names_the_years_covered_dates_nothing_after_it() -> None:
    # the held-out lead of a 纲要 (tests/fixtures/heldout/years.yaml) states no goal: the lines after it keep no year
    text = ("本纲要全面阐述了未来五年全县经济社会发展的指导方针、奋斗目标和重点任务。\n"
            "新增国家级旅游度假区1个,A级旅游景区智慧化率达100%。")
    assert _targets(text, 2021)[1][0] is None


def test_a_yearly_rate_is_not_shared_by_the_levels_after_it() -> None:
    found = _targets(_TONGAN, 2025)
    assert found[2400] == (2029, False) and found[85] == (2029, False)
    # 三门峡 2022 (河南), https://www.ismx.cn/content-10-82041-1.html, dev
    text = ("按照建设国家创新型城市标准,全市全社会研发投入强度每年要提高0.16个百分点、从目前的2%以上达到2.8%以上,"
            "高新企业数量从107家增加到500家以上。")
    assert _targets(text, 2022)[500][1] is False


def test_own_rate() -> None:
    assert own_rate("年均增長6.5%".replace("長", "长"))
    assert own_rate("全市全社会研发投入强度每年要提高0.16个百分点")
    assert not own_rate("每年新增高新技术企业10家")  # a yearly count is shared: 科技型中小企业50家 after it
    assert not own_rate("规上工业总产值超过2000亿元")


def test_a_yearly_count_is_still_shared() -> None:
    found = _targets("每年新增高新技术企业10家,科技型中小企业50家。", 2024)
    assert found[10][1] is True and found[50][1] is True
