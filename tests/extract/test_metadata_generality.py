"""Round-3 metadata rules, each from real page openings of at least two documents (dev split of
tests/fixtures/real/openings; the address of each is in its .json and in SOURCES.md).

Expected values are the hand-annotated gold of those fixtures, read from the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract import extract_text

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _document(name: str):
    return extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document


# Forms and lists a department issues as its plan of a year, titled with the department's name and the year:
# huarong.gov.cn (华容县科技局2017年重点工作“三明确一限期”清单, whose 发布机构 field prints only 科技局) and
# taoyuan.gov.cn (桃源县科学技术局2021年度/2022年部门整体支出绩效目标申报表).
@pytest.mark.parametrize("name, title, issuer, region", [
    ("hn-huarong-smqd2017", "华容县科技局2017年重点工作“三明确一限期”清单", ["华容县科技局"], "华容县"),
    ("hn-taoyuan-jxmb2021", "桃源县科学技术局2021年度部门整体支出绩效目标申报表", ["桃源县科学技术局"], "桃源县"),
    ("hn-taoyuan-jxmb2022", "桃源县科学技术局2022年部门整体支出绩效目标申报表", ["桃源县科学技术局"], "桃源县"),
])
def test_a_list_or_form_titled_with_its_department(name, title, issuer, region):
    d = _document(name)
    assert (d.title, d.issuer, d.region) == (title, issuer, region)


# A metadata table's 名称 field followed by another field on the same line (名称: …的通知 文号: 泾政〔2023〕1号):
# ahjx.gov.cn (泾县) and mengcheng.gov.cn (蒙城县, 文号 left empty in the field, printed after the notice's title).
def test_a_title_field_ends_where_the_next_field_starts():
    d = _document("ah-jingxian-rwfj2023")
    assert (d.title, d.issuer, d.region) == ("泾县人民政府关于分解落实政府工作报告目标任务的通知", ["泾县人民政府"], "泾县")
    assert _document("ah-mengcheng-kjcgzh2023").doc_number == "蒙政办秘〔2023〕8号"  # as printed: 8 号


def test_a_quoted_report_that_was_approved_is_not_the_document():
    # ahjx.gov.cn: 《政府工作报告》已经县十八届人民代表大会…审议通过。…现将《政府工作报告》2023年…任务予以分解印发
    text = ("泾县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府:\n"
            "《政府工作报告》已经县十八届人民代表大会第二次会议审议通过,明确了2023年全县经济社会发展的主要目标和工作任务。"
            "经研究,现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。")
    assert extract_text(text).document.title == "泾县人民政府关于分解落实政府工作报告目标任务的通知"
    # and the plan a notice does issue keeps its title (《X》已经…同意,现印发给你们)
    text = "《某县科技创新行动方案》已经县政府同意,现印发给你们,请认真贯彻执行。"
    assert extract_text(text).document.title == "某县科技创新行动方案"


def test_other_labels_of_the_doc_number_field():
    # zjcx.gov.cn (长兴县): 文件编号:  长政办发〔2023〕7号 发布机构: …
    assert _document("zj-changxing-zrfj2023").doc_number == "长政办发〔2023〕7号"
    assert extract_text("发文编号: 某政发〔2024〕3号\n某县科技创新方案\n一、目标").document.doc_number == "某政发〔2024〕3号"


def test_a_notice_asking_for_reports_is_its_own_document():
    # dxal.gov.cn: 关于报送2025年科技型中小企业培育库、高新技术企业培育库的通知 (no plan issued, none printed)
    assert _document("hl-daxinganling-pyk2025").title == "关于报送2025年科技型中小企业培育库、高新技术企业培育库的通知"


def test_a_notice_whose_plan_is_an_attachment_is_signed_below_it():
    # jzzrppj.com.cn mirror of 洋县 (traditional characters): 洋縣人民政府 / 2024年4月2日 under the notice, the
    # attachment a table; the region as printed (洋縣)
    d = _document("sn-yangxian-msss2024")
    assert (d.title, d.date, d.region, d.doc_number) == ("洋縣2024年十大民生實事項目", "2024-04-02", "洋縣", "洋政發〔2024〕8號")


# Basis is a title in the clause of a trigger (根据/依据/按照/参照/贯彻落实…), or the list it opens: dawa.gov.cn
# (为深入贯彻落实…会议精神,全面完成好《政府工作报告》中确定的…: the report is what is carried out, not a basis); the seed
# 001 (根据省政府办公厅《A》(苏政办发〔2012〕182号),市委、市政府《B》: a list whose next title names its issuer); the
# 安庆/海口/内蒙古 工作规则 openings (参照《国务院工作规则》).
def test_basis_is_the_clause_of_its_trigger():
    assert _document("ln-dawa-rwfj2021").basis == []
    text = ("某县科技创新方案\n为深入实施创新驱动战略,根据省政府办公厅《关于转发省科技厅省统计局江苏省基层科技创新考核评价办法(试行)"
            "的通知》(苏政办发〔2012〕182号),市委、市政府《关于推进科技创新工程加快国家创新型城市建设的实施意见》,制定本方案。\n一、目标")
    assert extract_text(text).document.basis == ["关于转发省科技厅省统计局江苏省基层科技创新考核评价办法(试行)的通知",
                                                 "关于推进科技创新工程加快国家创新型城市建设的实施意见"]
    text = ("某市人民政府工作规则\n一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定,"
            "参照《国务院工作规则》,结合本市实际,制定本规则。")
    assert extract_text(text).document.basis == ["中华人民共和国宪法", "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法",
                                                 "国务院工作规则"]


# A government work report's own header: its title over the congress line, and a speaker named by office alone: the dev
# corpus' nm-dongwuqi-zfgzbg2022 (dwq.gov.cn: page header 政 府 工 作 报 告(2022年), then 政府工作报告 / ——在东乌珠穆沁旗
# 第十六届人民代表大会第一会议上) and 长沙县 2023 (nextlevelartsconsulting.com/bhuazhong/5439.html: 政府工作报告 /
# ——2023年2月2日在长沙县第十八届人民代表大会第三次会议上 / 县长 陈永高).
def test_a_work_report_header():
    d = _document("nm-dongwuqi-zfgzbg2022")
    assert (d.title, d.issuer, d.date, d.region) == ("政府工作报告", ["东乌旗人民政府"], "2022-01-05", "东乌珠穆沁旗")
    text = ("政府工作报告\n\n  ——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n\n  县长 陈永高\n\n  各位代表:\n\n"
            "  现在,我代表县人民政府向大会报告工作,请予审议。\n\n  一、2022年工作回顾\n")
    d = extract_text(text).document
    # round 58 (meta23): a speaker line of an office and a name (县长 陈永高) names no body, though the speech says
    # 我代表县人民政府 (openings/DECISIONS.md, openings16 and openings19: 黑龙江 2023, 陵川 2026, 麦盖提 2021 have [])
    assert (d.title, d.issuer, d.date, d.region) == ("政府工作报告", [], "2023-02-02", "长沙县")


# A chain of notices: the plan is the innermost document. hxacc.com/index.php/site/account_law/content_show/24477/0
# (关于转发科学技术部《关于征集…的通知》的通知) and pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html
# (《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》: one notice quoted inside another).
@pytest.mark.parametrize("notice", [
    "某县人民政府办公室关于转发《某市人民政府办公室关于印发〈某市科技创新券管理办法〉的通知》的通知",
    "某县人民政府办公室关于转发市科技局关于印发某市科技创新券管理办法的通知的通知",
])
def test_a_chain_of_notices_issues_the_innermost_plan(notice):
    text = f"{notice}\n各乡镇:\n某县人民政府办公室\n2023年3月1日\n某市科技创新券管理办法\n第一条 为规范管理,制定本办法。"
    d = extract_text(text).document
    assert (d.title, d.issuer, d.date) == ("某市科技创新券管理办法", ["某县人民政府办公室"], "2023-03-01")


# Notices and reports that are their own document (dev openings): a Party group's report (xupu: 中共溆浦县科学技术局党组
# 关于巡察整改进展情况的通报), a 通报 whose title names its place after 关于 and whose opening sentence names its basis
# (yangdong.gov.cn: 关于2024年阳东区十件民生实事完成情况的通报 / 根据《…》(东府〔2024〕3号)要求,…).
def test_a_report_that_is_its_own_document():
    assert _document("hn-xupu-xczg2025").issuer == ["中共溆浦县科学技术局党组"]
    d = _document("gd-yangdong-msss2024")
    assert (d.title, d.region, d.basis) == ("关于2024年阳东区十件民生实事完成情况的通报", "阳东区",
                                            ["阳江市阳东区人民政府关于落实2024年市、区〈政府工作报告〉重点工作分工的意见"])


# A plan's title printed over two lines with a blank line between, under a notice that is not a 印发 notice (监利:
# 关于分解落实《政府工作报告》…的通知 / 2021年11月22日 followed by page junk / 《政府工作报告》2022年重点工作 / (blank) /
# 及民生实事项目任务分解方案); and a traditional-character mirror's 實施意見 (东莞, gd-dongguan-xwgj2018). The notice
# divides the report's tasks (现将《政府工作报告》…进行责任分解): its basis, as the session's audit settled the gold.
def test_a_title_over_a_blank_line_and_its_notice_issuer():
    d = _document("hb-jianli-rwfj2022")
    assert (d.title, d.issuer, d.date, d.region, d.basis) == (
        "《政府工作报告》2022年重点工作及民生实事项目任务分解方案", ["监利市人民政府办公室"], "2021-11-22", "监利市",
        ["政府工作报告"])
    assert _document("gd-dongguan-xwgj2018").title == "東莞市增加中小學幼兒園學位和優(yōu)質(zhì)教育資源供給的實施意見"
