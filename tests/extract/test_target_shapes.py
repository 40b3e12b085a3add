"""Target shapes of real plans the seeds never use. Every sentence is quoted from a public page (address in the
comment above it); the expected values are read from the sentence by hand, per spec/plan-format.md."""

from __future__ import annotations

from functools import partial

import pytest

from kechuang.extract import extract_text
from tests.extract.test_bad_input import BASE_SECONDS, SECONDS_PER_CHAR
from tests.timing import assert_under

# ws.cq.gov.cn/cqws_zwxxgkml/zcwjjjdkcs/zczxwdkcs/zcwdbm/wskjj/202306/t20230616_12072892.html (重庆, 2023)
CQ = ("到2025年,全区高新技术企业突破75家、科技型企业超过690家。到2027年,全区高新技术企业和科技型企业在2022年的基础上"
      "实现“双倍增”,分别超过90家和870家;全区专精特新“小巨人”企业突破8家,规模以上工业战略性新兴产业增加值占规模以上"
      "工业增加值的比重超38%,高技术制造业增加值占规模以上工业增加值的比重超25%。")
# news.gqsoso.com/bia/202107/1685713.html (磐安县科技发展“十四五”规划, 浙江)
PANAN = ("到 2025 年,全社会R&D 经费支出占GDP的比重达到2.8%,高新技术产业增加值占规上工业增加值比重达到60%,"
         "国家高新技术企业达到80家、省科技型中小企业达到260家、省级以上研发机构达到40家,数字经济核心产业增加值占"
         "GDP比重达到5%,每万人高价值发明专利拥有量达到5件。")
# www.dongtou.gov.cn/art/2023/9/27/art_1229691270_2027406.html (洞头区…实施方案(2023-2027年), 浙江)
DONGTOU_RANK = ("到2027年,力争全社会研究与试验发展(R&D)经费支出占地区生产总值比重3.4%以上,达到全市前列。实现区域科技"
                "创新指数达到160以上,科技进步综合评价位次实现“进等升位”,跃居全省前40位。")
DONGTOU_GOALS = ("洞头区大力提升科技创新能力实施方案\n一、总体要求\n(一)主要目标\n到2027年,力争全社会研究与试验发展(R&D)"
                 "经费支出占地区生产总值比重3.4%以上。\n——高能级平台体系加快完善。不断加快技术创新体系建设,争取建成省级"
                 "重点企业研究院1家,市级重点实验室1家,新型研发机构1家,每万名就业人员中研发人员达到209人年以上。\n"
                 "——重大科研成果加快涌现。到2027年,省“尖兵”“领雁”立项7项以上,市“揭榜挂帅”立项10项以上,获得省科技"
                 "进步奖2项以上。\n二、重点任务\n(一)新增科技型中小企业20家。")
# www.olinedb.com/2017/0331/235018.html (科技部 全国农业科技工作会议, 2017)
NONGKE = ("在总体布局上,到2020年,拟建设30个国家级农业高新技术示范区,300个国家农业科技园区,3000个省级科技园区。"
          "科技园区覆盖面积达到全国耕地总面积的0.5%,覆盖农业人口达到全国农业人口的5%,带动农户900万户,总人数2000万-3000万人。")
NONGKE_EACH = "按规划,每个国家级农业高新技术示范区覆盖10万亩,带动10万户;每个国家农业科技园区覆盖1万亩,带动1万户。"
# smesc.cn/news/show.php?itemid=264905 (养老、健康服务体系建设)
YANGLAO = ("到2020年,全面建成以居家为基础、社区为依托、机构为支撑的养老服务体系,每千名老年人拥有养老床位数达到35-40张。"
           "\n到2020年,医疗卫生机构每千人口病床数(含住院护理)达到6张,非公立医疗机构床位数占比达到25%。")
# wokee.net/5367.html and storm.mg/article/84349 (“十三五”规划纲要草案, 2016)
SHISANWU = ("今后5年,单位国内生产总值用水量、能源消耗、二氧化碳排放量分别下降23%、15%、18%,森林覆盖率达到23.04%。"
            "全员劳动生产率从人均8.7万元提高到12万元以上。“十三五”时期经济年均增长保持在6.5%以上。")
