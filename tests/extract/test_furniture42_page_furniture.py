"""A plan copied out of a PDF or a Word file, page furniture and all, reads as the plain one (furniture42): page-number
lines and the page break go and the two halves of a sentence they cut join (``text/page_furniture.py``), a running
header repeated at the breaks goes, and a footnote's superscript mark glued to a figure goes with its footnote line
(``text/footnotes.py``). Lines verbatim from dev pages, cited; the negatives must read as printed."""

from __future__ import annotations

import pytest

from kechuang.extract.pipeline import extract_text
from kechuang.text.normalise import normalise
from kechuang.text.page_furniture import is_page_number

# 利辛 2025 食品安全事故应急预案 (https://www.lixin.gov.cn/Jcsd/show/2235790.html, dev): a PDF's copy, the page number
# between two halves of a sentence and between two lines of the table of contents
LIXIN = ("1.1 编制目的\n建立健全应对食品安全事故运行机制,有效预防、积极应\n— 4 —\n对食品安全事故,高效组织应急处置工作,最大限度地减少食\n"
         "品安全事故的危害,保障公众健康与生命安全,维护正常的社\n会经济秩序。")
LIXIN_TOC = "4 信息报告\n4.1 事故信息来源\n— 3 —\n4.2 责任报告单位\n4.3 报告程序和时限"
# 石柱 2023 地质灾害应急预案 (http://cqszx.gov.cn/zwgk_260/fdzdgknr/yjgl/xjyjya_xzf/202304/t20230427_11919358.html, dev)
SHIZHU = "石柱县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n— 1 —\n目 录\n— 1 —\n1总则\n1.1编制目的"
# 海口 2020 (http://drc.haikou.gov.cn/xxxgk/fdzdgknr/gwztc/bg/202008/t1107054.shtml, dev)
HAIKOU = "    附件:《海口市发展和改革委员会地震应急预案》(2020年6月修\n    订稿)\n    —1—\n     (此页无正文)\n    海口市发展和改革委员会"
# 内蒙古 2020 城镇老旧小区改造 (https://www.nmg.gov.cn/zwgk/zfxxgk/zfxxgkml/gzxzgfxwj/cxhj/202012/W020201215700077458917/
# files/basic-html/page22.html, dev)
NMG = "导群众转变观念,变“要我改”为“我要改”,形成社\n实。\n会广泛支持、群众积极参与良好氛围。\n- 16 -"
# 漳州 2024 (https://www.fujxw.cn/shequ/651.html, dev)
ZHANGZHOU = ("今年,我市要实施5个城中村改造项目,建成1.2万套安置房;建设3000套保障性租赁住房,对于配售型保障性住房,"
             "将会把符合条件的存量商品房作为保障性住房加以利用;开展8个“好房子”建设试点项目;维持政策稳定。")
# 陕西 乡村振兴 plan, a county's (https://yihaowenku.com/doc/19507.html, dev)
GRAIN = ("(三)优化粮食供给结构。推广大豆玉米复合种植和果园套种大豆。提升改造核桃、花椒等木本粮油低产低效林。"
         "开发利用冬闲田、台塬地扩大冬油菜播种面积。〔县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕")


def _targets(text: str) -> list[tuple]:
    return sorted((t.value, t.unit) for t in extract_text(text, plan_year=2024).targets)


def _units(text: str) -> list[str]:
    return sorted(a.unit for a in extract_text(text, plan_year=2024).assignments)


def test_a_page_number_between_two_halves_of_a_sentence_goes_and_the_halves_join():
    text = normalise(LIXIN)
    assert "积极应对食品安全事故,高效组织应急处置工作" in text
    assert "—" not in text and "4" not in text.split("编制目的")[1]


def test_a_page_number_between_two_lines_of_a_list_goes_and_the_lines_stay_apart():
    assert normalise(LIXIN_TOC) == "4 信息报告\n4.1 事故信息来源\n4.2 责任报告单位\n4.3 报告程序和时限"


def test_page_numbers_of_a_cover_and_a_table_of_contents_go():
    assert normalise(SHIZHU) == "石柱县抗震救灾和地质灾害防治救援指挥部办公室\n2023年4月\n目录\n1总则\n1.1编制目的"
    assert "—1—" not in normalise(HAIKOU)
    assert normalise(HAIKOU).split("\n")[2] == "(此页无正文)"
    assert normalise(NMG).endswith("会广泛支持、群众积极参与良好氛围。")


