"""Headings at every level, their paths and titles."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.numerals import format_chinese


def _paths(body: str) -> list[tuple[str, str]]:
    return [(h.path, h.title) for h in extract_text("某市科技创新行动计划\n" + body).headings]


def test_four_levels_and_titles_up_to_the_first_full_stop():
    got = _paths("一、总体要求\n二、重点任务\n(一)加快培育创新型企业\n1.实施倍增工程。建立后备库。\n"
                 "(1)完善政策。细化措施。\n(2)加强服务\n2.推动科技型小微企业发展。")
    assert got == [("一", "总体要求"), ("二", "重点任务"), ("二/(一)", "加快培育创新型企业"),
                   ("二/(一)/1", "实施倍增工程"), ("二/(一)/1/(1)", "完善政策"), ("二/(一)/1/(2)", "加强服务"),
                   ("二/(一)/2", "推动科技型小微企业发展")]


def test_full_width_numbering_is_normalised():
    got = _paths("一、重点任务\n（一）加快科技成果转化\n１．强化知识产权运用和保护。\n２、推动资产价值市场化。")
    assert [p for p, _ in got] == ["一", "一/(一)", "一/(一)/1", "一/(一)/2"]


def test_numbering_that_runs_on_across_sections():
    got = _paths("一、重点任务\n(一)培育企业\n1.甲。\n2.乙。\n(二)促进转型\n3.丙。\n4.丁。")
    assert [p for p, _ in got] == ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "一/(二)/3", "一/(二)/4"]


def test_stage_labels_are_headings():
    got = _paths("四、阶段性任务\n第一阶段:挖潜增量。制定政策。\n第二阶段:攻坚克难。集中力量。")
    assert got == [("四", "阶段性任务"), ("四/第一阶段", "挖潜增量"), ("四/第二阶段", "攻坚克难")]


def test_a_new_top_level_closes_deeper_levels():
    got = _paths("一、任务\n(一)甲\n1、子项\n二、保障措施\n1、加强组织领导\n2、营造良好氛围")
    assert [p for p, _ in got][-3:] == ["二", "二/1", "二/2"]


def test_out_of_sequence_numbers_in_prose_are_not_headings():
    got = _paths("一、主要目标\n1.完成基础工作。\n2.完成中期工作。\n9.5亿元用于技术改造。\n3.完成验收。")
    assert [p for p, _ in got] == ["一", "一/1", "一/2", "一/3"]


def test_inline_enumerations_are_not_headings():
    got = _paths("一、工作措施\n一是成立领导小组。二是配齐干部。三是健全网络。")
    assert got == [("一", "工作措施")]


def test_notice_preamble_has_no_headings():
    text = ("某县人民政府办公室关于印发《某县科技创新实施方案》的通知\n各乡镇人民政府:\n"
            "一、请认真贯彻执行。\n某县人民政府办公室\n2022年3月1日\n某县科技创新实施方案\n一、指导思想\n坚持创新。")
    heads = extract_text(text).headings
    assert [(h.path, h.title) for h in heads] == [("一", "指导思想")]


def test_heading_offsets(seed_plans):
    for plan in seed_plans.values():
        for h in plan.headings:
            assert plan.text[h.title_start:h.title_end] == h.title


# The unseen plan: "11.121人才梯队项目" is heading 11 (the programme's name starts with digits).
def test_heading_whose_title_starts_with_digits_when_it_is_the_next_number():
    items = "".join(f"{n}.人才项目{n}。\n" for n in range(1, 11))
    got = _paths("一、重点项目\n" + items + "11.121人才梯队项目。\n12、135人才工程。")
    assert got[-2:] == [("一/11", "121人才梯队项目"), ("一/12", "135人才工程")]


def test_a_decimal_opening_a_line_is_not_a_heading():
    got = _paths("一、重点项目\n1.人才项目。\n1.5亿元用于建设孵化器。\n2.5%的企业开展研发。\n2.科技项目。")
    assert got == [("一", "重点项目"), ("一/1", "人才项目"), ("一/2", "科技项目")]
    plan = extract_text("某市科技创新行动计划\n一、重点项目\n1.人才项目。\n1.5亿元用于建设孵化器。")
    assert not any("1.5" in w or "“1”" in w for w in plan.warnings)


def test_circled_numbers_are_a_heading_level():
    got = _paths("一、重点任务\n(一)培育创新主体\n①实施高新技术企业倍增计划。\n②培育科技型中小企业。\n(二)建设平台\n①建设孵化器。")
    assert got == [("一", "重点任务"), ("一/(一)", "培育创新主体"), ("一/(一)/①", "实施高新技术企业倍增计划"),
                   ("一/(一)/②", "培育科技型中小企业"), ("一/(二)", "建设平台"), ("一/(二)/①", "建设孵化器")]


# A county's science and technology work plan (http://m.allw.cn/news/173637.html): "二、主要目标" followed by one
# paragraph "①加强科技计划项目建设,…8项以上;②高标准建设…科技示范基地6处;③…".
def test_circled_numbers_inside_a_paragraph_are_not_headings():
    got = _paths("二、主要目标\n①加强科技计划项目建设,组织实施各级各类科技计划项目8项以上;②高标准建设茶、药、桑、栗、蔬菜、"
                 "养殖等科技示范基地6处;③构建科技服务平台3个。")
    assert got == [("二", "主要目标")]


# 丰都县科研项目管理办法(试行), 丰科技发〔2024〕46号 (http://cqfd.gov.cn/bm/kxjsj/zwgk_36090/zfxxgkml/gfxwj/
# xxyxwj/202502/t20250213_14302941.html): chapters, and articles numbered on across chapters.
def test_chapters_and_articles():
    got = _paths("第一章 总则\n第一条 为加强和规范丰都县科研项目(以下简称项目)管理,制订本办法。\n"
                 "第二条 本办法所称丰都县科研项目是指县科技局资助的科学技术研究开发活动。\n第二章 项目设置\n"
                 "第三条 项目实行分类管理,分为四大类。\n(一)技术创新与应用发展项目。\n第四条 项目申报。")
    assert [p for p, _ in got] == ["第一章", "第一章/第一条", "第一章/第二条", "第二章", "第二章/第三条",
                                   "第二章/第三条/(一)", "第二章/第四条"]
    assert got[1][1] == "为加强和规范丰都县科研项目(以下简称项目)管理,制订本办法"


def test_articles_past_one_hundred():
    got = _paths("".join(f"第{format_chinese(n)}条 内容。\n" for n in range(1, 102)))
    assert len(got) == 101 and [p for p, _ in got][-3:] == ["第九十九条", "第一百条", "第一百零一条"]
