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
    # review 7 finding 5: 提高到 after the run no longer keeps the weight (a standard); the goal 2.5 % stays
    ("年度考核中,科技创新类指标权重原则上不低于10%,研发投入强度提高到2.5%。", 2021, [2.5]),
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


# 3. 去年 (targets/last_year.py): a start (从去年起, 自去年以来) or a base (和去年相比, 巩固去年成果) marks nothing, and a
# mark governs its own sentence, never a commitment after it or this year's goals.
@pytest.mark.parametrize(("text", "expected"), [
    ("去年全县研发投入强度为2.1%。力争研发投入强度达到2.5%,新增高新技术企业20家。", [2.5, 20]),
    ("去年,全县新增高新技术企业12家。全年力争新增高新技术企业20家,研发投入强度达到2.5%。", [20, 2.5]),
    ("从去年起,力争每年新增高新技术企业20家。", [20]),
    ("自去年以来,我县持续推进科技创新。力争新增高新技术企业20家,科技型中小企业入库50家。", [20, 50]),
    ("和去年相比,力争新增高新技术企业20家。", [20]),
    ("巩固去年成果,力争新增高新技术企业20家,研发投入强度达到2.5%。", [20, 2.5]),
    ("继续保持去年良好势头,力争新增高新技术企业20家。", [20]),
    ("对标去年先进县,力争新增高新技术企业20家。", [20]),
    ("今年主要预期目标是:地区生产总值增长6%左右;去年未完成的指标要加力补齐,新增高新技术企业20家,研发投入强度达到2.5%。",
     [6, 20, 2.5]),
    # varied
    ("去年全区技术合同成交额为8亿元。今年确保技术合同成交额达到10亿元,新增省级研发平台3个。", [10, 3]),
    ("跟去年相比,确保新增规上工业企业15家。", [15]),
    ("去年以来,全市新认定高新技术企业30家。今年,力争新增高新技术企业40家。", [40]),
])
def test_a_goal_after_last_year_stays_a_target(text, expected):
    values = _values(text, 2024)
    for value in expected:
        assert value in values, (text, values)


def test_a_goal_after_last_year_under_a_dated_page_stays_a_target():
    # no plan year passed: the document's date gives it
    head = "关于印发某县科技创新工作要点的通知\n发布日期:2024-02-10\n"
    rows = _rows(head + "去年全县研发投入强度为2.1%。力争研发投入强度达到2.5%,新增高新技术企业20家。")
    assert (2.5, 2024) in [(r[2], r[4]) for r in rows] and (20, 2024) in [(r[2], r[4]) for r in rows], rows
    rows = _rows("关于印发某区2025年工作要点的通知\n发布日期:2025-01-20\n去年,全区新增专精特新企业9家。今年确保新增专精特新"
                 "企业15家。")
    assert 15 in [r[2] for r in rows], rows


def test_last_years_own_sentence_stays_history():
    # the rule's own family: the numbers of 去年's sentence (海南 2024, test_target_tprec4)
    assert 12 not in _values("去年,全县新增高新技术企业12家。全年力争新增高新技术企业20家。", 2024)
    assert _rows("去年,全区新增科技型中小企业85家,技术合同成交额12亿元。", 2024) == []


# 4. A share reached (targets/progress_shares.py): a goal after the share in its sentence is kept.
@pytest.mark.parametrize(("text", "expected"), [
    ("今年1-10月,全县已完成固定资产投资56亿元,占全年计划投资的80%,力争全年完成投资70亿元。", [70]),
    ("2024年,全县计划实施重点项目120个,已开工98个,占年度计划的81.7%,力争三季度末全部开工,全年完成投资150亿元。", [150]),
    ("1-6月份,累计完成研发投入3.2亿元,占年度目标任务的45%,确保全年研发投入强度达到2.6%。", [2.6]),
    ("2024年全县已入库科技型中小企业120家,完成市下达任务的96%,力争年底达到150家。", [150]),
    ("上半年已完成投资12亿元,完成年度计划的60%,下半年力争完成投资8亿元。", [8]),
    # varied
    ("今年1-9月,全县已完成技改投资18亿元,占年度计划的72%,确保全年完成技改投资25亿元。", [25]),
])
def test_a_goal_after_a_share_reached_stays_a_target(text, expected):
    values = _values(text, 2024)
    for value in expected:
        assert value in values, (text, values)


