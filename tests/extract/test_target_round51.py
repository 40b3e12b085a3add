"""Round 51: the year a target belongs to (the measure of the round is in docs/extraction.md, "Round 51, years").

A five-year period named alone in quotes before a verb of what is to come (“十四五”计划完成…, 西部大開發“十二五”規劃獲批
城鎮化率將超45%) dates the targets after it with the period's end, as 到“十四五”末 and “十四五”期间 do (targets/years.py
BARE_FIVE_YEAR). The period as the frame of a year (是实施“十四五”规划目标任务的关键一年), its goals done in a report
(提前完成“十四五”规划目标) and a base (较“十三五”翻一番) date nothing.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _years(text: str, plan_year: int | None, title: str | None = None) -> list[tuple]:
    return [(t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year, title=title).targets]


# 崇明区水务“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e
# &siteId=0085) — dev.
CHONGMING = ("（1）崇明岛闸河配套。启动对环岛运河北河（北横引河）生态治理的研究。（目前崇明岛共25座水闸涉及14条骨干河道，"
             "已完成闸河配套2处，“十四五”计划完成闸河配套8处，闸河配套率40％）")
# 西部大開發“十二五”規劃 news (http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/jm/qyys/db/201202/
# t20120220_2348928.htm) — dev.
XIBU = "西部大開發“十二五”規劃獲批 城鎮化率將超45%"


def test_a_quoted_period_alone_dates_the_commitment_after_it() -> None:
    assert (8, "处", 2025) in _years(CHONGMING, 2021)
    assert _years(XIBU, 2012) == [(45, "%", 2015)]


# 2025年广西科技工作会议 (https://www.xyshjj.cn/content/202502/10/c25737113.html) — dev: a review, no target.
GUANGXI = ("每万人口高价值发明专利拥有量2.79件,同比增长14%,提前完成“十四五”规划目标。验收通过非基金项目570项,"
           "新增利税8.45亿元。")
# 2024年宁夏回族自治区政府工作报告 news (http://www.ctnews.com.cn/dongtai/content/2024-01/29/content_155813.html) — dev.
NINGXIA = ("工作报告提出,2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年,也是充满机遇和挑战的一年。"
           "宁夏要加快繁荣文旅消费,实现全年旅游人次、旅游收入均增长10%以上。")
# 黄浦区历史风貌保护和利用“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=dbf2cdd5-821e-4231-a93e-
# b66be159a285&siteId=0071) — dev.
HUANGPU = "“十四五”期间，计划启动30万平方米居住类历史建筑修缮，较“十三五”翻一番。"


def test_a_period_named_as_goals_done_or_as_a_base_dates_nothing() -> None:
    assert all(year != 2025 for _, _, year in _years(GUANGXI, 2025))
    assert all(year == 2024 for _, _, year in _years(NINGXIA, 2024))
    assert _years(HUANGPU, 2021) == [(30, "万平方米", 2025), (2, "倍", 2025)]


# 孝感 “工业强市” 意见 (https://m.wydbw.com/show.asp?Id=16953) — dev, a page of no known plan year. Durations count from
# a start stated with 起 or from the plan's year (the spec); with neither, 两年内 and 三年内 end in a year unknown, and an
# earlier sentence's 到2015年底 does not date them (as gold has it in 贵州 茶园, 山东 学前教育, 文山 人才, 舟山 人才, dev).
XIAOGAN = ("二、发展目标和重点\n保持工业增加值年均25%以上的增长速度。到2015年底,全市规模以上工业增加值达到100亿元以上。"
           "规模以上工业企业总数每年新增18家以上;上市企业达到3—5家。实施盐化工和精细化工、石膏建材、机械电子产业倍增计划,"
           "力争盐化工和精细化工产业两年内销售收入过150亿元;其他产业力争三年内实现翻番。")


def test_a_duration_of_no_known_start_ends_in_no_known_year() -> None:
    got = _years(XIAOGAN, None)
    assert (100, "亿元", 2015) in got and (3, "家", 2015) in got
    assert (150, "亿元", None) in got and (2, "倍", None) in got


def test_a_per_year_commitment_after_a_deadline_in_its_paragraph_runs_to_it() -> None:
    # 到2015年底 opens the second sentence, not the paragraph (同心 2023's 到2026年,…。每年登记…5个 opens it): the 每年 after
    # it runs to 2015 (孝感, as above).
    assert (18, "家", 2015) in _years(XIAOGAN, None)


# 青年拔尖人才支持计划 news (http://m.china.caixin.com/m/2012-02-27/100360877.html) — dev.
QINGNIAN = ("【财新网】(综合媒体报道)以培养国内35岁以下的优秀青年人才为重点的“青年拔尖人才支持计划”,将在2020年前培养支持"
            "2000名左右的优秀青年人才。")
# 重庆市数字乡村网络发展“五提升一补盲”行动 news (http://m.zgcxtc.cn/news/242030.html) — dev.
CHONGQING = ("5月17日,第54个世界电信和信息社会日,重庆信息通信业正式启动乡村振兴·网慧三农——重庆市数字乡村网络发展"
             "“五提升一补盲”行动,助力乡村振兴,让全市行政村5G通达率,在2025年达到80%。")
# 上海 普陀区 花园城区 / 松江 …: 在2025年的基数上 stays a base (sh-songjiang-tdf2026, dev).
SONGJIANG = "使单位建筑面积能耗、人均能耗等指标在2025年的基数上均有所下降,单位建筑面积能耗下降5%。"


def test_a_year_after_zai_is_a_deadline_unless_a_base_follows() -> None:
    assert _years(QINGNIAN, 2012) == [(2000, "名", 2020)]
    assert [year for _, _, year in _years(CHONGQING, None)] == [2025]
    assert all(year != 2025 for _, _, year in _years(SONGJIANG, 2026))


# 2020河北空氣質量改善目標出爐 (http://m.bm463.com/2020-01/21/c_1210447284.htm) — dev: a title that prints its year with
# no 年 (as 2025沧州市政府工作报告, 2022政府工作报告三农重点 and 甘肃省2022改厕补助标准 do, dev) dates the undated items.
HEBEI_TITLE = "2020河北空氣質量改善目標出爐:PM2.5平均濃度同比降3%左右"
HEBEI = ("統籌開展柴油貨車污染防治攻堅。推動建成19條鐵路專用線,采暖季前各港口礦石、焦炭等主要改由鐵路運輸。\n"
         "深入實施工業企業污染深度治理攻堅。對標行業先進水平,加快1200個工業爐窯項目綜合治理。")


def test_a_title_year_printed_without_nian_dates_the_undated_items() -> None:
    got = _years(HEBEI, 2020, HEBEI_TITLE)
    assert (19, "條", 2020) in got and (1200, "個", 2020) in got
    # a review caption under such a title still makes its numbers history (2022政府工作报告三农重点, dev)
    assert _years("2021年工作回顾\n\n1.城镇新增就业1269万人\n\n3.粮食产量1.37万亿斤,创历史新高", 2022,
                  "2022政府工作报告三农重点") == []


# 苍南 关于推动经济高质量发展的若干政策 news (https://sinyeo.com/list69/86938.html) — dev.
CANGNAN = ("聚焦重大交通、科技创新、先进制造等九大工程,谋划实施项目服务提升年行动,着力推进140个左右支撑性项目,完成投资246.6亿元"
           "以上,全年固定资产投资增长12%以上,总量达到271亿元左右。")
# 吉林 建设农业强省 实施意见 news (http://cn.office369.com/news/show-475172.html) — dev.
JILIN = ("为实现“正常年景下粮食产量稳定在800亿斤以上”的目标,吉林省将稳定增加粮食面积,全省今年计划落实粮食播种面积9000万亩"
         "以上;提高基础保障能力,实施高标准农田和东北黑土地保护建设项目378万亩。")


def test_the_plans_year_named_later_in_its_sentence_dates_the_clauses_before_it() -> None:
    got = _years(CANGNAN, 2023)
    assert (140, "个", 2023) in got and (246.6, "亿元", 2023) in got and (12, "%", 2023) in got
    assert (800, "亿斤", 2023) in _years(JILIN, 2023)
    # a sentence that names another year too is left as it was (宁夏 学前教育: 新增幼儿学位3.6万个,力争到2025年…)
    assert _years("新增幼儿学位3.6万个,力争到2025年学前教育毛入园率达到95%,今年普惠性幼儿园覆盖率超过90%。",
                  2021)[0][2] != 2021


def test_the_years_carried_in_a_paragraph_stay_linear() -> None:
    # one paragraph of many deadlines and per-year commitments, and one sentence of many clauses before a 全年
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "到2025年底,新增企业5家。每年新增18家以上;" * 60 * n, n=4)
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "推进14个项目,完成投资24.6亿元," * 60 * n + "全年固定资产投资增长12%以上。", n=4)
