"""Document metadata: plan title vs notice title, 文号, issuers, dates, region, basis."""

from __future__ import annotations

from kechuang.extract import extract_text

NOTICE = """首页 > 政务公开 > 政府文件
廊坊市科学技术局 廊坊市财政局关于印发《廊坊市科技创新券实施方案》的通知
发布时间:2023-05-06
廊坊市科发〔2023〕[12]号
各县(市、区)科技局、财政局:
现将《廊坊市科技创新券实施方案》印发给你们,请认真贯彻执行。
廊坊市科学技术局
廊坊市财政局
二〇二三年四月二十八日
廊坊市科技创新券实施方案
为贯彻落实《中共廊坊市委关于实施创新驱动发展战略的决定》(廊坊发〔2021〕3号)和《廊坊省科技创新券管理办法》精神,制定本方案。
一、总体要求
到2025年,科技型中小企业达到500家。
"""


def test_joint_notice_with_chinese_numeral_date():
    d = extract_text(NOTICE).document
    assert d.title == "廊坊市科技创新券实施方案"
    assert d.issuer == ["廊坊市科学技术局", "廊坊市财政局"]
    assert d.date == "2023-04-28"
    assert d.publish_date == "2023-05-06"
    assert d.region == "廊坊市"
    assert d.basis == ["中共廊坊市委关于实施创新驱动发展战略的决定", "廊坊省科技创新券管理办法"]


def test_doc_number_brackets_are_unified():
    text = "关于印发某县科技创新方案的通知\n某政办发[2018]61号\n某县科技创新方案\n一、目标"
    assert extract_text(text).document.doc_number == "某政办发〔2018〕61号"
    text = "关于印发某县科技创新方案的通知\n某政办发【2018】61号\n某县科技创新方案\n一、目标"
    assert extract_text(text).document.doc_number == "某政办发〔2018〕61号"


def test_publish_date_when_no_signature_date():
    text = "发布日期:2021-07-09\n关于印发《某区创新行动计划》的通知\n某区创新行动计划\n一、目标"
    d = extract_text(text).document
    assert d.date == "2021-07-09"


def test_partial_dates_stay_null():
    text = "某县科技创新方案\n2022年9月\n一、目标"
    assert extract_text(text).document.date is None


def test_plan_without_notice_uses_standalone_title_lines():
    text = "青山区建设创新型城区\n工作推进方案\n为深入实施创新驱动战略,制定本方案。\n一、总体要求\n二、主要目标"
    d = extract_text(text).document
    assert d.title == "青山区建设创新型城区工作推进方案"
    assert d.region == "青山区"
    assert d.issuer == []


def test_standalone_title_with_a_trial_suffix():
    text = "青山区科技创新券管理办法(试行)\n第一条 为激发企业创新活力,制定本办法。\n第二条 本办法所称创新券。"
    plan = extract_text(text)
    assert plan.document.title == "青山区科技创新券管理办法(试行)"
    assert [h.path for h in plan.headings] == ["第一条", "第二条"]