# 2. The goals section (achieved_growth.outside_goals, read by in_principle.py): a sub-heading under a goals heading does
# not close it; 1./1、 and unnumbered short headings count; 目标与任务, 发展定位与目标, 生态目标 are goals headings.
_FOREST = "到2025年,全县森林覆盖率原则上不低于60%,城市人均公园绿地面积原则上不低于15平方米。"
_FOREST_UNDATED = "全县森林覆盖率原则上不低于60%,城市人均公园绿地面积原则上不低于15平方米。"


@pytest.mark.parametrize("head", [
    "二、发展目标\n（一）生态环境\n",
    "第二章 发展目标\n第一节 生态目标\n",
    "二、目标与任务\n",
    "二、发展定位与目标\n",
    "1.发展目标\n",
    "目标任务\n",
    "三、主要目标\n(二)绿色发展\n",
    "2、工作目标\n",
])
def test_a_goals_section_keeps_its_targets_set_as_a_rule(head):
    for body in (_FOREST, _FOREST_UNDATED):
        values = _values(head + body, 2021)
        assert 60 in values and 15 in values, (head, body, values)


def test_a_task_count_set_as_a_rule_under_tasks_stays_a_target():
    text = "二、重点任务\n(一)科技特派员。每个乡镇原则上配备科技特派员不少于2名,全县科技特派员总数不少于60名。"
    values = _values(text, 2021)
    assert 2 in values and 60 in values, values


def test_another_section_after_goals_is_still_read():
    # a heading of the same level as the goals heading closes it: the standard there is dropped again
    text = "二、发展目标\n到2025年,全县森林覆盖率达到60%。\n三、保障措施\n每所幼儿园规模原则上不超过360人。"
    values = _values(text, 2021)
    assert 60 in values and 360 not in values, values


# 5. 至此 (rules/targets.yaml accomplished_words, paragraph.py): only at a clause's start, never inside 截至此…/至此次.
@pytest.mark.parametrize(("text", "expected"), [
    ("截至此次规划期末,全县新增高新技术企业20家,研发投入强度达到2.5%。", [20, 2.5]),
    ("从即日起至此次专项行动结束,全县新增科技特派员50名。", [50]),
    ("直至此轮行动结束,全市新建5G基站300个。", [300]),
])
def test_zhici_inside_a_phrase_is_no_running_total(text, expected):
    values = _values(text, 2024)
    for value in expected:
        assert value in values, (text, values)


def test_zhici_at_a_clause_start_still_closes_a_running_total():
    assert _rows("我省新增省级专精特新中小企业238家。至此,全省专精特新中小企业总数达到820家。", 2022) == []
    assert _rows("本批新认定高新技术企业15家,至此全县高新技术企业总数达到86家。", 2022) == []


# 6. A title-dated report: 去年 there is the year before the title's (海南 2024 under its report's title).
HAINAN = ("海南新型工业聚力起势。去年,百万吨乙烯等一批石化新材料项目密集投产,新增产值260亿元。海上风电装备、新能源专用车等"
          "多领域破题,可降解高端纸品、临高海上风电场开工,全省最大的集中式光伏基地并网运行。新增科技型中小企业594家,在库专精特新"
          "企业347家。")


def test_last_year_under_a_dated_title_is_history():
    assert _rows(HAINAN, title="海南省2024年政府工作报告") == []
    assert _rows("某县2024年政府工作报告\n" + HAINAN) == []
