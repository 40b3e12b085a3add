"""Review 7 of the session's target rules (2026-12-03, fixr): findings 1 and 5. Each finding's sentences are the
reviewer's (read on main at 54ca15bb against 309e779f) and a second, varied sentence of the same shape; none of them
gave a target before the session's rules."""

from __future__ import annotations

import pytest

from tests.extract.passages import target_rows as _rows


def _values(text: str, plan_year: int | None = None, title: str | None = None) -> list:
    return [r[2] for r in _rows(text, plan_year, title)]


# 1. 全年 after 去年 (targets/last_year_reach.py): in a review 全年 is last year's full year; it is this year's, and ends
# 去年's reach, only with a commitment word (力争/确保/争取) or a mark to come in its own sentence.
@pytest.mark.parametrize(("text", "plan_year", "title"), [
    ("去年,全县经济运行稳中有进。全年完成固定资产投资120亿元。新建农村公路80公里,改造老旧小区12个。", 2025, None),
    ("一、2024年主要工作\n去年,全县经济运行稳中有进。全年完成固定资产投资120亿元。新建农村公路80公里,改造老旧小区12个。",
     2025, None),
    ("去年,我们新增高新技术企业25家。全年新增城镇就业3200人。改造提升农村公路86公里。", 2025, None),
    ("去年,全县上下攻坚克难。全年新增高新技术企业15家,新建5G基站300个。", 2024, "我县2023年经济社会发展成效显著"),
    # varied: 本年, a review under a title of no year
    ("去年,全区经济稳中向好。本年实现规上工业增加值85亿元。新增市场主体1200户,建成农村公路45公里。", 2024, None),
    ("去年,全市上下砥砺前行。全年引进项目56个,新建标准厂房20万平方米。", 2023, "全市经济社会发展综述"),
])
def test_a_full_year_after_last_year_is_last_years(text, plan_year, title):
    assert _rows(text, plan_year, title) == [], text


def test_a_full_year_with_a_goal_word_is_still_this_years():
    # review 5's case: 全年力争… is this year's goal
    values = _values("去年,全县新增高新技术企业12家。全年力争新增高新技术企业20家,研发投入强度达到2.5%。", 2025)
    assert 20 in values and 2.5 in values and 12 not in values
    values = _values("去年,全区新增市场主体900户。全年确保新增市场主体1000户。", 2024)
    assert 1000 in values and 900 not in values


# 5. 原则上 (targets/in_principle.py): action and commitment words count only in the clauses of the 原则上 run, a
# commitment word only before 原则上 and not in a purpose clause (为确保…) or as 争取申报.
@pytest.mark.parametrize("text", [
    "三、管理要求\n每个班级人数原则上不超过45人,班额控制在合理范围。",
    "三、管理要求\n各乡镇技术人员原则上不少于3名,不断提高服务水平。",
    "三、管理要求\n每个村卫生室原则上不少于2名乡村医生,保持队伍稳定。",
    "三、管理要求\n为确保工程质量,每个标段长度原则上不超过5公里,施工期限原则上不超过2年。",
    "三、管理要求\n各地争取申报的项目数量原则上不超过3个,单个项目面积原则上不低于500亩。",
    "三、管理要求\n每个班级人数原则上不超过45人,每所学校规模原则上不超过2000人,班额控制在合理范围。",
    # varied
    "四、保障措施\n每个服务站人员原则上不少于4名,稳定在合理水平。",
    "四、保障措施\n为确保服务质量,每名家庭医生签约人数原则上不超过2000人。",
    "四、保障措施\n各县争取申报的示范村原则上不超过2个。",
])
def test_a_standard_set_as_a_rule_is_dropped_whatever_follows(text):
    assert _rows(text, 2023) == [], text


@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    ("到2025年,全县耕地保有量原则上不低于52万亩,永久基本农田保护面积不低于45万亩。", 2021, [52, 45]),
    ("确保县级财政科技支出增幅原则上不低于10%,占一般公共预算支出比重不低于2%。", 2021, [10, 2]),
    # 提高到 is in a clause after the run, so it no longer keeps the 10 % (the review: "keeps 2.5 % at least")
    ("年度考核中,科技创新类指标权重原则上不低于10%,研发投入强度提高到2.5%。", 2021, [2.5]),
    ("力争全区规上工业企业研发机构覆盖率原则上不低于50%,新增省级企业技术中心3家。", 2024, [50, 3]),
])
def test_review_5s_goals_set_as_a_rule_stay(text, plan_year, expected):
    values = _values(text, plan_year)
    for value in expected:
        assert value in values, (text, values)
