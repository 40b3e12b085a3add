"""Tables between bars whose rows carry no number (``extract/bar_rows.py``), from the rows of two dev documents (written by tables2 for its own reader, kept for tails6's, which the merge chose)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.bar_rows import extract_bar_rows
from kechuang.extract.lines import split_lines
from tests.timing import assert_linear


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(text).assignments]


# 徐庄镇 2017 安全生产专项整治 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml): a township's schedule, one row a
# month, the units of a row separated by a space.
XUZHUANG = ("一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n"
            "电力设施 | 3月份 | 电管所 |\n交通运输 | 12月份 | 超限站 公路站 交警六中队 |")

# 仙居 政务公开 task table (https://www.redwoodcoonhounds.com/public/15401/105053833.html, a traditional-character
# mirror): 負責科室 heads the responsible column.
XIANJU = ("二、重點工作任務分解\n重點任務 | 工作內容 | 負責科室 |\n"
          "迴應關切 | 對羣衆普遍關注的社會熱點問題及時、主動迴應。對羣衆的來信、來訪、來電要及時、準確回覆。 | 各業務科室 |\n"
          "政務服務 | 注重政務服務辦理流程、辦理結果等信息發佈 | 綜合科 |")


def test_unnumbered_rows_under_a_unit_column():
    assert _units(XUZHUANG) == [("responsible", "安监站"), ("responsible", "安监所"), ("responsible", "电管所"),
                                ("responsible", "超限站"), ("responsible", "公路站"), ("responsible", "交警六中队")]


def test_a_column_headed_by_fuze_in_traditional_characters():
    assert _units(XIANJU) == [("responsible", "各業務科室"), ("responsible", "綜合科")]


def test_the_header_printed_again_after_a_page_break():
    """A page footer ends the rows; the header printed again on the next page starts them again."""
    head, first, second, third = XUZHUANG.split("\n")[1:5]
    text = "\n".join(["一、专项整治安排表", head, first, "— 2 —", head, second, third])
    assert [u for _, u in _units(text)] == ["安监站", "安监所", "电管所", "超限站", "公路站", "交警六中队"]


def test_a_sentence_after_the_table_is_no_row():
    """A line of prose after the rows (its cells are not the header's count) ends the table; its names are prose."""
    text = XUZHUANG + "\n各单位要高度重视,由镇安监站负责督查,派出所配合。"
    assert [u for _, u in _units(text)] == ["安监站", "安监所", "电管所", "超限站", "公路站", "交警六中队"]


def test_numbered_rows_stay_with_the_numbered_reader():
    """A numbered table is task_tables's: its rows are read once."""
    text = "一、重点任务\n序号 | 重点任务 | 责任单位 |\n1 | 培育科技型中小企业 | 县科技局 |\n2 | 建设孵化器 | 县发改局 |"
    assert _units(text) == [("responsible", "县科技局"), ("responsible", "县发改局")]
    lines = split_lines(text)
    assert extract_bar_rows(lines, [""] * len(lines), frozenset())[1] == []


@pytest.mark.parametrize("column", ["责任领导", "评分部门"])
def test_a_persons_or_an_evaluators_column_names_no_unit(column):
    """A leader's column (责任领导) and the city department that scores a row (评分部门, README fifth batch) give no
    assignment; the rows of 徐庄镇 with the column renamed."""
    assert _units(XUZHUANG.replace("责任单位", column)) == []


# Linear in the rows and in a row's length (review finding 5: the old inputs returned at the bar count or at the cell
# length, in 0.0001 s, under a fixed slack of 0.05 s that no quadratic could exceed). Each input is read by the rule:
# rows of units, rows of a long list of units under 300 characters, rows with a tail in their task cell, and one row
# whose task cell grows (the tail's pattern searched over it).
_HEAD = "专项整治行业名称 | 时间安排 | 责任单位 |\n"


@pytest.mark.parametrize("row", ["烟花爆竹 | 1月份 | 安监站 安监所 |", "烟花爆竹 | 1月份 | " + "安监站、" * 70 + "安监所 |",
                                 "推进平台建设(县科技局牵头,县财政局配合) | 1月份 | 县科技局 |"])
def test_long_tables_stay_linear(row):
    assert_linear(lambda lines: extract_bar_rows(lines, [""] * len(lines), frozenset()),
                  lambda n: split_lines(_HEAD + "\n".join([row] * n)), 64)


@pytest.mark.parametrize("piece", ["烟花爆竹(县科技局", "(牵头单位" + "安监站" * 40])
def test_a_long_task_cell_stays_linear(piece):
    assert_linear(lambda lines: extract_bar_rows(lines, [""] * len(lines), frozenset()),
                  lambda n: split_lines(_HEAD + piece * n + " | 1月份 | 安监站 |"), 256)


# Review finding 4: a two-cell line of a field and its value (责任单位 | 县科技局) is no header; the keys of the next
# lines (联系科室, 主管部门) are field names, not units.
@pytest.mark.parametrize("text", [
    "项目名称 | 某某科技园\n责任单位 | 县科技局\n建设地点 | 某某镇\n联系科室 | 综合股\n主管部门 | 县工信局\n实施单位 | 某某公司",
    "项目名称 | 智慧农业示范园\n牵头部门 | 县农业农村局\n建设年限 | 2024年\n联系股室 | 计划股\n协办单位 | 县财政局",
    "责任单位 | 县科技局 |\n配合单位 | 县财政局 |\n督办科室 | 督查室 |",
    "牵头单位 | 县科技局\n各乡镇 | 各有关部门",
    "牵头部门 | 县发改局\n各街道 | 各有关单位"])
def test_a_field_and_its_value_is_no_header(text):
    units = _units(text)
    assert not {u for _, u in units} & {"联系科室", "主管部门", "实施单位", "联系股室", "协办单位", "督办科室", "各乡镇",
                                        "各街道"}, units


@pytest.mark.parametrize("label", ["配合单位", "联系科室", "主管部门", "督办科室"])
def test_a_column_label_in_a_row_is_no_unit(label):
    text = f"一、安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | {label} |\n电力设施 | 3月份 | 电管所 |"
    assert _units(text) == [("responsible", "电管所")]


# A tail in the task cell of a bar row (推进…(县科技局牵头,县财政局配合)) is read as a tail is: the row is not taken from
# the tails' reader, whose roles (lead, cooperating) are finer than the column's.
@pytest.mark.parametrize("text, want", [
    ("工作任务 | 责任单位 |\n推进科技创新平台建设(县科技局牵头,县财政局配合) | 县科技局 |\n"
     "实施人才引进计划(县人社局负责) | 县人社局 |",
     [("lead", "县科技局"), ("cooperating", "县财政局"), ("responsible", "县人社局")]),
    ("重点工作 | 时间安排 | 责任部门 |\n建设科普教育基地(县科协牵头,县教育局、县文旅局配合) | 2024年 | 县科协 |",
     [("lead", "县科协"), ("cooperating", "县教育局"), ("cooperating", "县文旅局")])])
def test_a_tail_in_the_task_cell_keeps_its_roles(text, want):
    assert _units("一、重点任务\n" + text) == want
