"""Round-67 target rules (targ67): words that date a goal by the plan's own year without printing it (year_parts.py).
Each from real sentences of dev pages (address above each); the expected years are read by hand, per
spec/plan-format.md ("Which year governs": 年内/本年度 → the plan's year) and tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _years(text: str, plan_year: int | None, title: str | None = None):
    return [(t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year, title=title).targets]


# 下半年 and 今秋 name a part of the plan's year, as 年内 does. 涟水 2023 重大项目 news
# (https://www.lsxw.net.cn/content.html?key=650ce7280f9e8cbb1b8b4568&father_key=5850e67346ac13f20c8b456d, dev);
# 厦门 2023 学前教育 news (http://m.433985.com/xinwen/guoji/2023/0830/249551.html, dev).
LIANSHUI = ("组建由县领导分别牵头的“新三样”产业项目攻坚专班,深耕长三角等重点区域,紧盯上市公司、行业龙头企业延链补链强链,"
            "确保下半年新签约亿元以上项目50个,其中50亿元以上项目3个,不断形成新的经济增长点。")
XIAMEN = "中國教育報-中國教育新聞網訊(記者 熊杰)今秋開學,廈門全市將新增28所公辦幼兒園,新增學位11600多個。"


def test_the_half_year_or_season_to_come_is_the_plans_year():
    assert _years(LIANSHUI, 2023) == [(50, "个", 2023), (3, "个", 2023)]
    assert _years(XIAMEN, 2023) == [(28, "所", 2023), (11600, "個", 2023)]
    # with no plan year known, the words date nothing
    assert _years(LIANSHUI, None) == [(50, "个", None), (3, "个", None)]


# 明年 on the page of the coming year's plan is that plan's year (README, 明年; AUDIT.md, fj-fujian-zlrw2019): 福建 2019
# 植树造林任务 notice (http://nfcpgx.org/html/XinWenZiXun/SanNongXinWen/20181222/641509.html, dev); 仓山 2022 实事 news
# (dev, already dated by its plan year before this round: kept below).
FUJIAN = "日前,福建省政府办公厅明确明年全省植树造林和森林经营任务为590万亩。其中,植树造林90万亩、森林抚育300万亩、封山育林200万亩。"
CANGSHAN = "记者从会上获悉,明年仓山区将加大民生投入,通过实施为民办实事项目25项,新办7所公办幼儿园,推进省立医院金山新院(二期)等医疗项目建设等举措。"


def test_next_year_on_a_plan_for_the_coming_year_is_the_plans_year():
    assert _years(FUJIAN, 2019) == [(590, "万亩", 2019), (90, "万亩", 2019), (300, "万亩", 2019), (200, "万亩", 2019)]
    assert (7, "所", 2022) in _years(CANGSHAN, 2022)


# Sentences that keep their year: a year stated before 下半年 governs (2024年下半年 in a plan of 2023 is 2024, not the
# plan's), 文明年 is no 明年, and 明年起 is a start. Adapted from 涟水's sentence above and the README's 起 convention.
def test_a_stated_year_before_the_half_year_keeps_its_year():
    assert _years("确保2024年下半年新签约亿元以上项目50个。", 2023) == [(50, "个", 2024)]
    assert _years("力争到2025年下半年新签约亿元以上项目50个。", 2023) == [(50, "个", 2025)]
    assert _years("开展文明年活动,新建志愿服务站30个。", None) == [(30, "个", None)]
    # 明年起 starts a measure and dates no per-year count (README: a year with 起/开始 starts a measure)
    assert _years("从明年起,每年新增科技型企业10家。", 2023) == [(10, "家", None)]
