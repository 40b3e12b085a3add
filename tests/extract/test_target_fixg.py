"""Review of tprec3's rules (session of 2026-12-03, fixg): goal sentences that ``targets/achieved_growth.py`` read as a
bulletin's history and goals that ``targets/funding.py`` read as funds or caps. The reviewer's inputs, each with a
second of the same shape; the rules' own families stay in tests/extract/test_target_tprec3.py."""

from __future__ import annotations

import time

import pytest

from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

TITLE = "某某县2024年科技创新工作要点"


def _plan(body: str, heading: str = "一、主要目标") -> list[tuple]:
    """Targets of ``body`` under ``heading`` in a 2024 plan dated 2024年2月20日."""
    return _rows(f"{TITLE}\n{heading}\n{body}\n某某县人民政府\n2024年2月20日", 2024, TITLE)


def _values(rows: list[tuple]) -> list:
    return [r[2] for r in rows]


# Finding 1: an amount with its growth in a goal sentence is a goal.
@pytest.mark.parametrize(("body", "expected"), [
    ("全社会研发经费支出达到6.5亿元,增长12%,研发投入强度达到2.6%。", [6.5, 12, 2.6]),
    ("技术合同成交额达到8亿元,增长15%;新增高新技术企业25家。", [8, 15, 25]),
    ("全县地区生产总值达到320亿元,增长6.5%。", [320, 6.5]),
    ("2024年,全县地区生产总值达到320亿元,增长6.5%左右。", [320, 6.5]),
    ("技术合同成交额达到10亿元,增长20%;高新技术企业达到120家。", [10, 20, 120]),
    ("农业总产值达到80亿元,增长4%,农村居民人均可支配收入达到2.5万元,增长7%。", [80, 4, 2.5, 7]),
    ("规上工业增加值增长8%以上,工业投资完成120亿元,增长12%,新增规上工业企业30家。", [8, 120, 12, 30]),
    ("2024年全县主要科技指标:全社会研发经费支出达到6亿元,增长10%;高新技术企业达到100家。", [6, 10, 100]),
    ("计划全年完成固定资产投资150亿元,增长10%。", [150, 10]),
    # varied inputs of the same shapes
    ("规上工业总产值突破500亿元,增长9%;新增专利授权800件。", [500, 9, 800]),
    ("社会消费品零售总额110亿元,增长5%左右。", [110, 5]),
    ("全年完成技改投资40亿元,增长15%,实施技改项目60个。", [40, 15, 60]),
])
def test_an_amount_and_growth_in_a_goals_section_stay_targets(body, expected):
    values = _values(_plan(body))
    assert all(v in values for v in expected), values


def test_goal_markers_keep_the_sentence_outside_a_goals_section():
    values = _values(_plan("全县地区生产总值达到320亿元,增长6.5%。", heading="三、保障措施"))
    assert 320 in values and 6.5 in values
    values = _values(_plan("营业收入超过60亿元,增长10%以上。", heading="三、保障措施"))
    assert 60 in values and 10 in values


def test_a_year_to_come_in_a_plan_keeps_the_sentence():
    title = "某某县数字经济发展三年行动计划(2024—2026年)"
    text = f"{title}\n2026年,全县软件和信息服务业收入达到20亿元,较上年增长15%。"
    assert {20, 15} <= set(_values(_rows(text, 2024, title)))
    text = f"{title}\n2025年,全县电子商务交易额45亿元,较上年增长12%。"
    assert {45, 12} <= set(_values(_rows(text, 2024, title)))


def test_a_numbered_indicator_under_a_lead_in_keeps_its_targets():
    title = "某某县“十四五”科技创新规划"
    for line, amount in (("3.技术合同成交额达到5亿元,增长1倍。", 5), ("4.高新技术产业产值150亿元,年均增长10%。", 150)):
        text = f"{title}\n到2025年,全县科技创新主要指标如下:\n{line}"
        rows = _rows(text, 2021, title)
        assert amount in _values(rows) and len(rows) == 2, rows  # the amount and its growth (增长1倍 is read as 2)


def test_a_lead_in_naming_a_year_to_come_keeps_its_lines():
    title = "某某县数字经济发展三年行动计划(2024—2026年)"
    for line, expected in (("全县电子商务交易额45亿元,较上年增长12%。", {45, 12}),
                           ("软件和信息服务业收入20亿元,年均增长15%。", {20, 15})):
        text = f"{title}\n到2026年,全县将实现:\n{line}"
        assert expected <= set(_values(_rows(text, 2024, title))), line


def test_a_bulletins_bare_amount_and_growth_stay_history():
    # the family's shape once more: no marker, no goals heading, no year to come
    bulletin = "某某县2023年国民经济和社会发展统计公报"
    text = f"{bulletin}\n一、综合\n全县生产总值254.5亿元,比上年增长5.2%;规上工业增加值增长7.1%。"
    assert _rows(text, 2023, bulletin) == []


# Finding 3: goals beside funds or caps, funds to win, a floor and a schedule's label are no funding clauses.
@pytest.mark.parametrize(("body", "expected"), [
    ("全县规上工业企业研发机构达到80家、安排科技创新资金1000万元。", [80]),
    ("力争全年新增贷款80亿元、设立5亿元产业发展基金资金。", [80, 5]),
    ("新增规上企业30家、单个项目最高补助50万元,高新技术企业达到80家。", [30, 80]),
    ("全年争取各类扶持资金超过5000万元。", [5000]),
    ("积极争取中央和省安排资金5000万元,用于科技创新平台建设。", [5000]),
    ("力争新增规上工业企业30家,每个企业年均研发投入超过200万元。", [30, 200]),
    ("进度安排:年内完成项目建设资金5000万元。", [5000]),
    # varied inputs of the same shapes
    ("新建省级研发平台12个、安排人才发展资金800万元。", [12]),
    ("确保新增科技贷款20亿元,设立1亿元科技成果转化引导资金。", [20, 1]),
    ("培育科技型中小企业150家、单个企业最高奖励20万元,新增发明专利300件。", [150, 300]),
    ("全年争取上级专项扶持资金超过3000万元。", [3000]),
    ("努力争取上级安排资金2000万元,支持园区基础设施建设。", [2000]),
    ("新培育专精特新企业10家,每个企业研发投入超过100万元。", [10, 100]),
    ("工作安排:年底前完成技改资金3000万元。", [3000]),
])
def test_goals_beside_funds_or_caps_stay_targets(body, expected):
    values = _values(_rows(body, 2024))
    assert all(v in values for v in expected), values


def _cpu(text: str) -> float:
    start = time.process_time()
    _rows(text, 2024)
    return time.process_time() - start


@pytest.mark.parametrize(("lines", "repeats"), [
    ("一、主要目标\n全县生产总值320亿元,增长6.5%。\n二、工作回顾\n生产总值254.5亿元,增长5.2%。\n", 2000),  # sections
    ("到2026年,全县将实现:\n收入20亿元,增长15%。\n研发机构达到80家、安排资金1000万元。\n", 600),  # a lead-in, funds
])
def test_many_lines_are_read_in_linear_time(lines, repeats):
    small_text, large_text = lines * repeats, lines * (8 * repeats)
    _cpu(lines)  # warm the patterns and vocabularies first, so the small run times the rules alone
    assert_scaled(_cpu, small_text, large_text, 16)  # 8 × the lines: a quadratic would take 64 ×