# the forms a page number is printed in: dashed (dev: 利辛, 石柱, 海口, 内蒙古 above), full-width dashes (folded by NFKC to
# the dashed form) and 第…页 (the forms PDF readers strip, as public repositories' page-number filters list them)
FORMS = ["— 3 —", "—3—", "- 3 -", "－3－", "－ 3 －", "第3页", "第 3 页 共 12 页"]


def _paged(text: str, form: str, at: int) -> str:
    return text[:at] + "\n" + form + "\n\f" + text[at:]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("at", [20, 45, 70])
def test_a_page_break_inside_a_sentence_reads_as_the_plain_sentence(form, at):
    printed = _paged(ZHANGZHOU, form, at)
    assert normalise(printed) == normalise(ZHANGZHOU)
    assert _targets(printed) == _targets(ZHANGZHOU)


@pytest.mark.parametrize("form", FORMS)
def test_a_page_break_inside_a_task_keeps_its_units(form):
    printed = _paged(GRAIN, form, 60)
    assert normalise(printed) == normalise(GRAIN)
    assert _units(printed) == _units(GRAIN)
    assert {"县农业农村局", "县林业局"} <= set(_units(printed))


def test_a_form_feed_alone_inside_a_sentence_joins_the_halves():
    assert normalise(ZHANGZHOU[:45] + "\f" + ZHANGZHOU[45:]) == ZHANGZHOU


def test_a_running_header_repeated_at_every_break_goes():
    header = "某县人民政府办公室文件"
    printed = (ZHANGZHOU[:30] + "\n— 3 —\n\f" + header + "\n" + ZHANGZHOU[30:] + "\n" + GRAIN[:40] + "\n— 4 —\n\f"
               + header + "\n" + GRAIN[40:])
    text = normalise(printed)
    assert header not in text
    assert text == normalise(ZHANGZHOU + "\n" + GRAIN)


def test_a_heading_after_two_page_breaks_is_no_running_header():
    printed = (ZHANGZHOU[:30] + "\n— 3 —\n\f一、总体要求\n" + ZHANGZHOU[30:] + "\n" + GRAIN[:40] + "\n— 4 —\n\f一、总体要求\n"
               + GRAIN[40:])
    assert normalise(printed).count("一、总体要求") == 2


def test_a_running_footer_repeated_before_every_page_number_goes():
    footer = "内部资料"
    printed = (ZHANGZHOU[:30] + "\n" + footer + "\n— 3 —\n\f" + ZHANGZHOU[30:] + "\n" + GRAIN[:40] + "\n" + footer
               + "\n— 4 —\n\f" + GRAIN[40:])
    assert normalise(printed) == normalise(ZHANGZHOU + "\n" + GRAIN)


def test_a_running_header_printed_once_between_two_halves_of_a_sentence_goes():
    printed = ZHANGZHOU[:45] + "\n— 3 —\n\f某县人民政府办公室文件\n" + ZHANGZHOU[45:]
    assert normalise(printed) == ZHANGZHOU


@pytest.mark.parametrize("tail", ["小企业达到100家", "中小企业,推动", "(一)培育科技型企业", "序号 | 指标 |"])
def test_a_sentence_s_tail_after_a_page_number_is_no_running_header(tail):
    # a figure, a clause mark, an item's number or a row's bars: the line is the text's own
    printed = ZHANGZHOU[:45] + "\n— 3 —\n\f" + tail + "\n" + ZHANGZHOU[45:]
    assert tail.replace(" ", "")[:4] in normalise(printed).replace(" ", "")


def test_a_footnote_mark_glued_to_a_figure_and_its_footnote_go():
    marked = ZHANGZHOU.replace("1.2万套", "1.2万套¹").replace("3000套", "3000套²")
    assert normalise(marked) == ZHANGZHOU
    assert _targets(marked) == _targets(ZHANGZHOU)
    assert normalise("全市R&D经费投入强度达到2.5%¹。\n¹数据来源:统计年鉴。") == "全市R&D经费投入强度达到2.5%。"
    at = 45
    footed = ZHANGZHOU[:at] + "\n¹数据来源:统计年鉴。\n— 3 —\n\f" + ZHANGZHOU[at:]
    assert normalise(footed) == ZHANGZHOU