# rsc.qhnu.edu.cn/info/1058/1097.htm (青海省高端创新人才千人计划实施方案, 青办字【2016】32号)
QINGHAI = ("通过对外引进和自身培养,重点在科技创新、产业发展、企业管理等领域,汇聚1000名左右高端创新人才,带动各类人才"
           "队伍建设取得明显成效。")
# news.cnnb.com.cn/system/2012/04/26/007301854.shtml (鄞州区青年英才培养工程, 浙江 2012)
YINZHOU = ("从今年起到2016年将择优培养250名优秀青年,以造就一批学术技术带头人或业务骨干。入选者将最高给予每人13万元培养"
           "经费资助。")
# m.galtzs.cn/new/403_425/2010_1_13_li9272440531311010224992.shtml (临沧市 “五难”惠民工程, a report of results)
LINCANG = "五、建成一批特色产业示范基地。扶持建立了科技示范户2912户,建成甘蔗、茶叶等产业示范基地19680亩。"


def _targets(text: str, plan_year: int | None = None):
    return extract_text(text, plan_year=plan_year).targets


def _rows(text: str, plan_year: int | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in _targets(text, plan_year)]


def test_list_with_a_verb_for_each_item_and_respectively_after_a_clause():
    rows = _rows(CQ, 2023)
    assert ("全区高新技术企业", "level", 75, "家", 2025) in rows
    assert ("科技型企业", "level", 690, "家", 2025) in rows
    assert ("全区高新技术企业", "level", 90, "家", 2027) in rows  # 分别 pairs the subjects of the clause before
    assert ("科技型企业", "level", 870, "家", 2027) in rows
    assert ("全区专精特新“小巨人”企业", "level", 8, "家", 2027) in rows
    assert len(rows) == 7 and all(r[1] == "level" for r in rows)


def test_goals_sentence_of_a_county_plan():
    rows = _rows(PANAN, 2021)
    assert [r[2:] for r in rows] == [(2.8, "%", 2025), (60, "%", 2025), (80, "家", 2025), (260, "家", 2025),
                                     (40, "家", 2025), (5, "%", 2025), (5, "件", 2025)]
    assert rows[3][0] == "省科技型中小企业"


def test_rank_target_takes_the_subject_of_the_clause_before():
    rows = _rows(DONGTOU_RANK, 2023)
    assert ("科技进步综合评价位次", "rank", 40, "位", 2027) in rows
    assert rows[0][1:] == ("level", 3.4, "%", 2027)


# The two shapes named by issue 10 (from the first release's notes): 进入全省前10名, 提高N个百分点.
@pytest.mark.parametrize("sentence,kind,value,unit", [
    ("到2025年,全县科技创新综合实力进入全省前10名。", "rank", 10, "名"),
    ("到2025年,全社会研发经费投入强度提高2个百分点。", "increase", 2, "个百分点"),
    ("到2025年,全社会研发经费投入强度比2020年提高0.5个百分点。", "increase", 0.5, "个百分点"),
])
def test_rank_and_percentage_point_kinds(sentence, kind, value, unit):
    (t,) = _targets(sentence, 2023)
    assert (t.kind, t.value, t.unit, t.year) == (kind, value, unit, 2025)
    assert t.indicator in ("全县科技创新综合实力", "全社会研发经费投入强度")


def test_goals_section_passes_its_year_across_paragraphs():
    got = _targets(DONGTOU_GOALS, 2023)
    years = {t.indicator: t.year for t in got}
    assert years["省级重点企业研究院"] == 2027  # stated at the section's start, two paragraphs earlier
    assert years["每万名就业人员中研发人员"] == 2027
    assert years["市“揭榜挂帅”立项"] == 2027
    assert years["科技型中小企业"] is None  # a new section: the goals' year no longer governs


def test_count_list_across_clauses_shares_the_verb():
    rows = _rows(NONGKE, 2017)
    assert rows[:3] == [("国家级农业高新技术示范区", "level", 30, "个", 2020), ("国家农业科技园区", "level", 300, "个", 2020),
                        ("省级科技园区", "level", 3000, "个", 2020)]
    assert ("农户", "level", 900, "万户", 2020) in rows
    (total,) = [t for t in _targets(NONGKE, 2017) if t.indicator == "总人数"]
    assert (total.value, total.value_max, total.unit) == (2000, 3000, "万人")


