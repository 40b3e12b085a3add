"""roll66, row 1 of tests/fixtures/real/MISSES-fresh65.md: a yearly project plan's roll (`共安排…项目N个`, then `其中`
its breakdown) is the size of the year's list, and so are its parts — the place quotas after `其中`, the shares of
the roll (`…项目占比N%`) in the `其中` sentence — and a count of projects named by a state (在建, 续建, 在库: projects
under way or on file, not a commitment of the year). The commitments of the same sentences (`计划新开工项目N个`,
`计划建成项目N个`) stay read (targets/roll_parts.py, called from project_rolls.py). The sentences are quoted from the
dev pages named (tests/fixtures/real), the expected values read by hand per spec/plan-format.md."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows
from tests.timing import assert_linear

# https://www.shanghai.gov.cn/zhengce/detail?businessId=5_195257&siteId=0080 (嘉定 2026 重大工程建设计划, dev; fresh65)
JIADING26 = ("2026年嘉定区共安排重大工程正式项目67个。其中，嘉定新城30个、北虹桥16个，嘉定新城、北虹桥两大战略引擎区域项目"
             "数量占比约67%。计划新开工项目27个、计划建成项目16个、在建项目24个，项目总投资约762亿元，2026年计划完成投资"
             "120.9亿元。同时安排9个预备项目。")
# https://www.shanghai.gov.cn/zhengce/detail?businessId=5_185337&siteId=0080 (嘉定 2025 重大工程建设计划, dev; fresh65)
JIADING25 = ("安排重大项目13个，其中计划新开工2个、计划建成9个、在建2个，项目总投资约42亿元，2025年计划完成投资12.7亿元。")
# http://m.boeeee.com/ywbb/p/128237.html (安徽 2025 第四批重大项目开工 news, dev), simplified
ANHUI = ("本次开工重大项目587个,总投资3323.8亿元,年度计划投资426.9亿元。其中,投向新兴产业项目占比52.3%、制造业项目占比"
         "61.1%、基础设施项目占比18.6%、社会民生项目占比8.5%,这些项目的开工建设将进一步夯实我省经济持续向好基础。")
# https://www.dalidaily.com/xs/ylx/2026/0119/64656.html (云龙 2025 工作 report, dev)
YUNLONG = ("聚焦项目攻坚,增长动能加快积蓄。制定实施《云龙县2025年项目攻坚行动方案》,全年在建在库项目86个、新入库36个,"
           "完成投资34.02亿元。")

# http://jzytyy.com/2024/zonglan_0222/525637.html (四川 2024 公路水路投资 news, traditional script, dev): the roll's
# 其中 by state in a text where the roll's count is a goal's (力爭 opens the sentence): 續建項目13個 was read
SICHUAN = ("2024年,水運建設力爭完成投資60億元,涉及項目共計17個。其中:續建項目13個、新開工項目4個,續建項目計劃完成投資58.1億元,"
           "新開工項目計劃完成投資1.9億元。")


def _values(text: str, plan_year: int | None) -> list[tuple]:
    return [r[2:4] for r in _rows(text, plan_year)]


def test_the_place_quotas_and_shares_of_a_roll_are_no_targets():
    values = _values(JIADING26, 2026)
    assert (30, "个") not in values and (16, "个") in values  # 嘉定新城30个 gone, 计划建成项目16个 stays
    assert values.count((16, "个")) == 1  # 北虹桥16个 gone
    assert (67, "%") not in values
    shares = [v for v in _values(ANHUI, 2025) if v[1] == "%"]
    assert shares == []  # was 52.3, 61.1, 18.6, 8.5 %


def test_a_count_of_projects_under_way_is_no_target():
    assert (24, "个") not in _values(JIADING26, 2026)  # 在建项目24个
    assert (2, "个") in _values(JIADING25, 2025) and _values(JIADING25, 2025).count((2, "个")) == 1  # 在建2个 gone
    assert (86, "个") not in _values(YUNLONG, 2025)  # 全年在建在库项目86个
    values = _values(SICHUAN, 2024)
    assert (13, "個") not in values and (58.1, "億元") in values  # 續建項目13個 gone, its investment stays


def test_the_commitments_of_a_roll_stay():
    values = _values(JIADING26, 2026)
    assert (27, "个") in values and (16, "个") in values and (120.9, "亿元") in values
    values = _values(JIADING25, 2025)
    assert (2, "个") in values and (9, "个") in values
    # a commitment to finish a project under way, a goal's count of projects under way, a status that is not led
    # by the state word: all stay
    # https://cq.cri.cn/n/20250304/9063c3a8-74a3-83b2-edb0-f2443e763655.html (璧山 2025 民生实事, dev, gold)
    assert (9, "个") in _values("完工2024年9个续建老旧小区改造项目。", 2025)
    assert (100, "个") in _values("力争在建项目100个。", 2025)
    # a share not in a roll's 其中 sentence stays
    assert (50, "%") in _values("到2025年,省级以上项目占比达到50%。", 2025)


def test_a_line_of_rolls_is_read_in_linear_time():
    from kechuang.extract.targets.roll_parts import roll_breakdown, state_counts

    def make(n: int) -> tuple[str, list[int]]:
        unit = "共安排项目1个,其中甲1个、乙项目占比5%、在建1个,"  # no sentence end: one scope for the whole line
        return unit * n, [k * len(unit) + 5 for k in range(n)]

    text, counts = make(2)
    assert roll_breakdown(text, counts) == ([c + 6 for c in counts], [c + 14 for c in counts])  # 甲1个; 占比5%
    assert_linear(lambda data: roll_breakdown(*data), make)
    assert_linear(state_counts, lambda n: "、在建项目1个" * n)
