"""tails44: rows between bars printed wider than their header, whose cells span the rows' columns (``wide_rows``).

The rows are verbatim from two dev documents of different places:

- 杨凌 2022 国民经济和社会发展计划指标 (陕西, https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html):
  the header's 2021年完成 and 2022年计划 each span 绝对值 | 增长%, the page keeps the merged columns' bars at the header's
  end, and the unit column (责任(牵头)部门) is the rows' last printed cell;
- 昭化 2017 民生工程目标任务分解表 (四川, https://cnzh.gov.cn/News/Detail/3287958481734118aa8ceb10be45886b.html): the
  header's 分 解 情 况 spans a count and the places' shares, the unit column second from the row's end.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise

YANGLING = ("杨凌示范区2022年国民经济和社会发展计划指标\n"
            "指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | ||||||\n"
            "绝对值 | 增长% | 绝对值 | 增长% | |||||||\n"
            "一、创新驱动 | ||||||||||\n"
            "研发经费投入增长 | % | - | - | - | 10 | 示范区科技创新局 | ||||\n"
            "各类科技研发及转化平台总数 | 项 | 95 | - | 100 | - | |||||\n"
            "年获省部级以上科技成果奖励总数 | 个 | 13 | - | 17 | - | |||||\n"
            "每万人高价值发明专利拥有量 | 件 | - | - | 12 | - | 示范区市场监管局 | ||||\n"
            "年培育、集聚高层次人才数量 | 人 | 617 | - | 648 | - | 示范区党工委组织部 | ||||\n")

ZHAOHUA = ("广元市昭化区2017年度民生工程目标任务分解表(一)\n"
           "项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |\n"
           "就 业 促 进 工 程 | 促进城乡劳动者就业创业 | 城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 柏林沟镇40 "
           "朝阳乡20 陈江乡15 大朝乡20 丁家乡15 红岩镇25 虎跳镇120 | 刘 强 | 区人社局 | 陈 宗 |\n")


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_the_unit_column_last_under_a_header_of_merged_cells():
    assert _units(YANGLING) == [("lead", "示范区科技创新局"), ("lead", "示范区市场监管局"),
                                ("lead", "示范区党工委组织部")]


def test_a_row_with_its_unit_cell_empty_gives_no_unit():
    # the second header line, the section's name and the rows whose unit the row above answers for print no unit:
    # their last printed cells (增长%, 一、创新驱动, -) are none
    rows = YANGLING.splitlines()
    text = "\n".join([*rows[:4], rows[5], rows[6]])
    assert _units(text) == []


def test_the_unit_column_before_a_persons_column():
    # neither the leader (刘 强) nor the responsible person (陈 宗) nor the places sharing the count is a unit
    assert _units(ZHAOHUA) == [("responsible", "区人社局")]


def test_a_row_as_wide_as_its_header_is_read_by_position():
    # the rows of a header that spans nothing keep bar_rows' reading: a cell per column, from the left
    text = "项目 | 时间安排 | 责任单位 | 所处区域 |\n老旧小区改造 | 全年 | 区住建局 | 新城街道 |\n"
    assert _units(text) == [("responsible", "区住建局")]


def test_right_aligned_reads_only_rows_wider_than_the_header():
    from kechuang.extract.wide_rows import right_aligned, without_empty_end

    cells = [("示范区科技创新局", 0), ("区财政局", 9), ("", 14)]
    assert without_empty_end(cells) == cells[:2]
    assert right_aligned(cells, 1, {0: "lead"}) == [(1, "lead")]
    assert right_aligned(cells, 2, {0: "lead"}) is None  # not wider than the header: bar_rows' own
    assert right_aligned([("a", 0), ("b", 2), ("c", 4)], 2, {0: "lead", 1: "responsible"}) == [(1, "lead"),
                                                                                              (2, "responsible")]


def test_a_progress_cell_and_a_place_cell_beside_the_unit_column_stay_unread():
    # a header shaped as 杨凌 2022's (a year's column spanning two, its bars kept at the end) with a place's and a
    # progress column after the unit column: the unit cell alone is read, an empty one gives nothing
    head = "项目名称 | 2022年计划 | 责任单位 | 所处区域 | 进展情况 | |\n"
    rows = ("老旧小区改造 | 10 | 个 | 区住建局 | 新城街道 | 已完成,区住建局牵头验收 |\n"
            "背街小巷整治 | 5 | 条 | | 新城街道 | 区城管局已开工 |\n")
    assert _units(head + rows) == [("responsible", "区住建局")]
