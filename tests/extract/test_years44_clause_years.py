"""Years of years44 (session 44): a year or a duration stated inside a clause is that clause's own deadline (the lead's
decision settling audit43's question). It does not date the later clauses, sentences or paragraphs of a goals text,
which keep their own year (今后五年, 展望2025年, the plan's) until a sentence opens with another year phrase; a per-period
commitment after it (年均增速10%以上) runs to the end of the goals' period (spec, years).

The family, two dev pages of different places:
- cq-jiangjin-jwnmb2023 (重庆 江津 2023, http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html):
  今后五年 (2027), then `…重大突破,力争2024年江津班列到发量占全市50%,进出口总额年均增速10%以上,…`: 2024 is the 江津班列's
  alone; the growth and the paragraphs after keep 2027.
- nx-ningxia-zfgzbgxw2025 (宁夏 2025, https://yxiu.cn/finance/ch/386160.html): `…。目标是在3年内完成城市老旧管网改造
  任务。同时,支持五个城市建设海绵城市` — the 3年内 is the 管网's, the 海绵城市 count keeps the plan's 2025.
Negatives (dev, the year opens the goals its sentence lists and dates each): 咸宁 2024 新质生产力
(https://furntiruelob.com/xxgk/zc/zfwj/xzbf/202411/t20241115_3807218.shtml), 国家卫健委 2023 妇幼健康
(http://www.tyjgjz.com/cn/Instant/expo/202306/t20230602_7426582.html), 宁夏 学前教育 (https://cn.apdnews.com/tag/e146175).
"""

from __future__ import annotations

from kechuang.extract import extract_text

JIANGJIN = (
    "李应兰:在充分衔接江津区第十五次党代会提出的“五地一城”奋斗目标基础上,我们对今后五年的发展提出了细化量化、可观可感的具体目标。"
    "总体来说,要实现地区生产总值超过1800亿元,人均地区生产总值达13万元,“五地一城”建设取得突破性进展、形成标志性成果、实现整体性跃升。\n"
    "内陆开放前沿和陆港型综合物流基地建设跃上新台阶,西部陆海新通道重庆主枢纽建设实现重大突破,力争2024年江津班列到发量占全市50%,"
    "进出口总额年均增速10%以上,江津综保区竞争力达到全市一流、全国前列。\n"
    "先进制造业基地建设取得新成效,现代产业体系加快构建,规上工业总产值超过2000亿元,力争战略性新兴产业占GDP比重达35%,"
    "建成千亿级消费品工业集聚区。\n"
    "宜居城市建设开创新局面,率先实现与重庆中心城区一体化融合发展,城镇化率达70%,新建公园20个以上,基本实现“15分钟可达城市公园”目标,"
    "成功创建国家森林城市、全国文明城区,现代化高品质宜居城市格局基本形成。"
)
NINGXIA = (
    "展望2025年,宁夏计划加快形成山川共济、城乡融合、区域联动的发展格局。\n"
    "此外,宁夏还将实施城市安全韧性提升行动,计划更新改造“四类管线”2000公里,并加快提升城市生活污水集中收集率和排水管网雨污分流率。"
    "目标是在3年内完成城市老旧管网改造任务。同时,支持五个城市建设海绵城市,完善数字化、网络化、智能化新型城市基础设施,"
)
XIANNING = (
    "为深入贯彻落实习近平总书记关于发展新质生产力的重要论述,完整、准确、全面贯彻新发展理念,抢抓新一轮科技革命和产业变革,"
    "以及“两重”“两新”重大机遇,因地制宜培育和发展新质生产力,力争到2026年全市战略性新兴产业增加值占地区生产总值比重达10%,"
    "制造业增加值占地区生产总值比重达28%以上,单位地区生产总值能耗下降10%,全力打造我省发展新质生产力先行区,制定本行动方案。"
)
WEIJIANWEI = (
    "宋莉表示,將通過這一系列的行動計劃落地見效,來進一步推進婦幼健康服務能力和水平,不斷滿足人民群眾的新期待,"
    "使婦女兒童重點疾病防治取得新進展,婦女兒童健康水平得到新提升,力爭到2030年我國孕產婦死亡率下降到12/10萬以下,"
    "5歲以下兒童死亡率下降到6‰以下,使婦幼健康事業進一步得到高質量發展。"
)
XUEQIAN = (
    "针对中小学幼儿园基础设施条件存在的短板弱项,宁夏教育部门组织实施第四期学前教育三年行动计划,新增幼儿学位3.6万个,"
    "力争到2025年学前教育毛入园率达到95%,普惠性幼儿园覆盖率超过90%,更好地实现幼有所育。"
)


def _years(text: str, plan_year: int | None) -> dict[float, int | None]:
    return {t.value: t.year for t in extract_text(text, plan_year=plan_year).targets}


def test_a_year_inside_a_clause_dates_that_clause_only():
    years = _years(JIANGJIN, 2023)
    assert years[50] == 2024  # 力争2024年江津班列到发量占全市50%: its own clause
    assert years[10] == 2027  # 进出口总额年均增速10%以上: the per-year growth runs to the end of 今后五年


def test_the_paragraphs_after_keep_the_goals_year():
    years = _years(JIANGJIN, 2023)
    assert (years[2000], years[35], years[70], years[20]) == (2027, 2027, 2027, 2027)


def test_a_duration_inside_a_sentence_does_not_date_the_next_one():
    years = _years(NINGXIA, 2025)
    assert years[5] == 2025  # 同时,支持五个城市建设海绵城市: not 2027 (目标是在3年内…)
    assert years[2000] == 2025


def test_a_year_that_leads_the_listed_goals_dates_each():
    assert _years(XIANNING, 2024) == {10: 2026, 28: 2026, -10: 2026}
    assert _years(WEIJIANWEI, 2023) == {12: 2030, 6: 2030}
    years = _years(XUEQIAN, None)
    assert (years[95], years[90]) == (2025, 2025)


# jx-jiangxi-gy135news (江西 “十三五” news, http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm, dev): no goals
# period above, so the per-year growth after 到2020年 keeps that year; sn-shaanxi-zfgzbg2016 (陕西 2016,
# http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html, dev): a year after the plan's
# stated in a clause still ends the per-year goals of the next sentence (the period's end).
JIANGXI = ("“十三五”期間,江西省地區生產總值(GDP)設定為年均增長8.5%左右,到2020年將達到2.6萬億元,"
           "設定城鄉居民收入分別年均增長9%左右和9.5%左右,到2020年城鎮居民收入將突破4萬元、農民收入將接近1.8萬元。")
SHAANXI = ("根据“十三五”规划,陕西将围绕健康陕西行动计划,加强公共卫生服务,加快公立医院综合改革,健全中医药服务体系,"
           "完善分级诊疗制度,2017年县域就诊率达到90%,2020年人均预期寿命达76.7岁。基本建成覆盖城乡、便捷高效、保基本、"
           "促公平的现代公共文化服务体系,文化产业年均增长15%以上,群众精神生活更加丰富,陕西文化软实力全面提升。")


def test_a_growth_after_a_clause_year_keeps_it_when_no_period_stands_above():
    years = _years(JIANGXI, None)
    assert (years[9], years[9.5]) == (2020, 2020)


def test_a_later_year_stated_in_a_clause_still_ends_the_next_sentences_growth():
    plan = extract_text(SHAANXI, plan_year=2016, title="陕西计划2020年人均预期寿命达76.7岁")
    assert {t.value: t.year for t in plan.targets}[15] == 2020