def test_wan_stays_in_the_unit_with_mu_and_hu():
    rows = _rows(NONGKE_EACH, 2017)
    assert [(r[2], r[3]) for r in rows] == [(10, "万亩"), (10, "万户"), (1, "万亩"), (1, "万户")]


def test_per_thousand_beds_and_ranges():
    got = _targets(YANGLAO, 2016)
    beds = got[0]
    assert (beds.indicator, beds.value, beds.value_max, beds.unit, beds.year) == (
        "每千名老年人拥有养老床位数", 35, 40, "张", 2020)
    assert [(t.value, t.unit) for t in got[1:]] == [(6, "张"), (25, "%")]


def test_durations_respectively_and_baselines():
    rows = _rows(SHISANWU, 2016)
    assert rows[:3] == [("单位国内生产总值用水量", "growth", -23, "%", 2020), ("能源消耗", "growth", -15, "%", 2020),
                        ("二氧化碳排放量", "growth", -18, "%", 2020)]  # 今后5年 from the plan's year 2016; a fall
    assert ("全员劳动生产率", "level", 12, "万元", 2020) in rows  # 从人均8.7万元 is the baseline
    growth = [t for t in _targets(SHISANWU, 2016) if t.kind == "growth" and t.value > 0]
    assert [(t.value, t.year, t.recurring) for t in growth] == [(6.5, 2020, True)]  # “十三五”时期 → 2020


def test_count_verb_with_about_before_the_thing():
    (t,) = _targets(QINGHAI, 2016)
    assert (t.indicator, t.value, t.unit, t.comparator) == ("高端创新人才", 1000, "名", "左右")


def test_policy_parameters_and_reports_are_not_targets():
    assert [(t.indicator, t.value, t.year) for t in _targets(YINZHOU, 2012)] == [("优秀青年", 250, 2016)]
    assert 2912 not in [r[2] for r in _rows(LINCANG, 2010)]  # 扶持建立了…: done, not to be done


@pytest.mark.parametrize("sentence,value,top,unit", [
    ("三年内建成1~2所新型研发机构。", 1, 2, "所"),  # shapes listed by issue 10
    ("用5年时间培育一至两项重大成果。", 1, 2, "项"),
    ("研发投入年均增长5%—10%。", 5, 10, "%"),
    ("引进人才3至10万名。", 3, 10, "万名"),
])
def test_ranges_keep_the_upper_bound(sentence, value, top, unit):
    (t,) = _targets(sentence, 2023)
    assert (t.value, t.value_max, t.unit) == (value, top, unit)


@pytest.mark.parametrize("sentence,year", [
    ("三年内建成1所新型研发机构。", 2025),
    ("用5年时间建成1所新型研发机构。", 2027),
    ("今后5年建成1所新型研发机构。", 2027),
    ("2022年起5年内建成1所新型研发机构。", 2026),
    ("到“十四五”末建成1所新型研发机构。", 2025),
    ("年内建成1所新型研发机构。", 2023),
])
def test_durations_count_from_the_stated_start_or_the_plan_year(sentence, year):
    (t,) = _targets(sentence, 2023)
    assert t.year == year


@pytest.mark.parametrize("sentence,value", [
    ("到2025年,超过一半的规上企业设立研发机构。", 50),
    ("到2025年,三分之一以上的规上企业开展产学研合作。", 100 / 3),
])
def test_word_fractions(sentence, value):
    (t,) = _targets(sentence, 2023)
    assert (t.unit, t.year) == ("%", 2025) and t.value == pytest.approx(value)
    assert "规上企业" in t.indicator


@pytest.mark.parametrize("sentence,value,unit", [
    ("到2025年,选拔两名优秀专家。", 2, "名"),
    ("到2025年,培育十余家科技型企业。", 10, "家"),
    ("到2025年,转化百余项科技成果。", 100, "项"),
    ("到2025年,建立万名“运才”数据库。", 1, "万名"),
])
def test_chinese_numerals_and_bare_wan(sentence, value, unit):
    (t,) = _targets(sentence, 2023)
    assert (t.value, t.unit, t.year) == (value, unit, 2025)


