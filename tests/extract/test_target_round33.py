"""Round-33 target rules (shplans): whole Shanghai plans' goals, from the shplans batch (tests/fixtures/real/README.md)
of dev-hashed documents of the public index zhiyao87/Shanghai-Gov-Docs-Index; the sentences are quoted from the pages
named (shanghai.gov.cn/zhengce/detail…), the expected values read by hand per spec/plan-format.md and the corpus README."""

from __future__ import annotations

from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear

# shanghai.gov.cn/zhengce/detail?businessId=2a1eeb0a-96d7-428d-b660-84588cd03cac&siteId=0076 (虹口 “十五五” 纲要, 2026)
HONGKOU_HQ = "精准招引高能级主体，五年累计新增高能级企业总部70家，重点吸引跨国公司地区总部、功能性机构、隐形冠军企业落户。"
HONGKOU_TRADE = "开展新型离岸贸易业务，五年累计外贸进出口总额超3000亿元。"
HONGKOU_BIO = "建强医疗检验检测、医药和医疗器械研发上下游产业链。五年累计培育15个生物技术重点项目。"
HONGKOU_SAFETY = "韧性安全城区建设深入推进，单位地区生产总值生产安全事故死亡率控制在0.006人/亿元以下。"
# …/zhengce/detail?businessId=0075202385&siteId=0075 (普陀 “十五五” 纲要, 2026)
PUTUO_SAFETY = "生活垃圾回收利用率达46%以上，单位生产总值生产安全事故死亡率不高于0.007人/亿元，打造更具时代感的城区新面貌。"
PUTUO_TABLE = ("表1  普陀区“十五五”经济社会发展主要指标\n类别\n序号\n指标名称\n单位\n属性\n“十五五”目标\n2030年\n年均【累计】\n"
               "7\n新增高新技术企业数\n家\n预期性\n—\n【累计300】\n8\n每万人口高价值发明专利拥有量\n件\n预期性\n32\n—\n"
               "9\n新增各类人才数\n人\n预期性\n—\n【累计10000】")
PUTUO_YEARLY = ("表1  普陀区“十五五”经济社会发展主要指标\n类别\n序号\n指标名称\n单位\n属性\n“十五五”目标\n2030年\n年均【累计】\n"
                "民生福祉\n10\n失业人员实现再就业人数\n人\n约束性\n—\n每年6900")
# …/zhengce/detail?businessId=0070352863&siteId=0070 (浦东 “十五五” 纲要, 2026)
PUDONG_PORT = "推进内河水运体系转型。到2030年，港口集装箱吞吐量力争达到5200万标准箱左右。"
# hi-hainan-kjcxfsz2021 (海南 2021 创新型省份, dev): the same duration in another province's goals
HAINAN = "国家科技计划项目批准数量翻一番，三年累计突破1000个。"


def test_n_years_cumulative_count_from_the_plans_year():
    # 五年累计 in a plan of 2026 runs to 2030 (2026 + 5 − 1), as 用5年时间 does (spec, durations)
    assert _rows(HONGKOU_HQ, 2026) == [("高能级企业总部", "level", 70, "家", 2030)]
    assert [r[2:] for r in _rows(HONGKOU_TRADE, 2026)] == [(3000, "亿元", 2030)]
    assert [r[2:] for r in _rows(HONGKOU_BIO, 2026)] == [(15, "个", 2030)]
    assert (1000, "个", 2023) in [r[2:] for r in _rows(HAINAN, 2021)]  # (翻一番 is a second target)


def test_money_put_in_over_years_dates_nothing():
    # 五年累计投入1300亿元 (the same page's review): money spent, no period to come
    assert all(r[4] is None for r in _rows("五年累计投入1300亿元，共开展房屋征收和城市更新项目34个。", 2026))


def test_a_rate_per_hundred_million_yuan_keeps_its_denominator():
    assert [r[2:] for r in _rows(HONGKOU_SAFETY, 2026)] == [(0.006, "人/亿元", None)]
    assert (0.007, "人/亿元", None) in [r[2:] for r in _rows(PUTUO_SAFETY, 2026)]


def test_standard_containers_are_a_measure():
    assert [r[2:] for r in _rows(PUDONG_PORT, 2026)] == [(5200, "万标准箱", 2030)]


def test_a_goals_table_reads_its_cumulative_and_yearly_cells():
    assert [r[1:] for r in _rows(PUTUO_TABLE, 2026)] == [
        ("level", 300, "家", 2030), ("level", 32, "件", 2030), ("level", 10000, "人", 2030)]
    from kechuang.extract import extract_text
    [yearly] = extract_text(PUTUO_YEARLY, plan_year=2026).targets
    assert (yearly.value, yearly.unit, yearly.year, yearly.recurring) == (6900, "人", 2030, True)


def test_a_line_of_repeated_durations_stays_linear():
    # 4 times the line costs under 8 times the time (review 4: an absolute 20 s bound let a quadratic through)
    assert_linear(lambda text: _rows(text, 2026), lambda n: "五年累计新增企业总部70家，" * n, 100)
    head = PUTUO_TABLE.split("7\n")[0]
    assert_linear(lambda text: _rows(text, 2026),
                  lambda n: head + "".join(f"{k}\n新增企业数\n家\n预期性\n—\n【累计{k}】\n" for k in range(1, n + 1)), 100)


# A goals lead that states 到2030年 with no heading the text shows as one (an excerpt, a news print): its per-year
# commitments run to 2030, as under a goals heading (period_end), not to no year.
PUTUO_GOALS = ("向上对接国家和市层面发展目标，综合考量区域发展基础和条件，到2030年，服务国家重大战略取得显著成果，区域综合实力"
               "跨上新台阶。\n——区域经济发展取得新突破。现代化新质产业体系加快构建，规上服务业营收年均增长8%，限额以上商品销售总额"
               "达到2万亿元。\n——人民城市建设取得新成效。民生兜底保障更加精准有力，每年失业人员实现再就业6900人。")
# the same shape in 虹口 “十五五” 纲要's goals (the corpus passage, its lead and the 城区核心功能 line)
HONGKOU_GOALS = passage("sh-hongkou-gy155", 1)


def test_per_year_commitments_after_an_unheaded_goals_lead_run_to_its_deadline():
    rows = _rows(PUTUO_GOALS, 2026)
    assert ("规上服务业营收", "growth", 8, "%", 2030) in rows
    assert (6900, "人", 2030) in [r[2:] for r in rows]
    assert (2, "万亿元", 2030) in [r[2:] for r in rows]
    found = [r[2:] for r in _rows(HONGKOU_GOALS, 2026)]
    assert (150, "家", 2030) in found and (30, "家", 2030) in found  # 每年新增…150家, 每年新增…30家
