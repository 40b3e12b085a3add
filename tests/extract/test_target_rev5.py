"""Review 5 of round 34's target rules (session of 2026-12-03): the rules of tprec4 that drop numbers that are no targets
dropped the goals of ordinary plans. Each finding's sentences are the reviewer's (read on 9f85411d and on main at 2640a60b)
and a second, varied sentence of the same shape; every one of them gave its targets before round 34."""

from __future__ import annotations

import pytest

from tests.extract.passages import target_rows as _rows


def _values(text: str, plan_year: int | None = None, title: str | None = None) -> list:
    return [r[2] for r in _rows(text, plan_year, title)]


# 1. 原则上 (targets/in_principle.py): a dated goal or a commitment keeps its run; the run ends at the first clause with
# no 原则上 and no bound of its own; 提高/保持/稳定在/控制在/配备/安排 name a thing to do.
@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    ("到2025年,全县耕地保有量原则上不低于52万亩,永久基本农田保护面积不低于45万亩。", 2021, [52, 45]),
    ("到2025年,全县研发经费投入强度原则上不低于2.5%,高新技术产业增加值占规上工业增加值比重不低于30%。", 2021, [2.5, 30]),
    ("力争到2025年,全县每万人口高价值发明专利拥有量原则上不低于3件。", 2021, [3]),
    ("确保县级财政科技支出增幅原则上不低于10%,占一般公共预算支出比重不低于2%。", 2021, [10, 2]),
    ("到2025年,各乡镇(街道)原则上至少有1家省级科技型中小企业,全县科技型中小企业总数不低于120家。", 2021, [120]),
    ("全县高新技术企业数量原则上保持在100家以上,研发投入强度不低于2%。", 2021, [100, 2]),
    ("年度考核中,科技创新类指标权重原则上不低于10%,研发投入强度提高到2.5%。", 2021, [10, 2.5]),
    ("原则上,县级以上重点实验室不超过5家;力争新建省级重点实验室2家。", 2021, [2]),
    # varied: a deadline 年底前, a commitment 力争 leading the sentence, 控制在 / 稳定在
    ("2026年底前,全市森林覆盖率原则上不低于62%,湿地保护率不低于55%。", 2025, [62, 55]),
    ("力争全区规上工业企业研发机构覆盖率原则上不低于50%,新增省级企业技术中心3家。", 2024, [50, 3]),
    ("全市单位地区生产总值能耗原则上控制在0.45吨标准煤以内,研发投入强度稳定在3%以上。", 2024, [0.45, 3]),
    ("每个乡镇原则上配备农技人员不少于5名,全县农技推广人员总数不少于120名。", 2024, [5, 120]),
])
def test_a_dated_or_committed_goal_set_as_a_rule_stays_a_target(text, plan_year, expected):
    values = _values(text, plan_year)
    for value in expected:
        assert value in values, (text, values)


def test_the_run_of_a_rule_ends_at_a_clause_of_its_own():
    # 原则上 bounds its own clause; the clause after it with no 原则上 and no bound is a goal of its own
    assert 2 in _values("原则上,县级以上重点实验室不超过5家;力争新建省级重点实验室2家。", 2021)
    assert 30 in _values("单个园区面积原则上不超过500亩,全县园区亩均税收提升至30万元。", 2024)


def test_a_standard_set_as_a_rule_stays_dropped():
    # the rule's own families (tprec4): a standard of no year and no commitment, its bound on every clause
    assert _rows("单个高标准农田建设项目规模,原则上平原地区不低于3000亩,丘陵山区不低于1000亩。", 2022) == []
    assert _rows("每所幼儿园规模原则上不超过360人。", 2011) == []
    assert _rows("每个班级人数原则上不超过45人,每所学校规模原则上不超过2000人。", 2024) == []
