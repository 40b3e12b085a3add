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


def test_a_national_plans_ministries_take_no_place_before_them():
    """工业和信息化部 in a State Council plan (region 全国) is the ministry's full name; 全国工业和信息化部 was printed
    some 60 times on the units page of one national plan."""
    from kechuang.extract.departments import canonical

    assert canonical("工业和信息化部", "全国") == "工业和信息化部"
    assert canonical("科技部", "全国") == canonical("科技部", None)
    assert canonical("财政局", "灵寿县") == "灵寿县财政局"  # a county's own units still take its name


@pytest.mark.parametrize(("typed", "units"), [
    ("县科技局、县财政局", ["县科技局", "县财政局"]),
    ("各乡、镇人民政府、县科技局", ["各乡、镇人民政府", "县科技局"]),  # the collective joins two kinds: one unit
    ("各区、县级市政府", ["各区、县级市政府"]),
    ("各乡镇、各部门", ["各乡镇", "各部门"]),
    ("县科技局\n县财政局,县科技局;县教育局", ["县科技局", "县财政局", "县教育局"]),
    ("", []),
])
def test_units_typed_in_a_form_keep_collectives_whole(typed, units):
    from kechuang.extract.unit_lists import typed_units

    assert typed_units(typed) == units


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


# Collective units that join two kinds with 、 — the addressees of 穗府〔2011〕15号
# (http://156152.com/zwgk/fggw/szfwj/content/post_4757573.html, a copy of gz.gov.cn): 各区、县级市人民政府.
@pytest.mark.parametrize("collective", ["各区、县级市人民政府", "各区、县级市政府", "各有关区、县级市", "各县、市、区人民政府"])
def test_collective_joining_two_kinds_stays_one_unit(collective):
    got = _units(f"1.强化重点区域招商引资。加强招商。(市商务委牵头,{collective}配合)")
    assert got == [("一/1", "lead", "市商务委"), ("一/1", "cooperating", collective)]


def test_collectives_each_starting_with_ge_are_two_units():
    got = _units("1.加强宣传培训。(责任单位:县科技局、各乡镇、各部门)")
    assert [u for _, _, u in got] == ["县科技局", "各乡镇", "各部门"]
    got = _units("1.加强宣传培训。(责任单位:各乡镇、县直各部门)")
    assert [u for _, _, u in got] == ["各乡镇", "县直各部门"]


# Joint signature of 丰科技发〔2024〕46号 (http://cqfd.gov.cn/bm/kxjsj/zwgk_36090/zfxxgkml/gfxwj/xxyxwj/202502/
# t20250213_14302941.html): "丰都县科学技术局 丰都县财政局" — a space is the only separator between two bodies.
def test_units_separated_only_by_a_space_are_two():
    got = _units("1.加强科研项目管理。(责任单位:县科学技术局 县财政局)")
    assert [u for _, _, u in got] == ["县科学技术局", "县财政局"]
    # 各乡镇人民政府、街道办事处: two kinds of one collective, one unit (as the dev page of 新密市 is annotated)
    got = _units("1.加强科研项目管理。(县科技局 县财政局牵头,各乡镇人民政府、街道办事处配合)")
    assert got == [("一/1", "lead", "县科技局"), ("一/1", "lead", "县财政局"),
                   ("一/1", "cooperating", "各乡镇人民政府、街道办事处")]


# "(市政府办公室、市行政审批制度改革工作领导小组办公室牵头,市级各有关部门及各县市区政府按职责分工负责)" — 渭南市2022年
# 深化“放管服”改革优化营商环境工作要点 (https://newton.com.tw/wiki/…/61994341, a copy of the official text).
def test_units_taking_a_task_by_their_duties():
    got = _units("1.全面实施行政许可事项清单管理。依据清单管理。(市政府办公室、市行政审批制度改革工作领导小组办公室牵头,"
                 "市级各有关部门按职责分工负责)")
    assert got == [("一/1", "lead", "市政府办公室"), ("一/1", "lead", "市行政审批制度改革工作领导小组办公室"),
                   ("一/1", "responsible", "市级各有关部门")]


# 东府〔2021〕54号 (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html, a copy of dg.gov.cn):
# "(市人力资源社会保障局、市医保局、市财政局、市税务局负责)".
def test_units_responsible_by_verb():
    got = _units("1.平稳有序实施企业职工基本养老保险缴费政策。(市人力资源社会保障局、市医保局、市财政局、市税务局负责)")
    assert [(r, u) for _, r, u in got] == [("responsible", u) for u in
                                           ("市人力资源社会保障局", "市医保局", "市财政局", "市税务局")]


# 湖州市2023年政府工作报告重点工作责任分解 (http://www.huzhou.gov.cn/art/2023/4/15/art_1229728396_59061726.html):
# "(列第一位的为工作牵头单位或汇总单位,下同)" — the first unit of each list leads, here and below.
def test_note_that_the_first_unit_leads():
    got = _units("1.坚持并完善“第一议题”等学习制度。\n责任单位:市政府办公室、市级其他有关单位、各区县政府(南太湖新区、长合区管委会)"
                 "(列第一位的为工作牵头单位或汇总单位,下同)\n2.深化改革。\n责任单位:市发展改革委、市财政局")
    assert [(r, u) for _, r, u in got] == [("lead", "市政府办公室"), ("responsible", "市级其他有关单位"),
                                           ("responsible", "各区县政府(南太湖新区、长合区管委会)"),
                                           ("lead", "市发展改革委"), ("responsible", "市财政局")]


# 和布克赛尔县整改任务 (http://www.xjhbk.gov.cn/xjhbk/tzgg/202003/6e10393e8cbd4825836a346a2ab0e1e9.shtml): a heading
# "二、整改责任单位" and the unit on the next line.
def test_heading_that_announces_the_units_below():
    got = _units("(一)推进环保基础设施建设。\n(二)整改责任单位\n和布克赛尔县住房和城乡建设局")
    assert [(r, u) for _, r, u in got] == [("responsible", "和布克赛尔县住房和城乡建设局")]


# 包头市2011年市政府重点工作任务分解意见 (http://fsou.com/html/text/lar/173664/17366417.html): the page lost the
# closing bracket of "(市经信委牵头落实".
def test_tail_whose_closing_bracket_is_lost():
    got = _units("1.进一步明确园区发展定位,推动园区优势互补和错位发展。(市经信委牵头落实")
    assert got == [("一/1", "lead", "市经信委")]


# 万盛区人大常委会会议 (fixture cq-wansheng-rdhy2010): minutes that end with the writing office's credit.
def test_a_lone_credit_closing_a_news_item_is_not_an_assignment():
    assert _units("1.听取工作报告。会议审议通过了有关人事任免事项。(办公室)") == []
    assert _units("1.听取工作报告。加强督查。(县政府办公室)") == [("一/1", "responsible", "县政府办公室")]


# 南京市 科技创新 (http://jumpstarthappiness.com/rule/47639.html, a page in traditional characters): "(牽頭單位:市科委、
# 市財政局)".
def test_keywords_in_traditional_characters():
    got = _units("1.加大高新技術企業培育扶持力度。(牽頭單位:市科委、市財政局)")
    assert got == [("一/1", "lead", "市科委"), ("一/1", "lead", "市財政局")]
