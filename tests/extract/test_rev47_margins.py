"""rev47 (session 31): a figure reported with its margin over the higher levels' averages is history
(targets/peer_margins.py). The sentences are quoted from the dev pages named; the confirming stored pages of other
places are named in the module's docstring (news.xna8.com/mz/201507/35261.html, a city's 2015 half year:
`比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点`; sx.sina.com.cn/news/b/2017-08-11/detail-ifyixtym0324407.shtml,
陕西's counties in 2017: `同比增长8.6%,…高于全省平均增速0.4个百分点`). Each shape has its counter-test: the goal that
names the same margin with a goal's mark keeps its targets."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# jinrixinan.com/sichuan/64915.html (广安经开区 2024 "新春第一会": the zone's review of the year)
GUANGAN = ("经济增长拼出新成效。地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。规上工业增加值增速17.7%,比全省、全市"
           "分别高11.6、10个百分点。地方一般公共预算收入增长12.5%,比全市高1.6个百分点。")
# zcjczz.com/special/xxgcwzqh/hhsew/2013/1122/4176.shtml (宁德 "十二五" 中期评估 news, traditional with readings)
NINGDE = ("2011~2012年我市經濟平均年增速達13.9%,2013年上半年增長12.6%,,分別高于全省平均水平2.1個和1.3個百分點,。與此同時,"
          "2011年我市經濟總量和公共財(cái)政總收入位置前移至第八位。")


def _values(text: str, year: int) -> list[float]:
    return [r[2] for r in _rows(text, year)]


def test_a_margin_over_the_higher_levels_makes_the_figure_history():
    assert _values(GUANGAN, 2024) == []
    values = _values(NINGDE, 2013)
    assert 12.6 not in values and 1.3 not in values and 2.1 not in values


def test_a_goal_with_a_margin_keeps_its_targets():
    # a floor (以上), a commitment before the margin, a deadline to come: goals of the same shape
    assert 8 in _values("地区生产总值增长8%,比全省、全市分别高2、1个百分点以上。", 2024)
    assert 8 in _values("力争地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。", 2024)
    assert 8 in _values("到2025年,地区生产总值增长8%,比全省高1.5个百分点。", 2024)
    # a single average without 比全X…高 (高于全省平均水平1个百分点) is left alone
    assert 7.5 in _values("全县生产总值增长7.5%,高于全省平均水平1个百分点。", 2024)


def test_a_level_to_reach_before_the_margin_keeps_it_a_goal():
    # 科技部 2017 农业科技园区 news (dev, cn-kejibu-nykjyq2017): the parks' goal, its gold kept
    text = "據(jù)介紹,科技園區(qū)科技進步貢獻率達到75%以上,比全國高15個百分點;農(nóng)民人均收入比當?shù)仄骄礁?0%。"
    assert 75 in _values(text, 2017)
