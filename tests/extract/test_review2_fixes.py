"""Regressions a second review of the evening's rules found (git diff 37e1449..main), each with the reviewer's input;
the code at 37e1449 read each correctly. The sentences come from the rules' own tests and their dev sources."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.criteria import criteria_label
from tests.extract.test_target_round24 import JIADING
from tests.extract.test_target_round24 import _rows as _place_rows


def _values(text: str, plan_year: int | None = None, title: str | None = None) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year, title=title).targets]


def test_a_total_row_or_an_attachment_after_a_place_table_ends_it():
    # 合计 is no town: its numbers do not overwrite the last town's cells; nor does a contact list after the table
    rows = _place_rows(JIADING, 2026)
    assert _place_rows(JIADING + "\n合计\n125.93\n25.18\n75.56\n100.75\n125.93\n137.94", 2026) == rows
    assert _place_rows(JIADING + "\n附件2\n联系人\n1\n2\n3", 2026) == rows


def test_a_report_share_with_a_past_span_or_a_word_holding_a_modal_still_closes_its_item():
    # 前 in 前三季度/提前/当前, 要 in 主要, 底 in 截至9月底 are no deadline nor modal: the item was reached
    item = "(一)新增养老床位250张\n{}"
    for clause in ("1-9月新增养老床位280张,前三季度完成年度计划的85%。", "主要指标完成年度计划的112%。",
                   "新增养老床位280张,提前超额完成全年任务。", "当前已完成年度计划的112%。",
                   "截至9月底完成年度计划的85%。", "截至2023年9月底完成年度计划的85%。"):
        assert _values(item.format(clause), 2023) == [], clause
    # a milestone's deadline as a whole token still keeps the item
    for clause, share in (("6月底前完成年度计划的50%。", 50), ("年底前完成年度计划的100%。", 100),
                          ("6月份前完成年度计划的50%。", 50)):
        assert _values(item.format(clause), 2023) == [250, share], clause


def test_a_label_of_criteria_holds_across_its_sibling_parts():
    # (二)具体条件 after (一)基本条件 is criteria too; the next section (支持政策) states the plan's targets
    text = ("某区研发中心认定办法\n一、申报条件\n(一)基本条件\n研发投入占比不低于3%。\n(二)具体条件\n研发人员不少于10人。\n"
            "二、支持政策\n全年新认定研发中心20家。")
    assert _values(text, 2023) == [20]
    lead = ("某区研发中心认定办法\n申报条件:\n一、基本条件\n研发投入占比不低于3%。\n二、具体条件\n研发人员不少于10人。\n"
            "三、支持政策\n全年新认定研发中心20家。")
    assert _values(lead, 2023) == [20]


def test_a_label_of_criteria_may_follow_its_subject():
    # 二、高新技术企业认定条件: a subject before the label, no verb acting on criteria; 优化职称申报条件 stays a task
    assert criteria_label("高新技术企业认定条件") and criteria_label("省级研发中心申报条件")
    assert not criteria_label("优化职称申报条件") and not criteria_label("放宽人才认定条件")
    for label, value in (("高新技术企业认定条件", 5), ("省级研发中心申报条件", 10)):
        text = f"某区研发中心认定办法\n一、总则\n二、{label}\n研发人员不少于{value}人。\n三、支持政策\n全年新认定研发中心20家。"
        assert _values(text, 2023) == [20], label


def test_a_leader_beside_the_unit_in_a_table_a_cell_a_line_is_no_broken_name():
    # 王伟 / 县委办 is the leader's cell and the unit's, not one unit's name broken over two lines
    text = "附件1\n工作任务清单\n序号\n任务名称\n责任领导\n牵头部门\n配合部门\n1\n推进医共体建设。\n王伟\n县委办\n县卫健委"
    tasks = extract_text(text, plan_year=2023).tasks()
    assert [(t["lead"], t["cooperating"]) for t in tasks] == [(["县委办"], ["县卫健委"])]


def test_a_news_item_keeps_the_date_the_page_states_for_the_document():
    # only the page's publishing stamp is the report's; 成文日期 dates the document the news reports
    text = ("福清市推进气象事业高质量发展\n成文日期:2022年05月19日\n"
            "5月19日,福清市人民政府印发《福清市推进气象事业高质量发展的实施意见》,明确到2025年……")
    info = extract_text(text).document
    assert (info.title, info.date) == ("福清市推进气象事业高质量发展的实施意见", "2022-05-19")


def test_a_doc_site_banner_is_cut_only_at_the_line_start():
    # 文档 inside a run-on title is the title's own word; the banner (wenke99 2011) still goes
    text = "某市档案文档数字化建设实施方案为深入贯彻落实党中央决策部署,推进档案数字化,制定本方案。\n一、总体要求\n"
    assert extract_text(text).document.title == "某市档案文档数字化建设实施方案"
    text = "精选优质文档-倾情为你奉上天津市海洋经济和海洋事业发展“十二五”规划导 言天津作为中国北方最大的沿海开放城市。\n"
    assert extract_text(text).document.title == "天津市海洋经济和海洋事业发展“十二五”规划"