def test_bad_input_long_lists_and_long_numbers_give_no_target_quickly():
    for body in ("、" * 100_000, "1" * 40 + "家。", ("新增" + "9" * 40 + "家企业、") * 3_000):
        bound = BASE_SECONDS + SECONDS_PER_CHAR * len(body)  # linear, as for any line
        assert assert_under(partial(_targets, "一、主要目标\n" + body, 2023), bound) == []


# Shapes of annual plans (民生实事, 政府工作报告 task tables), from the dev split of tests/fixtures/real.
# www.gangu.gov.cn/info/1481/326551.htm (甘谷县 2020)
GANGU = ("【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事\n(8)新建行政村公共厕所120座、旅游厕所8座,农村户用厕所"
         "14500座。 (15)为62户贫困残疾人家庭实施家居无障碍改造工程,为5000名适龄农村妇女免费进行“两癌”检查,为全县60岁以上"
         "老年人免费体检。")
# www.shucheng.gov.cn/public/6598641/37419678.html (舒城县 2024)
SHUCHENG = ("根据《六安市民生工作领导小组办公室关于2024年实施50项民生实事的通知》(皖六民生办〔20241号)文件精神,经县政府同意,"
            "2024年我县实施50项民生实事,具体安排如下:\n\n一、促进就业(3)\n\n(1)促进重点群体稳定就业,新增城镇就业5450人。")
# www.cqstl.gov.cn/zwgk_171/zfxxgkml/zfgzbgzxqk/202509/t20250919_15024369.html (铜梁区 2025, progress table)
TONGLIANG = ("2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、经济社会发展主要预期目标\n"
             "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。")
# zjjnews.cn/news/hunan/news_211318.html (湖南省 2025, the year before reviewed)
HUNAN = ("2024年,我省坚持以习近平新时代中国特色社会主义思想为指导,推动全省经济运行呈现良好态势。全年地区生产总值增长4.8%、"
         "总量达5.3万亿元,规模工业增加值增长7.3%、高于全国1.5个百分点。")
# www.jiangshan.gov.cn/art/2023/2/13/art_1229077371_1623952.html (江山市 2023)
JIANGSHAN = "2023年市政府民生实事项目实施计划表\n完成峡口镇大坑等6座小型水库加固改造及石门镇江郎山村后垄等10座山塘综合整治工程。"
# qdnwm.gov.cn/jujiaoqdn/4742.html (黔东南州)
QDN = "为全州7万名35-64岁妇女免费做宫颈癌筛查、为全州6.1万名35-64岁妇女免费做乳腺癌筛查。"


def test_the_year_of_an_opening_line_governs_and_beneficiaries_are_counted():
    rows = _rows(GANGU, 2020)
    assert [(r[2], r[3], r[4]) for r in rows] == [(120, "座", 2020), (8, "座", 2020), (14500, "座", 2020),
                                                  (62, "户", 2020), (5000, "名", 2020)]  # not 15件 nor 60岁
    assert "贫困残疾人家庭" in rows[3][0] and "适龄农村妇女" in rows[4][0]


def test_a_lead_in_names_the_year_and_the_count_of_listed_items_is_no_target():
    assert _rows(SHUCHENG, 2024) == [("城镇就业", "level", 5450, "人", 2024)]


def test_progress_reports_and_comparisons_are_history():
    rows = _rows(TONGLIANG, 2025)
    assert rows == [("地区生产总值", "growth", 6, "%", 2025)]  # not the 同比 2.9% reached so far
    assert _rows(HUNAN, 2025) == []  # 2024 reviewed in a plan of 2025; 高于全国1.5个百分点 is a comparison


def test_counts_closing_a_list_of_named_items_and_beneficiary_lists():
    assert [(r[2], r[3]) for r in _rows(JIANGSHAN, 2023)] == [(6, "座"), (10, "座")]
    got = _targets(QDN, 2024)
    assert [(t.value, t.unit) for t in got] == [(7, "万名"), (6.1, "万名")]
    assert all("妇女" in t.indicator and "为全州" not in t.indicator for t in got)


# www.kaifeng.gov.cn/kfsrmzfwz/szfbgswj202303312215/pc/content/content_1765918279767756800.html (开封市 2020)
KAIFENG = ("(二)发展目标。到2022年,全市制造业增加值占地区生产总值比重35%左右,规模以上工业企业研究开发与试验发展经费支出占"
           "营业收入比重达到1%以上,单位工业增加值能耗年均下降5%。到2025年,培育形成2个千亿级产业集群和6个五百亿级产业集群。")
