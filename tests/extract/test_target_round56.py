"""Round 56 (targ56): round 52's weighing of a whole text (targets/report_tense.py; docs/extraction.md, section 4,
"Round 56, a part of the year gone by; the weighing made cheap"). A part of the year named (一季度, 前三季度, 上半年) dates a report's
progress: it weighs as a report's cue, beside 同比 and 截至. Progress tables of a year's goals (上半年推进情况,
前三季度完成情况) keep their goals: their headers and goals print goals' cues (目标, 任务). The weighing itself is
cheap: goals' cues are counted only until they outweigh all the report cues there can be. The passages are quoted
from dev pages of the real corpus (tests/fixtures/real/passages; each one's split_of is dev); addresses in comments."""

from __future__ import annotations

import pytest

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.report_tense import reports_throughout
from tests.extract.test_target_round52 import _quotes  # the targets' quotes of a text, as round 52 reads them
from tests.timing import assert_linear

# (address, plan year, title, text, figures that a report must not give as targets)
REPORTS = [
    # jl-jilin-nyjj2025q1: a province's first-quarter news, 一季度屠宰量达…,同比增长…, then figures with no cue
    ("https://m.nwxdm.com/news/detail/485/294805.html", None, "2025年一季度吉林省农林牧渔业发展态势良好",
     "畜牧业支撑作用显著,肉牛产业提质增效,印发《肉牛产业高质量发展指导意见》《2025年80万头肉牛屠宰加工量实施方案》,"
     "一季度屠宰量达14.55万头,同比增长51.56%。梅花鹿产业实施《百万只梅花鹿饲养量实施方案》,饲养量达79.6万只,增长2.8%。"
     "生猪稳产保供强化能繁母猪监测预警,发布信息13期,培训养殖户3532人次。",
     ["14.55万头", "79.6万只", "13期", "3532人次"]),
    # gs-lintao-gxgz2023 (trec18): a county's work report, 一季度,完成工业固定资产投资…、同比增长…
    ("http://v-cnc.com/s-70090.html", 2023, "",
     "聚焦项目建设,夯实工业基础。牢固树立“项目为王”理念,把项目建设作为工作总量做大、结构调优的根本抓手。加大工业固定资产"
     "投资力度,全面落实项目建设“一总五分”清单,重点以“333”项目和千万元以上工业项目为抓手,下大力气推动医药产业基地、"
     "交新材料等28个总投资54亿元的工业项目建设。一季度,完成工业固定资产投资2.77亿元、同比增长69.7%以上。",
     ["28个", "54亿元", "2.77亿元", "69.7%"]),
    # jl-jilinshi-nync2025: a city's 年度成绩单, 完成…任务 twice (超额完成省定任务) besides 成功获批
    ("https://www.shjnet.cn/xw/jcjsb/202601/t20260122_671113.html", None, "2025年吉林市乡村年度成绩单",
     "补短板加速推进,这一年,全市农业基础条件持续改善。\n全市主要农作物综合机械化率再提高1个百分点,达到88%;完成年内"
     "67万亩高标准农田建设任务,占基本农田面积比例提高到60%以上,成功获批超长期特别国债项目62.6万亩;新建棚室4804亩,"
     "超额完成省定任务。",
     ["62.6万亩", "4804亩"]),  # (a quote run across the ；after 达到88% stays: its sentence is not its end's)
    ("https://www.shjnet.cn/xw/jcjsb/202601/t20260122_671113.html", None, "2025年吉林市乡村年度成绩单",
     "“土味”激发新活力,这一年,全市特色产业高质量发展。\n我市的果品、灵芝、白鹅、柞蚕、林蛙等产业规模继续领跑全省。"
     "肉牛屠宰加工量达到11.7万头,超额完成任务,桦甸市(肉牛)成功获批国家级现代农业产业园。引进南方三角帆蚌3.3万个,"
     "完成褶纹冠蚌植株700个,东珠产业迈出实质性步伐。",
     ["11.7万头", "3.3万个", "700个"]),
]

