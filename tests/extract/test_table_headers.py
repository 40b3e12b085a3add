"""Round-28 target rules (gtab): indicator tables of Shanghai district and city plans printed one cell a line, whose
header cells wrap over several lines, from the thirtieth batch (all dev by their official address). The expected
values are read from the tables by hand, per spec/plan-format.md and tests/fixtures/real/README.md."""

from __future__ import annotations

import time

from kechuang.extract import extract_text
from tests.timing import assert_scaled


def _rows(text: str, plan_year: int | None = 2026):
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# Each role above its year, column by column (基准值 / (2020年) / 目标值 / (2025年) / 目标值 / (2035年)): each year takes
# the role printed just above it, the base year's column is history. 崇明 2021 水务“十四五”规划
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085).
CHONGMING = ("2.主要指标\n序号\n指标名称\n指标\n属性\n基准值\n（2020年）\n目标值\n（2025年）\n目标值\n（2035年）\n"
             "1\n主海塘达标率\n预期性\n46％\n≥73％\n100％\n2\n滩涂规范使用率\n预期性\n/\n100％\n100％")


def test_roles_printed_each_above_its_year():
    assert _rows(CHONGMING, 2021) == [("主海塘达标率", 73, "%", 2025), ("主海塘达标率", 100, "%", 2035),
                                      ("滩涂规范使用率", 100, "%", 2025), ("滩涂规范使用率", 100, "%", 2035)]


# A column's cell over three lines, the district named before the period and its role (松江 / “十四五” / 现状, 松江 /
# “十五五” / 指标); an indicator wrapped onto a second line before its unit (生活垃圾资源化 / 利用率 / %); a row with no
# unit cell and a dash for its baseline; a qualifier in brackets (鸟类) is no unit. 松江 2026 绿化市容“十五五”规划
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=289d0420-5e99-489b-98f1-1b8982867775&siteId=0082).
SONGJIANG = ("松江区“十五五”绿化市容发展主要指标\n序号\n指标名称\n单位\n属性\n松江\n“十四五”\n现状\n松江\n“十五五”\n指标\n"
             "3\n森林覆盖率\n%\n约束性\n18.3\n19.5\n4\n城市生物多样性指数（鸟类）\n预期性\n－\n0.6\n"
             "5\n生活垃圾资源化\n利用率\n%\n预期性\n86.98\n87")


def test_a_header_cell_over_three_lines_and_a_wrapped_indicator():
    assert _rows(SONGJIANG) == [("森林覆盖率", 19.5, "%", 2030), ("城市生物多样性指数(鸟类)", 0.6, None, 2030),
                                ("生活垃圾资源化利用率", 87, "%", 2030)]
    # the finished period's table in the same plan (“十四五”指标 | 完成情况): history, no target
    done = ("松江区“十四五”主要指标完成情况\n类别\n序号\n指标名称\n单位\n属性\n松江区\n“十四五”\n指标\n完成情况\n"
            "建设指标\n1\n人均公园绿地面积\n平方米\n约束性\n9.6\n9.28\n7\n生活垃圾无害化\n处理率\n%\n约束性\n100\n100")
    assert _rows(done) == []


# A unit cell printed `/` (no unit), then the table reads on; the same qualifier (鸟类). 上海 2026 生态空间建设和市容环境
# 优化“十五五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=bb4f4dcc-ff7b-44cf-a950-2cc6737b1e38&siteId=0039).
SHANGHAI = ("专栏1  “十五五”生态空间建设和市容环境优化主要指标\n序号\n指标名称\n单位\n属性\n2025年基准\n2030年目标\n"
            "5\n城市生物多样性指数（鸟类）\n/\n预期性\n0.6\n0.6\n6\n生活垃圾资源化利用率\n%\n预期性\n86.8\n87.5")


def test_a_unit_cell_printed_as_a_slash():
    assert _rows(SHANGHAI) == [("城市生物多样性指数(鸟类)", 0.6, None, 2030), ("生活垃圾资源化利用率", 87.5, "%", 2030)]


# 青浦 2026 十五五 纲要 (https://www.shanghai.gov.cn/zhengce/detail?businessId=00831377872&siteId=0083): indicators
# wrapped onto a second line before their unit; a row stated in words is no target.
QINGPU = ("青浦区“十五五”经济社会发展主要指标表\n序号\n指标名称\n单位\n属性\n2030年目标\n"
          "4\n工业战略性新兴产业总产值占\n规模以上工业总产值比重\n%\n预期性\n41.5\n"
          "7\n全社会研发经费支出相当于\n地区生产总值比例\n%\n预期性\n与全市保持同步增长\n"
          "11\n本科及以上学历人数占从业人员\n比重年均值\n%\n预期性\n38")


def test_indicators_wrapped_before_their_unit():
    assert _rows(QINGPU) == [("工业战略性新兴产业总产值占规模以上工业总产值比重", 41.5, "%", 2030),
                             ("本科及以上学历人数占从业人员比重年均值", 38, "%", 2030)]


# 增加N in a “十五五”目标 column: the count to add, in the row's unit. 闵行 2026 公园城市建设和市容环境优化“十五五”规划
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=00c05010-cfb9-4c90-9491-08cbd345d8dc&siteId=0079).
MINHANG = ("序号\n指标名称\n属性\n单位\n“十五五”目标\n1\n人均公园绿地面积\n约束性\n平方米\n11.5\n"
           "3\n公园数量\n预期性\n座\n增加20\n4\n绿道长度\n预期性\n公里\n增加25")


def test_a_count_to_add():
    assert _rows(MINHANG) == [("人均公园绿地面积", 11.5, "平方米", 2030), ("公园数量", 20, "座", 2030),
                              ("绿道长度", 25, "公里", 2030)]


# 目标类别 | 具体目标内容 | 目标值(%) | 指标属性 under a caption dated by its period only (“十五五” → 2030): the header's
# unit is the values'; a row in words (完成市级 / 下达目标) and a footnote's mark on 预期性[1] end no table. 松江 2026
# 节能降碳“十五五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=8569d55d-cf6a-456f-885d-20b66d5ee2aa&siteId=0082).
SONGJIANG_CARBON = ("表 “十五五”松江区节能降碳主要指标\n目标类别\n具体目标内容\n目标值（%）\n指标属性\n"
                    "节能降碳\n单位生产总值二氧化碳排放降低\n完成市级\n下达目标\n约束性\n"
                    "单位生产总值能耗降低\n完成市级\n下达目标\n预期性[1]\n"
                    "建筑领域\n新建民用建筑执行绿色建筑一星级及以上标准比例\n100\n预期性")


def test_a_period_caption_and_a_unit_in_the_value_header():
    assert _rows(SONGJIANG_CARBON) == [("新建民用建筑执行绿色建筑一星级及以上标准比例", 100, "%", 2030)]


def test_wrapped_header_lines_stay_linear():
    # a header cell may take three lines: 30,000 lines of a place and a period that never close a header stay linear
    # (1,000 against 10,000 repeats: ten times the lines must cost about ten times the time, not a hundred)
    for head, unit in (("", "序号\n指标名称\n松江\n“十五五”\n"), ("序号\n", "松江\n“十五五”\n指标\n")):
        def cpu(text: str) -> float:
            started = time.process_time()
            assert extract_text(text, plan_year=2026).targets == []
            return time.process_time() - started
        assert_scaled(cpu, head + unit * 1_000, head + unit * 10_000, 20, head)
