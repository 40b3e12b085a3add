"""Tables between bars whose rows carry no number (``extract/bar_rows.py``), from the rows of two dev documents (written by tables2 for its own reader, kept for tails6's, which the merge chose)."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from kechuang.extract.bar_rows import extract_bar_rows
from kechuang.extract.lines import split_lines


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


@pytest.mark.parametrize("line", ["专项整治行业名称 | 时间安排 | 责任单位 |" * 10_000,
                                  "责任单位 | 安监站 |\n" + "安监站 | 安监所 |\n" * 10_000,
                                  "专项整治行业名称 | 责任单位 |\n" + "烟花爆竹 | " + "安监站、" * 10_000 + " |\n"])
def test_long_lines_and_long_tables_stay_linear(line):
    def cpu(n: int) -> float:
        lines = split_lines(line * n)
        start = time.process_time()
        extract_bar_rows(lines, [""] * len(lines), frozenset())
        return time.process_time() - start
    small, large = cpu(1), cpu(4)
    assert large < 8 * small + 0.05, (small, large)
