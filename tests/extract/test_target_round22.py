"""Round-22 target rules: numbers that are not targets (targets' precision on text the rules never saw). Each rule
comes from real sentences of at least two dev documents (address above each); the expected values are read from the
sentences by hand, per spec/plan-format.md and tests/fixtures/real/README.md (nineteenth batch)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


def _values(text: str, plan_year: int | None, title: str | None = None):
    return [t.value for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A section whose item the report says reached (超额完成年度任务) is history (targets/completed.py), and an estimate
# (有望达到, 将有可能达到) reports as 预计 does: every number of the sentence is history. 平阳 县科技局 2022 工作总结
# (https://m.777doc.com/doc-12114903.html, dev); 连云港 2025 民生实事 前三季度 (http://www.7263355.com/zglygzfmhwz/
# gzdt_msss2025/content/2399a463-3ef6-47e4-bed9-614ef9ecfd36.html, dev); a county 科技局's 2022 summary
# (https://dlbxc.com/gongzuozongjie/36271.html, dev); 连云港 “十三五” 老龄规划 (http://www.lnjyw.org/Pages/Notice/2019/
# 12/26/b6c1233a-72a3-4fab-89a2-e868de457721.htm, dev). A one-year plan's 全年力争培育…5家以上 stays a target (a county's
# 2023 plan, https://jrjer.com/28393.html, dev).
PINGYANG = ("一、2022年工作总结(一)扎实推进科技工作,超额完成年度任务。全年全县规上工业企业研发费用亿元,年度任务完成率107%;"
            "全市排名第2;累计增速25%,全市排名第2。全县高新技术产业增加值亿元,全市排名第4;年度任务完成率128%,全市排名第2。")
LIANYUNGANG = ("2025年,市政府民生實事10大類50個事項,根據季度序時進度安排,截至三季度末,其中14個事項已提前完成全年任務,"
               "7個事項超序時進度,26個事項按序時推進。已完成投資28.54億元,完成年度總投資的87.7%。")
ESTIMATE = ("2022年两批推荐34家企业申报高新技术企业认定,其中20家已公示通过认定,8家通过省专家评审会评审,年底全县高新技术企业"
            "有望达到90家。")
AGEING = "据测算,“十三五”期间,我市老年人口仍将持续增长,到2020年将有可能达到110万人左右,80岁以上老年人预计将达到17.6万左右。"
PLAN = "全年力争培育高新技术企业5家以上,新通过认定国家高新技术企业1家。"


def test_a_share_of_the_year_plan_reached_and_an_estimate_are_history():
    assert _values(PINGYANG, 2022) == []
    assert _values(LIANYUNGANG, 2025) == []
    assert _values(ESTIMATE, 2023) == []
    # a milestone of a plan that says the share of the year's plan to reach stays a target
    assert _values("(一)新增养老床位250张\n6月底前完成年度计划的50%。", 2023) == [250, 50]
    assert _values(AGEING, 2017) == []
    assert _rows("2023年我县科技工作的总体要求是:\n" + PLAN, 2023) == [
        ("高新技术企业", "level", 5, "家", 2023), ("新通过认定国家高新技术企业", "level", 1, "家", 2023)]


# The lines under a label of application criteria (申报条件:, 一、申报条件, …申报条件有哪些?) state thresholds an
# applicant meets, not outcomes: no targets (targets/criteria.py). 海曙 研发中心 (https://cs8.07yf.com/policy/
# policy-detail.html?policy_id=1076&policy_type=1, dev); 山东 企业技术中心 (https://www.sanwenwang.com/ba/ualgcfqf.html,
# dev); 高新企業申報條件 (http://www.feimabiji.com/?p=12916, dev). A heading of a plan's goals that names 条件 without an
# applicant's verb (成安 2019 创新型县, http://www.chengan.gov.cn/main/viewDetail.jsp?newsid=122142&subjectid=11134,
# dev: (三)创新条件方面) keeps its targets.
HAISHU = ("申报条件:\n一、基本条件\n(一)依托单位必须通过海曙区企业研发机构备案。\n(二)具有较强的技术创新能力和较高的研究开发投入,"
          "企业上年度研究开发费用总额占销售收入总额的比例不低于3%(农业类不低于2%),或上年度技术开发费投入超过100万。")
SHANDONG = ("山东省级的企业技术中心申报条件有哪些?\n4、有技术带头人,研发人员>60人\n5、设备原值>800W,软件医药可放宽至500W\n"
            "6、具有市级企业技术中心2年以上")
GAOQI = ("(四)企業從事研發和相關技術創新活動的科技人員占企業當年職工總數的比例不低于10%;\n\n"
         "(六)近一年高新技術產品(服務)收入占企業同期總收入的比例不低于60%;")
CHENGAN = "(三)创新条件方面\n1. 2019年规上工业企业建立研发机构数量达到9家以上;2020年规上工业企业建立研发机构数量达到12家以上;"


def test_the_lines_under_a_label_of_application_criteria_hold_no_target():
    assert _values(HAISHU, None) == []
    assert _values(SHANDONG, None) == []
    assert _values(GAOQI, None, title="高新企業申報條件有哪幾項") == []
    assert _values(CHENGAN, None) == [9, 12]


# An item a completion report says reached (its section: 完成年度計劃的104.44%, 超额完成年度任务) restates what was planned:
# the item and its section are history (targets/completed.py). 江西 2023 为民办实事 实施情况的通报
# (http://www.huizhicikeji.com/xw/yaowen/2024/0129/280899.shtml, dev); 普陀 2023 为民办实事 完成 (https://shpt.gov.cn/
# yaowen/20240119/933605.html, dev). A current year's progress table keeps its task column (临安 2022 民生实事 进展情况表,
# http://www.linan.gov.cn/art/2022/11/3/art_1229299207_4099657.html, dev).
JIANGXI = ("二、新建、改擴建公辦幼兒園150所\n省級財政補助資金下達4.2288億元,完成年度計劃的100.69%。全省開工新建、改擴建城區和"
           "城鄉結合部公辦幼兒園195所,完成年度計劃的130%。")
PUTUO = ("(二)新增养老床位250张\n\n新增378张养老床位,超额完成年度任务。\n\n(三)完成120张认知障碍照护床位改造\n\n"
         "完成上海城怡养护院(80张)、清峪养老院(48张)、桃浦第一养老院(47张)、沪嘉北养老院(54张)共计229张认知障碍照护床位改造,"
         "超额完成年度任务。")
LINAN = ("序号 | 项目内容 | 进展情况 | 责任单位 |\n1 | 新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。 | "
         "新建成临安区职教中心、学府路幼儿园等7所中小学、幼儿园,新增学位6800个。 | 教育局 |")


def test_an_item_a_completion_report_says_reached_is_history():
    assert _values(JIANGXI, 2023) == []
    assert _values(PUTUO, 2023) == []
    assert _values(LINAN, 2022, title="2022年区政府民生实事项目进展情况表(截至9月底)") == [7, 6800]
    # a commitment to exceed the year's task is no report
    assert _values("(一)新增养老床位250张\n确保超额完成年度任务。", 2023) == [250]


# A title naming the months of the year gone by (2025年1-6月…进展情况, 2025年1—6月…计划执行情况的报告) reports, as a sentence
# naming them does. 新吴 2025 (http://www.shuoshuowo.com/doc/2025/09/15/4648230.shtml, dev); 广汉 2025 (dev).
XINWU = ("居住改善方面,完成居民住宅電梯加裝35臺,在建101臺;完成664套保障性租賃住房籌集。\n"
         "出行交通方面,新開優化公交線路4條;完成10個擁堵節點改造;完成交通設施提升工程項目。")


def test_a_title_naming_the_months_gone_by_reports():
    assert _values(XINWU, 2025, title="2025年1-6月新吳區為民辦實事項目進展情況") == []
    assert _values(XINWU, 2025, title="2025年新吳區為民辦實事項目") == [35, 101, 664, 4, 10]


# A work's design figures are parameters, as building dimensions and design life are (README, third batch: 工程设计使用
# 年限 of 岳阳县 2022 高标准农田, http://www.yyx.gov.cn/37584/38137/content_2016103.html, dev). 大连 2023 (http://ep.bdcb.cn/shtml/bdcb/20230920/20230920A071.html, dev: 路面宽度15.5米,设计时速60公里).
DALIAN = "采用双向四车道城市主干路设计标准,路面宽度15.5米,设计时速60公里。"


def test_a_design_figure_is_a_parameter():
    assert _values(DALIAN, 2023) == []


# 今年以来 opening a sentence reports the year so far, that sentence only (a later one may look ahead); 成功培育 and
# 提前实现 are words of a thing done, as 提前完成 is. 太湖 2022 (http://www.thnews.gov.cn/content/detail/
# 63525aef878eada88e000032.html, dev); 旌德 2022 (http://ah.people.com.cn/n2/2022/0914/c374164-40123790.html, dev);
# 银川 2023 (https://fgw.yinchuan.gov.cn/gzdt/202305/t20230508_4056833.htm, dev);
# 咸宁 2022 (dev: 2021年,…成功培育湖北省乡村振兴科技创新示范基地2家).
TAIHU = "今年以来,我县引进科技人才团队2个,入库科技型中小企业52家,完成技术合同登记18亿元。"
TAIHU_TEAMS = ("加快科技强农。依托省农科院、安农大等专家团队,组建4个农业产业服务科技特派团,为特色农产品种植与加工、畜牧业养殖提供"
               "科技服务。选派省市县三级科技特派员184名,服务全县175个行政村和农村社区,提前实现全县科技特派员服务行政村全覆盖。")


def test_the_year_so_far_and_things_done_are_history():
    assert _values(TAIHU, 2022) == []
    assert _values(TAIHU_TEAMS, 2022) == []
