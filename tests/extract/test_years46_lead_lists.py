"""Years of years46 (session 46): a lead-in line that names the year's list of 实事 by its count or its giver, and no
year, dates the list's undated items with the plan's year, as a title of that kind naming no year does (README
"One-year plans": 民生实事 of a year; audit2: "a lead-in … kept in the passage" dates an undated item with
`plan_year`).

The family, dev pages of different places whose lead names the list with no year:
- ha-jinshui-sjss2014 (河南 郑州金水, 2014, https://zynews.cn/2014-02/13/content_9160324.htm):
  `该区已敲定马年为民办十件实事` (马年: the page's year by the zodiac, no printed year), then the items.
- gd-renhua-msss2025 (广东 仁化, 2025, http://www.sgrh.gov.cn/xwzx/bdxw/content/post_2720750.html):
  `这八件民生实事项目是:` heading its items.
- sd-shibei-ssss2004 (山东 青岛市北, 2004): `這十件實事是:` (dated already by the line before it, `確定了2004年…十件實事`).
Negative (dev): a lead that joins a programme (`納入政府民生工程`, 郑州 学前教育, a page of 2019 whose headline states a
later goal: ha-zhengzhou-xqjy2020) names no list of the year: its counts keep no year (years45).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.plan_year import document_year
from tests.extract.passages import passage, quoted
from tests.timing import assert_linear_far

JINSHUI_TITLE = "郑州金水区马年十大实事:改造122个老旧小区"
JINSHUI = (
    "中原网讯(记者 党贺喜)记者从昨日开幕的金水区十二届人大三次会议上获悉:该区已敲定马年为民办十件实事,民生幸福指数,"
    "有望再次攀升。\n这10件进一步提高金水人生活“含金量”的好事儿喜事儿已经列入区政府工作报告中,分别是:\n"
    "1.建设环卫工人之家3000平方米以上,设立环卫工人休息点14处;大幅提高环卫工人工资,并为符合条件的环卫工人办理社会保险。"
)
RENHUA = (
    "这八件民生实事项目是:\n完成城镇老旧小区改造项目(三期);\n完成城市管网基础设施提升改造项目;\n启动塘村引水渠更新改造项目;\n"
    "完成丹霞街道雨污分流基础配套设施项目建设;\n省道S246线康溪至大岭段改线工程建成通车;\n实施51.5公里“四好农村路”提档升级;"
)
SHIBEI = "這十件實事是:"
CAMPAIGN = "宁夏党史学习教育“我为群众办实事”实践活动新闻发布会现场。"
ZHENGZHOU_TITLE = "鄭州2020年消除公辦中心園“空白鄉(xiāng)鎮(zhèn)”"
ZHENGZHOU = (
    "為加快公辦園建設,鄭州市將逐年提升公辦園學位所占比例,并將年度建設任務納入政府民生工程,"
    "加大對公辦園建設的獎補力度:"
)


def test_the_sentences_are_verbatim():
    assert quoted("ha-jinshui-sjss2014", JINSHUI)
    assert quoted("gd-renhua-msss2025", RENHUA)
    assert quoted("sd-shibei-ssss2004", SHIBEI)
    assert quoted("ha-zhengzhou-xqjy2020", ZHENGZHOU)


def _year(text: str, plan_year: int, title: str | None = None) -> int | None:
    return document_year(title, split_lines(text), {}, plan_year, False, title is not None)


def test_a_lead_naming_the_years_list_gives_the_plan_year():
    assert _year(JINSHUI, 2014, JINSHUI_TITLE) == 2014
    assert _year(JINSHUI, 2014) == 2014
    assert _year(RENHUA, 2025) == 2025
    assert _year(SHIBEI + "整治美化敦化路行政商務集聚區", 2004) == 2004


def test_the_lists_items_take_the_plan_year():
    whole = passage("ha-jinshui-sjss2014", 0)  # the lead, then items 1 to 5
    assert whole.startswith(JINSHUI)
    found = {t.value: t.year for t in extract_text(whole, plan_year=2014, title=JINSHUI_TITLE).targets}
    assert found.get(3000) == 2014 and found.get(14) == 2014 and found.get(122) == 2014
    found = {t.value: t.year for t in extract_text(RENHUA, plan_year=2025).targets}
    assert found.get(51.5) == 2025


def test_no_plan_year_dates_nothing():
    assert _year(RENHUA, None) is None  # type: ignore[arg-type]


def test_a_lead_that_names_another_year_is_not_read_here():
    # the same lead dated by a year of its own: the readings of a named year decide (a past year names no plan)
    assert _year("该区去年为民办十件实事", 2014) is None
    assert _year("确定了2004年市北区要办的十件实事。\n" + SHIBEI, 2004) == 2004


def test_a_campaign_is_no_list_of_the_year():
    # 我为群众办实事 names a campaign, no list (the campaign's news, nx-ningxia-xqjy, dev, read with a plan year)
    assert quoted("nx-ningxia-xqjy", CAMPAIGN)
    assert _year(CAMPAIGN, 2021) is None


def test_a_programme_joined_is_no_list_of_the_year():
    assert _year(ZHENGZHOU, 2019, ZHENGZHOU_TITLE) is None
    assert _year(ZHENGZHOU, 2019) is None


def test_a_long_lead_is_read_in_linear_time():
    # the lead is read on the body's first lines only: a text without line breaks is one line, read once
    assert_linear_far(lambda text: _year(text, 2014), lambda n: "该区已敲定为民办十件实事," * n, 200)
