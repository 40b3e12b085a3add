"""Round-25 spaces: a single space between two Chinese characters stays where the line's shape says it separates two
items (a run of names, the cells of a table's row, the fields of a metadata bar) and goes where it is layout (a
letter-spaced word or label, a title broken by the page). From the corpus's twenty-fifth batch (twelve dev pages the
corpus did not hold, scored before any rule was written) and the older dev pages of the same shapes; figures in
docs/extraction.md ("Round 25 spaces")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.extract.lines import split_lines
from kechuang.extract.task_tables import _column_roles, _glued, _header
from kechuang.extract.unit_lists import split_units
from kechuang.text.normalise import normalise
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

# 青阳 2023 卫健委 重点工作责任清单 (https://www.ahqy.gov.cn/OpennessContent/show/1493481.html), its header and row 85.
_QINGYANG_HEADER = ("序号 2023年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合         责任单位 "
                    "工作评价 2023年10-12月份进展情况 20224年1-3月份进度安排 备注")
_QINGYANG_ROW = ("85 新增托育机构2所以上。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成 完成青阳县托幼中心、童之梦备案工作 "
                 "按省、市工作要求,开展2024年度新增托位机构摸底、登记、卫生学评价等工作")
# 谯城 2023 政府工作报告重点工作任务分解表 (https://www.bzqc.gov.cn/XxgkContent/show/2309560.html), row 33.
_QIAOCHENG_ROW = ("33 新培育科技型中小企业50家以上、高新技术企业30家以上。 区科技局 区经信局、区商务局(区药发中心)、区税务局、"
                  "区财政局等区政府有关部门,谯城经开区管委会。 2023年12月底")


# Names side by side, each ending like a body: 徐庄镇 2017 安全生产专项整治 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml)
# prints several units in one cell of its table; 青阳 2023 its 主体 and 配合 cells side by side. Before this round the
# normaliser kept a space only after 局, 委, 办… and joined 安监站安监所, 超限站公路站交警六中队, 有关乡镇县直有关单位.
@pytest.mark.parametrize("line, names", [
    ("烟花爆竹 | 1月份 | 安监站 安监所 |", ["安监站", "安监所"]),
    ("医疗机构 | 6月份 | 文化站 卫生院 |", ["文化站", "卫生院"]),
    ("交通运输 | 12月份 | 超限站 公路站 交警六中队 |", ["超限站", "公路站", "交警六中队"]),
    ("有关乡镇 县直有关单位", ["有关乡镇", "县直有关单位"]),
])
def test_a_run_of_names_keeps_its_spaces(line, names):
    assert normalise(line) == line
    cell = line.split("|")[2].strip() if "|" in line else line
    assert [u for u, _, _ in split_units(normalise(cell), 0)] == names


# A word beside one name is no run: 各乡镇 要加强 (prose) still joins, as before.
def test_one_name_beside_a_word_still_joins():
    assert normalise("各乡镇 要加强") == "各乡镇要加强"
    assert normalise("县人民政府 要求") == "县人民政府 要求"  # the older rule: a body's name before any word


# A row of a task table printed one row a line, spaces between cells (青阳 2023 row 85, 谯城 2023 row 33): every space is
# a cell's edge. Before this round 青阳's row became `…以上。吴蓓蓓 县卫健委有关乡镇县直有关单位已完成完成青阳县…`.
@pytest.mark.parametrize("row", [_QINGYANG_ROW, _QIAOCHENG_ROW])
def test_a_row_printed_with_spaces_keeps_every_cell(row):
    assert normalise(row) == row


def test_the_row_s_cells_take_their_columns():
    assert _rows(f"{_QINGYANG_HEADER}\n{_QINGYANG_ROW}") == [
        ("lead", "县卫健委"), ("responsible", "有关乡镇"), ("cooperating", "县直有关单位")]
    assert _rows(_passage("ah-qingyang-wjwzdgzjz2023", 0)) == [
        ("lead", "县卫健委"), ("responsible", "有关乡镇"), ("cooperating", "县直有关单位")]


# 配合责任单位 (青阳 2023) cooperates as 协同责任单位 (滁州 2020) does: a word of working with before 责任.
def test_a_cooperating_word_before_zeren_names_the_cooperating_column():
    assert _column_roles("序号 任务 牵头 责任单位 主体 责任单位 配合 责任单位") == ["lead", "responsible", "cooperating"]
    assert _column_roles("序号 任务 牵头责任单位 协同责任单位") == ["lead", "cooperating"]


# A row printed with spaces has no person glued to a unit (the normaliser keeps the row's spaces): under 青阳's 牵头领导
# column a place-prefixed unit is never cut as if a leader's name were glued to it. The row below is 青阳's row 85 with
# its leader's and its 工作评价 cells left empty and the unit printed with the county's name, as the page prints 青阳县
# elsewhere: derived, no page of the corpus prints such a row (the fault the last round left: `青阳县卫健委` read as
# `县卫健委`, two characters taken for a leader's name; a short cell such as 已完成 hid it, read as a person apart).
_LEADERLESS_ROW = "85 新增托育机构2所以上。 青阳县卫健委 有关乡镇 县直有关单位 完成青阳县托幼中心、童之梦备案工作"


def test_a_row_printed_with_spaces_glues_no_person():
    lines = split_lines(normalise(f"{_QINGYANG_HEADER}\n{_LEADERLESS_ROW}"))
    header = _header(lines, 0)
    assert header is not None and header.persons == "before"
    assert _glued(lines[1:2], header) == "beside"
    assert _rows(f"{_QINGYANG_HEADER}\n{_LEADERLESS_ROW}")[0] == ("lead", "青阳县卫健委")


# A metadata bar's fields separated by a space (南华 2022 森林火灾应急预案, http://www.ynnh.gov.cn/info/14773/70376.htm; 宿松
# 2019 人居环境, http://xxgk.susong.gov.cn/public/User/DisplayInfo2.aspx?ItemId=144709&unitId=59): the space before a
# label and its colon ends the field before it. Before this round 公开发布机关:, 北浴乡生成日期:.
@pytest.mark.parametrize("raw, expected", [
    ("公开范围:公开 发布机关:南华县应急局 著录日期:", "公开范围:公开 发布机关:南华县应急局 著录日期:"),
    ("标题:南华县森林火灾应急预案 生效日期:", "标题:南华县森林火灾应急预案 生效日期:"),
    ("发布机构: 北浴乡 生成日期: 2019-11-12", "发布机构: 北浴乡 生成日期: 2019-11-12"),
])
def test_a_field_ends_before_the_next_label(raw, expected):
    assert normalise(raw) == expected


# Layout, joined as before: letter-spaced words (岳阳县 2020 `通    知`, https://m.sgf2.com/37584/38152/61985/62058/
# content_1769561.html; 郴州 2013 `通 报`, http://218.76.156.215:8011/infogov/govInfo?id=3039&lib_num=1807&task_year=2015),
# letter-spaced labels (南华 `索  引  号:`, `标      题:`; 宿松 `关 键 词:`; 赤壁 2012 `名       称:`), and titles the
# page broke with a space (甘肃 2016 脱贫攻坚规划, 蒙城 2023 科技成果转化, 武昌 2023 责任分解方案).
_LAYOUT = {
    "通    知": "通知",
    "通 报": "通报",
    "索  引  号:nhxyjj-/2022-0922002": "索引号:nhxyjj-/2022-0922002",
    "标      题:南华县森林火灾应急预案": "标题:南华县森林火灾应急预案",
    "号: 关 键 词: 宿松县2019年农村人居环境整治行动实施方案": "号: 关键词: 宿松县2019年农村人居环境整治行动实施方案",
    "名       称: 市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知":
        "名称: 市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案(2011-2015年)的通知",
    "甘肃省人民政府办公厅关于印发 甘肃省“十三五”脱贫攻坚规划的通知": "甘肃省人民政府办公厅关于印发甘肃省“十三五”脱贫攻坚规划的通知",
    "蒙城县人民政府办公室关于印发蒙城县落实科技 创新体制机制改革加快科技成果":
        "蒙城县人民政府办公室关于印发蒙城县落实科技创新体制机制改革加快科技成果",
    "区人民政府办公室关于印发《2023年省、市、区 〈政府工作报告〉确定的主要目标任务办理 责任分解方案》的通知":
        "区人民政府办公室关于印发《2023年省、市、区〈政府工作报告〉确定的主要目标任务办理责任分解方案》的通知",
}


def test_layout_spaces_still_join():
    assert {raw: normalise(raw) for raw in _LAYOUT} == _LAYOUT


# Joint signatures printed two bodies a line (the national 近视 plan's eight ministries, http://m.utopia-bar.com/
# jiamengdongtai/jybdbbmgyyfzhfketqsn_1_1.html; 安溪 2021's seven bureaus, http://fjax.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/jyj/
# zfxxgkml/202112/t20211212_2668566.htm) keep the space between the bodies, 署 and a mirror's readings included.
@pytest.mark.parametrize("line", [
    "國家新聞出版署 國家廣播電視總局",
    "人力資源和社會保障部 國家市場監(jiān)督管理總局",
    "安溪县文化体育和旅游局 安溪县财政局",
])
def test_a_joint_signature_keeps_its_spaces(line):
    assert normalise(line) == line


_PIECES = ["安监站 ", "安监所 ", "超限站", " ", "  ", "\n", "85 ", "要加强", "公开", "发布机关:", "县卫健委", "吴蓓蓓 ", "所",
           "站 ", "科 技 局", "。 ", "通 知", "| ", "有关乡镇", "单位", "1", "、"]


@pytest.mark.parametrize("text", ["85 所科 技 局", "新增 50 家科 技 型企业", "到 2025 年科 技 局"])
def test_a_figures_space_reads_alike_before_and_after_the_gaps_close(text):
    """The space after a figure is read once the gaps between CJK characters are closed, as a second pass reads it
    (hypothesis found ``85 所`` + ``科 技 局`` normalised to ``85 所科技局`` and then to ``85所科技局``)."""
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_normalising_twice_changes_nothing(parts):
    """The runs' ends stay, so a word glued to a run's last name never changes what a second pass reads."""
    once = normalise("".join(parts))
    assert normalise(once) == once
