"""yr57: a news print of a year's 政府工作报告 whose lead names the session of the people's congress that opens (the
session that hears the year's report) and no year of its own: its undated task lines take the plan year, as a title
政府工作报告 gives them (dev sources cited per test)."""

from kechuang.extract.pipeline import extract_text

# 昆明 2025 政府工作报告, a news print: https://kunming.cn/news/c/2025-01-12/13907653.shtml (dev)
KUNMING = ("1月12日上午,昆明市第十五届人民代表大会第五次会议在昆明会堂开幕。\n"
           "一、千方百计扩大内需,推动经济平稳健康发展\n"
           "加快重大项目建设。聚焦“两重”“三大工程”等重点领域,继续滚动实施“五个一批”项目,力争纳入省级重点项目150个以上,"
           "实施市级重点项目350个。")
# 宁夏 2023 政府工作报告 (科技), a news print: http://www.niita.cn/news/view?id=20863&class=60 (dev)
NINGXIA = ("1月13日,宁夏回族自治区第十三届人民代表大会第一次会议在银川开幕。记者从大会获悉,宁夏将坚持创新驱动,"
           "着力推动教育科技高质量发展实现新突破。\n"
           "宁夏将加强科技基础能力建设,积极推进装备制造、新材料领域建设自治区实验室,新培育各类科技创新平台30家。")
# 贵州 2021 民生实事, its lead and first item: https://www.gzbs.cn/yuanchuang/202102074059.html (dev); 历城 2022
# (http://www.jnhouse.com/housenews/detail.php?id=124347) and 墨江 2025 (https://puerw.cn/content/202502/21/c420855.html)
# open with the same lead (dev; their leads also name the year).
GUIZHOU = ("1月25日,贵州省第十三届人民代表大会第四次会议在贵阳隆重开幕。\n"
           "“十件民生实事”具体为:新建改扩建公办幼儿园100所;改造提升50个标准化养老院。")


def _years(text: str, plan_year: int | None, title: str | None = None) -> list:
    plan = extract_text(text, plan_year=plan_year, title=title)
    return [(t.value, t.year) for t in plan.targets]


def test_a_congress_opening_lead_dates_a_reports_task_lines_with_the_plan_year():
    assert _years(KUNMING, 2025) == [(150, 2025), (350, 2025)]
    assert _years(NINGXIA, 2023) == [(30, 2023)]
    assert _years(GUIZHOU, 2021) == [(100, 2021), (50, 2021)]


def test_without_the_lead_or_a_plan_year_the_task_lines_stay_undated():
    assert _years(KUNMING.split("\n", 1)[1], 2025) == [(150, None), (350, None)]
    assert _years(KUNMING, None) == [(150, None), (350, None)]


def test_a_standing_committee_or_a_five_year_outline_dates_nothing():
    # a standing committee's session hears no year's report; a first session that examines a five-year 纲要
    # speaks of the period (the lead-in rule's several_years)
    # each change alone (review 41: the two together never tested the committee guard by itself)
    committee = KUNMING.replace("人民代表大会第五次会议", "人民代表大会常务委员会第五次会议")
    assert _years(committee, 2025) == [(150, None), (350, None)]
    held = KUNMING.replace("在昆明会堂开幕", "在昆明会堂召开")
    assert _years(held, 2025) == [(150, None), (350, None)]
    outline = KUNMING.replace("在昆明会堂开幕。", "在昆明会堂开幕,审议“十四五”规划纲要。")
    assert _years(outline, 2021) == [(150, None), (350, None)]


def test_a_later_lead_line_of_a_period_undoes_the_congress_lead():
    # the goals of the five years to come (三门峡 2022, https://www.ismx.cn/content-10-82041-1.html, dev) keep no
    # year of the plan under a congress lead: the period, not the year's report, governs them
    sanmenxia = ("未来五年主要目标任务\n●在质量指标上,人均地区生产总值要达到10.9万元,全员劳动生产率年均增长1万元、"
                 "从目前的14.4万元增加到20万元左右、达到全国平均水平")
    lead = KUNMING.split("\n", 1)[0] + "\n"
    assert _years(lead + sanmenxia, 2022) == _years(sanmenxia, 2022) == [(10.9, None), (1, None)]