# www.jiaxing.gov.cn/art/2022/5/13/art_1229567743_2403817.html (嘉兴市 2022)
JIAXING = "2022年政府工作报告重点工作责任分解\n\n一、未来五年主要工作任务\n\n1\n\n地区生产总值突破1万亿元。\n\n市发展改革委"


def test_a_fall_is_a_negative_growth_and_count_lists_share_the_verb():
    rows = _rows(KAIFENG, 2020)
    assert ("单位工业增加值能耗", "growth", -5, "%", 2022) in rows
    assert [r[2:] for r in rows if r[3] == "个"] == [(2, "个", 2025), (6, "个", 2025)]


def test_a_heading_that_states_a_period_governs_its_items():
    assert _rows(JIAXING, 2022) == [("地区生产总值", "level", 1, "万亿元", 2026)]  # 未来五年 from 2022


# bx2200.com/baogao/huadong/12175_2.html (龙游县 2025年政府工作报告)
LONGYOU = ("建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%;固定资产投资增长10%以上;社会消费品零售总额增长7%;"
           "外贸出口额占全市份额保持稳定;一般公共预算收入增长7%以上;城乡居民人均可支配收入与经济增长同步;城镇调查失业率控制在"
           "5%以内;节能减排完成上级下达目标任务。")
# cnganbu.com/news/view?id=3857 (2016年政府工作报告)
GUOWUYUAN = ("要深入推进以人为核心的新型城镇化,实现1亿左右农业转移人口和其他常住人口在城镇落户。到2020年,常住人口城镇化率达到"
             "60%、户籍人口城镇化率达到45%。加强重大基础设施建设,高铁营业里程达到3万公里、覆盖80%以上的大城市,新建改建高速公路"
             "通车里程约3万公里,实现城乡宽带网络全覆盖。")
# autoweekly.com.cn/kx/202407/540252.html (深入实施以人为本的新型城镇化战略五年行动计划, 2024)
WUNIAN = "经过5年的努力,农业转移人口落户城市渠道进一步畅通,常住人口城镇化率提升至接近70%,更好支撑经济社会高质量发展。"


def test_annual_growth_goals_and_limits():
    rows = _rows(LONGYOU, 2025)
    assert [(r[1], r[2], r[4]) for r in rows] == [("growth", 7, 2025), ("growth", 10, 2025), ("growth", 7, 2025),
                                                  ("growth", 7, 2025), ("level", 5, 2025)]
    assert rows[-1][0] == "城镇调查失业率"


def test_wan_and_yi_without_a_unit_and_approximate_values():
    rows = _rows(GUOWUYUAN, 2016)
    assert rows[0][2:4] == (1, "亿")  # 1亿左右农业转移人口
    assert ("高铁营业里程", "level", 3, "万公里", 2020) in rows
    assert ("新建改建高速公路通车里程", "level", 3, "万公里", 2020) in rows  # 约 is no part of the name
    assert _rows(WUNIAN, 2024) == [("常住人口城镇化率", "level", 70, "%", 2028)]  # 经过5年, 提升至接近


# www.npc.gov.cn/npc/c2/c190/c1180/c1239/201905/t20190522_133433.html (万盛区人大常委会, 2010)
WANSHENG = "会议要求,完成全年地区生产总值增长13%的目标,要重点做好七个方面的工作。"
# www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html (番禺区卫健局 2022年工作总结)
PANYU = "目前,全区共有医疗机构787间,相比2021年末增加66间。全系统共有医务人员1.86万人。"


def test_a_goal_named_after_its_number_and_the_whole_year():
    assert _rows(WANSHENG, 2010) == [("地区生产总值", "growth", 13, "%", 2010)]  # 全年 alone: the plan's year
    assert [t.recurring for t in _targets(WANSHENG, 2010)] == [False]


def test_counts_of_what_there_is_are_no_targets():
    assert [r for r in _rows(PANYU, 2022) if r[2] in (787, 1.86)] == []


