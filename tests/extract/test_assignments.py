"""Responsibility annotations in all their notations; each case is a sentence of the kind plans print."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text


def _units(body: str) -> list[tuple[str, str, str]]:
    plan = extract_text("某县科技创新实施方案\n一、重点任务\n" + body)
    return [(a.path, a.role, a.unit) for a in plan.assignments]


def test_responsible_list_in_parentheses():
    got = _units("(一)推动产业升级。加快发展。(责任单位:市农委、市质监局、各县〔市〕政府)")
    assert got == [("一/(一)", "responsible", u) for u in ("市农委", "市质监局", "各县〔市〕政府")]


def test_lead_then_responsible_with_semicolon():
    got = _units("1.加大财政科技投入。逐年递增。(牵头单位:县发展和改革局;责任单位:县委组织部、县委编办、财政局)")
    assert got[0] == ("一/1", "lead", "县发展和改革局")
    assert [u for _, r, u in got[1:] if r == "responsible"] == ["县委组织部", "县委编办", "财政局"]


def test_tortoise_shell_brackets_with_nested_parentheses():
    got = _units("1.提高企业研发投入。〔牵头单位:县发展和改革局;责任单位:县财政局、各乡(镇)政府、县经济开发区管委会〕")
    assert ("一/1", "responsible", "各乡(镇)政府") in got
    assert len(got) == 4


def test_lead_and_cooperating_verbs():
    got = _units("1、推动成果转化。促进专利运用。(县政府金融办牵头,县科技局、人行金塔县支行配合)")
    assert got == [("一/1", "lead", "县政府金融办"), ("一/1", "cooperating", "县科技局"),
                   ("一/1", "cooperating", "人行金塔县支行")]


def test_units_after_a_lead_without_keyword_cooperate():
    got = _units("1、推进数字经济。加强建设。(县工信局牵头,发改局)")
    assert got == [("一/1", "lead", "县工信局"), ("一/1", "cooperating", "发改局")]


def test_lead_only():
    assert _units("1、建立统计指标体系。做好统计监测。(县统计局牵头)") == [("一/1", "lead", "县统计局")]


def test_keyword_annotation_on_its_own_line():
    got = _units("(一)强化企业主体地位。支持企业建设研发机构。\n牵头单位:区科技局,配合单位:区财政局、区税务局")
    assert got == [("一/(一)", "lead", "区科技局"), ("一/(一)", "cooperating", "区财政局"),
                   ("一/(一)", "cooperating", "区税务局")]


def test_square_brackets_and_full_width_forms():
    got = _units("(一)培育科技型企业。做大做强。【责任单位:县科技局、县市场监管局】")
    assert [u for _, _, u in got] == ["县科技局", "县市场监管局"]
    got = _units("（一）加强知识产权保护。（责任单位：县市场监管局；配合单位：县公安局）")
    assert got == [("一/(一)", "responsible", "县市场监管局"), ("一/(一)", "cooperating", "县公安局")]


def test_prose_units_and_inline_parentheses_are_not_assignments():
    got = _units("(一)强化组织领导。成立由县政府主要领导任组长的领导小组,由县科技局负责日常工作。"
                 "依托清控创新基地(盐湖高新区)建设平台。")
    assert got == []


def test_bare_unit_list_closing_a_task():
    got = _units("1.建设科技基础设施。健全共享机制。(科技局、经发局,各镇街、开发区)")
    assert [u for _, _, u in got] == ["科技局", "经发局", "各镇街", "开发区"]
    assert {r for _, r, _ in got} == {"responsible"}


@pytest.mark.parametrize("tail", ["(2022年)", "(试行)", "(以下简称“科技局”)", "(基地)"])
def test_non_unit_parentheses_are_ignored(tail):
    assert _units(f"1.建设创新园区{tail}。") == []


def test_canonical_names_restore_region_and_expand_abbreviations():
    text = ("灵寿县人民政府办公室关于印发《灵寿县科技创新工作方案》的通知\n灵寿县科技创新工作方案\n一、重点任务\n"
            "1.加大投入。(牵头单位:县科技局;责任单位:县委组织部、财政局、人社局、各乡(镇)政府、省科技厅)")
    plan = extract_text(text)
    canon = {a.unit: a.canonical for a in plan.assignments}
    assert canon["县科技局"] == "灵寿县科学技术局"
    assert canon["财政局"] == "灵寿县财政局"
    assert canon["人社局"] == "灵寿县人力资源和社会保障局"
    assert canon["县委组织部"] == "灵寿县委组织部"
    assert canon["各乡(镇)政府"] == "各乡(镇)政府"
    assert canon["省科技厅"] == "省科学技术厅"


def test_offsets_point_at_the_units(seed_plans):
    for plan in seed_plans.values():
        for a in plan.assignments:
            assert plan.text[a.start:a.end] == a.unit
        for note in plan.annotations:
            assert plan.text[note.start:note.end] == note.text


def test_unbracketed_annotation_closing_the_paragraph():
    got = _units("1.加快孵化器建设。新建众创空间。责任单位:县科技局、县人社局。")
    assert got == [("一/1", "responsible", "县科技局"), ("一/1", "responsible", "县人社局")]


def test_deadline_inside_an_annotation_is_not_a_unit():
    got = _units("1.培育高新技术企业。(牵头单位:县科技局;配合单位:县税务局;完成时限:2023年底)")
    assert got == [("一/1", "lead", "县科技局"), ("一/1", "cooperating", "县税务局")]


def test_lead_responsible_verb():
    assert _units("1.建设科技大市场。(县科技局牵头负责)") == [("一/1", "lead", "县科技局")]