# (address, plan year, title, text, quotes that must stay targets): progress tables of a year's goals, whose cells
# report a part of the year (上半年, 前三季度) beside the goal they report on
PLANS = [
    # cq-tongliang-gzbg2025: 上半年推进情况 of the year's 主要预期目标
    ("https://www.cqstl.gov.cn/zwgk_171/zfxxgkml/zfgzbgzxqk/202509/t20250919_15024369.html", 2025,
     "2025年区政府工作报告目标任务",
     "2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、经济社会发展主要预期目标\n"
     "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。",
     ["增长6%以上"]),
    # ah-suzhou-zdgzjz2023q3: 前三季度完成情况 of the report's 重点工作任务, a cell a line
    ("https://www.ahsz.gov.cn/public/2655573/194317771.html", 2023,
     "2023年《政府工作报告》部分重点工作任务前三季度完成情况",
     "2023年《政府工作报告》部分重点工作任务前三季度完成情况\n\n序号\n\n重点工作任务\n\n完  成  情  况\n\n牵头责任单位\n\n1\n\n"
     "地区生产总值增长8%以上。\n\n根据地区生产总值统一核算结果,前三季度,全市生产总值1835.0亿元,按不变价格计算,同比增长5.8%。"
     "分产业看,第一产业增加值213.9亿元,同比增长4.1%;第二产业增加值653.6亿元,同比增长5.0%;第三产业增加值967.5亿元,"
     "同比增长6.7%。\n\n市发展改革委\n\n2\n\n一般公共预算收入增长6%左右。\n\n前三季度,全市一般公共预算收入121.8亿元,"
     "同比增长0.3%。一般公共预算支出373.9亿元,下降3.8%。\n\n市财政局(国资委)",
     ["地区生产总值增长8%以上", "一般公共预算收入增长6%左右"]),
    # fj-zhangzhou-zfgzbg2014: last year's 超额完成省定任务, then this year's goals (将, 力争)
    ("http://zzpd.fjsen.com/2014-01/06/content_13282990.htm", 2014, "漳州市今年新建10个城市小广场和13所公办幼儿园",
     "报告:去年里,漳州市保障性住房建设超额完成省定任务。今年,漳州市将新开工建设保障性住房8311套,力争建成10500套。"
     "积极稳妥推进棚户区、城中村、旧房改造。",
     ["8311套", "10500套"]),
]


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "absent"), REPORTS)
def test_a_progress_report_gives_no_targets(address, plan_year, title, text, absent):
    quotes = _quotes(text, plan_year, title)
    for value in absent:
        assert not any(value in q for q in quotes), (address, value, quotes)


@pytest.mark.parametrize(("address", "plan_year", "title", "text", "present"), PLANS)
def test_progress_tables_keep_their_goals(address, plan_year, title, text, present):
    quotes = _quotes(text, plan_year, title)
    for value in present:
        assert any(value in q for q in quotes), (address, value, quotes)


def test_the_weighing_of_a_part_of_the_year():
    # 一季度 beside 同比: two report cues and no goal's (jl-jilin-nyjj2025q1, gs-lintao-gxgz2023)
    assert reports_throughout("一季度屠宰量达14.55万头,同比增长51.56%。")
    assert reports_throughout("一季度,完成工业固定资产投资2.77亿元、同比增长69.7%以上。", 2023)
    # 前三季度 and 上半年 as well, once each (前三季度 holds 三季度 once)
    assert reports_throughout("前三季度,全市一般公共预算收入121.8亿元,同比增长0.3%。")
    assert reports_throughout("上半年全市生产总值2322.97亿元,同比增长5%。")
    # one cue is not enough, and a goal's cue for fewer than four still states a goal (力争上半年开工)
    assert not reports_throughout("一季度屠宰量达14.55万头。")
    assert not reports_throughout("上半年推进情况:地区生产总值同比增长2.9%。目标任务:增长6%以上。")
    # a month span is no part of a year gone by: a policy's reward rule prints it (zj-taizhou-mljj2023,
    # http://qyxmbt.cn/zj/tz/5688.html: 对3至6月、7至9月、10至11月之间月度升规的制造业企业…给予一次性奖励)
    assert not reports_throughout(simplified_all(
        "对3至6月、7至9月、10至11月之间月度升规的制造业企业,于入规后分别给予一次性奖励12万元、10万元、8万元;"
        "上规后连续两年产值比上年增长的,给予5万元奖励。"), 2023)


def test_a_task_done_is_no_goal():
    # 完成…任务 reports a task done (ln-fuxin-msss2022, http://auto.dongchanet.com/20220118/84534.html: 近两年来,
    # 阜新市完成农村公路建设任务1010公里; gs-wushan-kjqy2023, http://www.lfbxx.com/html/1655/2023-07-25/
    # content-441115.html: 累计达到15家,完成市上下达任务16家的93.7%): 任务 weighs nothing after 完成 in its clause
    assert reports_throughout("近两年来,阜新市完成农村公路建设任务1010公里。其中,彰武县草原路获评辽宁省唯一一个四级农村公路"
                              "品质工程。", 2022)
    assert reports_throughout("今年上半年,申报认定第一批省级创新型企业6家,累计达到15家,完成市上下达任务16家的93.7%。", 2023)
    # a task stated apart from 完成 stays a goal's cue (主要任务), and so does one after 完成 in another clause
    assert not reports_throughout("近两年来,累计获评示范县2个。主要任务:新建公路100公里。")
    assert not reports_throughout("近两年来,已完成,任务是新建公路100公里。")
    assert reports_throughout("近两年来,已完成新建公路任务100公里。")


def test_a_plan_is_weighed_in_linear_time():
    # a plan's goals outweigh its report cues early: the weighing stops there; a report is read to its end
    plan = "到2025年,力争新增高新技术企业10家,确保研发投入增长10%。截至2020年,已建成3个。"
    report = "一季度,完成投资2.77亿元,同比增长69.7%。截至目前,已建成12个,累计改造60个。"
    assert not reports_throughout(plan * 100, 2024)
    assert reports_throughout(report * 100, 2024)
    assert_linear(lambda text: reports_throughout(text, 2024), lambda n: plan * n, 200)
    assert_linear(lambda text: reports_throughout(text, 2024), lambda n: report * n, 200)