# m.bidcenter.com.cn/newsrili-1-158480178.html (大陈乡 2021年民生实事项目实施情况的报告, read in 2022)
DACHEN = ("2021年大陈乡人民政府民生实事项目实施情况的报告\n总投资278万元,完成萃文小学迁建、大陈幼儿园连接221省道的道路"
          "提升工程,全长600米,路面从原先的3.5米拓宽至6米,现已建成使用,有效解决交通现状。")


def test_a_document_whose_title_names_a_past_year_is_a_report():
    assert _rows(DACHEN, 2022) == []
    # the same text as the year's own plan (总投资278万元 is the project's size, no target: test_target_round5.py)
    assert [r[2] for r in _rows(DACHEN, 2021)] == [600, 6]


# xncz.gov.cn/info/3947/160480.htm (西宁市 2021年重点民生实事项目)
XINING = ("我市2021年重点民生实事项目出炉\n●稳定就业方面。城镇新增就业3.3万人,城乡劳动力技能培训3万人次;培育省级示范农民"
          "合作社、家庭农场各20家,完成致富带头人培训100人。")


def test_each_of_the_named_things_gets_the_value():
    rows = _rows(XINING, 2021)
    assert ("省级示范农民合作社", "level", 20, "家", 2021) in rows and ("家庭农场", "level", 20, "家", 2021) in rows
    assert [r[2:4] for r in rows[:2]] == [(3.3, "万人"), (3, "万人次")]


# www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html (潜江市 2017)
QIANJIANG = ("2017年全市经济社会发展主要预期目标是:地区生产总值增长8.5%左右;城乡居民收入增长与经济增长同步;居民消费价格指数"
             "控制在103.5以内;城镇登记失业率控制在4.5%以内;全面完成省下达节能减排任务。")


def test_an_index_has_no_unit():
    rows = _rows(QIANJIANG, 2017)
    assert ("居民消费价格指数", "level", 103.5, None, 2017) in rows
    assert ("城镇登记失业率", "level", 4.5, "%", 2017) in rows
    assert ("区域科技创新指数", "level", 160, None, 2027) in _rows(DONGTOU_RANK, 2023)


# wszk.we54.com/rdxw/2022/1028/23032.html (天津市乡村建设行动实施方案, 2022)
TIANJIN = ("据介绍,《方案》将实施“九大工程”,包括创建100个乡村振兴示范村;精准扶持800个经济薄弱村;农村自来水普及率达到99.7%;"
           "农村供电可靠率达到99.955%,建设150个农产品产地冷藏保鲜设施。")
# hbmingxingmzc.cn/kx/2021-10-29/53596.html (郑州市乡村建设行动实施方案, 2021; the stored page is in traditional
# characters, quoted here in simplified ones)
ZHENGZHOU = "今年年底前,郑州要新改造农村无害化卫生厕所3万户;2025年年底前农村无害化卫生厕所普及率达到95%,厕所粪污基本得到处理。"


def test_counts_after_a_listing_word_are_targets():
    assert [r[2] for r in _rows(TIANJIN, 2022)] == [100, 800, 99.7, 99.955, 150]  # “九大工程” is a name


def test_year_end_words_are_no_part_of_an_indicator():
    rows = _rows(ZHENGZHOU, 2021)
    assert rows[0][2:] == (3, "万户", 2021) and rows[1] == ("农村无害化卫生厕所普及率", "level", 95, "%", 2025)


# hainan-policy.com/policies2.asp?id=161&m=4&type=2 (海南省科技创新翻身仗行动计划)
HAINAN = ("1.总体目标\n到2023年,主要科技创新指标实现“六个倍增、六个突破”。\n“六个倍增”——全社会研发(R&D)经费投入占地区生产总值"
          "(GDP)比重增加一倍,达到1.2%,实现研发经费年均增长34%;高新技术企业数量增加一倍,达到2000家;高新技术企业营业收入翻一番,"
          "达到1600亿元;国家科技计划项目批准数量翻一番,三年累计突破1000个。")
# 2-b.cn/info/show-90695.html (工信部《“十四五”促进中小企业发展规划》, 2022)
ZHONGXIAO = ("推动形成一百万家创新型中小企业、十万家“专精特新”中小企业、一万家专精特新“小巨人”企业。培育200个中小企业特色产业"
             "集群和10个中外中小企业合作区。")