@pytest.mark.parametrize("raw, printed", [
    # 白沙 (http://www.xtskoda.com/hainan/xgwjtv/202502/4bf603b5f1494be599411160961bad87.shtml?ddtab=true, dev)
    ("錨定縣委“一二三五”發展策略[1],積極應對經濟下行壓", "錨定縣委“一二三五”發展策略,積極應對經濟下行壓"),
    # 琼海 (https://qionghai.hainan.gov.cn/xxgk/zfgzbg/szfgzbg/202303/t20230330_3389893.html, dev)
    ("精准采取“泡泡”闭环管理[2]、区域风险清零行动等", "精准采取“泡泡”闭环管理、区域风险清零行动等"),
    # jmwjzz.com (https://jmwjzz.com/html/htmlsjgh6476.jhtml.html, dev)
    ("深化“放、管、服”改革【8】,积极承接省级下放审", "深化“放、管、服”改革,积极承接省级下放审"),
    # 上海 (https://www.shanghai.gov.cn/zhengce/detail?businessId=8569d55d-cf6a-456f-885d-20b66d5ee2aa&siteId=0082,
    # dev): a table's cell
    ("完成市级\n下达目标\n预期性[1]", "完成市级\n下达目标\n预期性"),
    ("达到45%［2］。", "达到45%。"),
])
def test_a_reference_mark_closing_a_clause_goes(raw, printed):
    assert normalise(raw) == printed


def test_reference_marks_glued_to_figures_keep_the_targets():
    marked = "到2025年,新建5G基站1000个[1]、充电桩200个[2];培训3000人[3]。"
    assert _targets(marked) == _targets(marked.replace("[1]", "").replace("[2]", "").replace("[3]", ""))


@pytest.mark.parametrize("raw", [
    "国发〔2019〕24号", "附件[1]号", "x[1]", "[1]加强科技创新", "第[2025]号", "策[1][2],",
])
def test_brackets_that_are_no_reference_mark_stay(raw):
    assert normalise(raw) == raw


@pytest.mark.parametrize("raw", [
    "万米²", "5 m²", "10³",  # a power stays (folded by NFKC as before)
])
def test_a_power_is_no_footnote_mark(raw):
    assert normalise(raw) == raw.replace("²", "2").replace("³", "3")


@pytest.mark.parametrize("raw", [
    # a numbered list on lines of its own is content
    "1\n2\n3",
    # a year alone on its line
    "主要指标\n2025\n2030",
    # a heading opening with a number is no page number
    "3.加强科技人才队伍建设\n4.完善科技金融服务",
    # a dateline (交通运输部 2022, http://www.1000kva.com/2022/0901/420936.html, dev)
    "2022-09-01 16:06:16\n日前,交通運輸部辦公廳發出通知",
    # a range of years and a number between dashes inside a line
    "2021-2025年\n实施期为2021—2025年",
    # a heading line repeated on purpose (a table of contents and its section)
    "一、总体要求\n二、重点任务\n一、总体要求\n到2025年,全县高新技术企业达到30家。",
])
def test_lines_that_are_no_page_furniture_stay(raw):
    assert normalise(raw) == raw


def test_a_table_printed_one_cell_a_line_keeps_its_cells_across_a_page_break():
    # 松江 “十五五” 绿化市容 plan (https://www.shanghai.gov.cn/zhengce/detail?businessId=289d0420-5e99-489b-98f1-
    # 1b8982867775&siteId=0082, dev): its number column printed one cell a line
    cells = "序号\n指标名称\n单位\n属性\n1\n人均公园绿地面积\n平方米\n约束性\n7.3\n8.6\n2\n绿道长度\n公里\n约束性\n160\n210"
    assert normalise(cells) == cells
    printed = cells.replace("平方米\n", "平方米\n— 3 —\n\f")
    assert normalise(printed) == cells


@pytest.mark.parametrize("line, page", [
    ("— 3 —", True), ("—1—", True), ("- 16 -", True), ("-3-", True), ("第3页", True), ("第 3 页共 12 页", True),
    ("3", False), ("2025", False), ("3.加强", False), ("2021-2025", False), ("第3页的表格", False), ("—", False),
])
def test_a_page_number_stands_alone_and_dashed_or_paged(line, page):
    assert is_page_number(line) is page


@pytest.mark.parametrize("raw", [LIXIN, LIXIN_TOC, SHIZHU, HAIKOU, NMG, _paged(ZHANGZHOU, "— 3 —", 45),
                                 "县人民政府 ”\f", "a\n\n\fb", "— 3 —\n\f— 4 —", "¹²", "达到50%¹", "策略[[1]1],",
                                 "策[1]略[2],"])
def test_normalising_twice_changes_nothing(raw):
    once = normalise(raw)
    assert normalise(once) == once