def test_a_value_after_a_doubling_takes_the_subject_before_it():
    # the goals lead's 到2023年 dates the line under it, 三年累计 included, whatever year the plan is read in (round 33
    # had moved this to 2021 so that its N年累计 from the plan's year passed; review 4 restored 2020)
    rows = _rows(HAINAN, 2020)
    assert ("全社会研发(R&D)经费投入占地区生产总值(GDP)比重", "multiple", 2, "倍", 2023) in rows
    assert ("全社会研发(R&D)经费投入占地区生产总值(GDP)比重", "level", 1.2, "%", 2023) in rows  # not “一倍”
    assert ("高新技术企业营业收入", "level", 1600, "亿元", 2023) in rows
    assert ("国家科技计划项目批准数量", "level", 1000, "个", 2023) in rows  # 三年累计 is no name
    # a per-year commitment under a goals section that states 到2023年 runs to 2023 (fixtures/real/README.md)
    assert ("研发经费", "growth", 34, "%", 2023) in rows


def test_chinese_numerals_with_wan_in_a_list():
    rows = _rows(ZHONGXIAO, 2022)
    assert [r[2:4] for r in rows] == [(100, "万家"), (10, "万家"), (1, "万家"), (200, "个"), (10, "个")]
    assert rows[1][0] == "“专精特新”中小企业"


# fubaore.com/shehui/20220305/1001120507.html (2022年政府工作报告 主要预期目标, 光明网)
YUQI = ("政府工作报告提出,今年发展主要预期目标是:\n国内生产总值增长5.5%左右;\n城镇新增就业1100万人以上,城镇调查失业率全年控制在"
        "5.5%以内;\n居民消费价格涨幅3%左右;\n粮食产量保持在1.3万亿斤以上;")


def test_goals_listed_under_a_lead_in_with_today_s_year():
    # 涨幅 is a growth rate of prices (round 4: the corpus' 国务院 2021/2024 and 上海 2024 gold read it so)
    assert _rows(YUQI, 2022) == [("国内生产总值", "growth", 5.5, "%", 2022), ("城镇新增就业", "level", 1100, "万人", 2022),
                                 ("城镇调查失业率", "level", 5.5, "%", 2022), ("居民消费价格", "growth", 3, "%", 2022),
                                 ("粮食产量", "level", 1.3, "万亿斤", 2022)]


# www.xhzhou.com/policy/detail?id=15952 (浙江省 科技创新投入, a traditional-character mirror as stored)
ZHEJIANG_TRAD = ("到2027年,全省科技創新投入達到9000億元以上,全社會研究與試驗發展經費支出增速高于科技創新投入增速,"
                 "高校、科研機構、醫療衛生機構科技創新投入合計超900億元。")


def test_traditional_characters_are_read_and_given_back_as_printed():
    rows = _rows(ZHEJIANG_TRAD, 2025)
    assert ("全省科技創新投入", "level", 9000, "億元", 2027) in rows  # 達到 read as 达到, 億 kept in the unit
    assert any(r[2:4] == (900, "億元") and "醫療衛生機構科技創新投入" in r[0] for r in rows)
    assert all("达" not in t.quote for t in _targets(ZHEJIANG_TRAD, 2025))


# www.wanglu.net/thread/t4-356615-0.html (常熟市2018年政府工作任务分解表, ASCII full stops as printed)
CHANGSHU = ("常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n"
            "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n3 工业总产值增长4%,规模以上工业产值增长5%,"
            "工业增加值率提升0.5个百分点以上. 经信委")


def test_an_ascii_full_stop_ends_a_sentence_but_not_a_decimal():
    rows = _rows(CHANGSHU, 2018)
    assert ("服务业增加值占GDP比重", "level", 47.1, "%", 2018) in rows
    assert ("工业增加值率", "increase", 0.5, "个百分点", 2018) in rows
    assert len(rows) == 5


# kjj.cxz.gov.cn/info/1064/1763.htm (永仁县 2014)
YONGREN = ("力争到2020年建成5个以上现代高原特色农庄和一批省级科技示范园。对已授权的发明专利每件资助3000元,实用新型专利每件"
           "资助2000元,外观设计专利每件资助1000元。")


def test_an_amount_per_item_is_an_incentive():
    assert _rows(YONGREN, 2014) == [("现代高原特色农庄", "level", 5, "个", 2020)]
