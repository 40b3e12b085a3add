"""Round-10 assignment rules: tables of tasks printed one cell a line whose header has no 序号, or splits its column
names over lines. Each rule from real pages of several documents (dev split of tests/fixtures/real/passages; the
addresses are in each .json and in SOURCES.md)."""

from __future__ import annotations

import pytest

from kechuang.extract.assignments import split_units
from kechuang.extract.lines import split_lines
from kechuang.extract.task_tables import extract_task_tables
from kechuang.text.normalise import normalise
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# A header of one cell a line without 序号 whose unit column answers for the row: 监考单位 (zxyzs.com, 旌阳区 2016
# 目标任务分解表: 项 目 / 分值 / 目标任务 / 监考单位) and 责任分工 (gaoqing.gov.cn, 木李镇 2024 重点任务进展: 目标任务 /
# 执行措施、实施步骤 / … / 责任分工 / 监督方式); the units' cell is a line of its own in each row.
@pytest.mark.parametrize("name, k, units", [
    ("sc-jingyang-mbrwfj2016", 4, ["区住建局"]),
    ("sc-jingyang-mbrwfj2016", 8, ["区科技局"]),
    ("sd-mulizhen-zfgzbgjz2024", 0, ["木李镇经济发展办公室"]),
])
def test_a_cell_table_without_a_number_column(name, k, units):
    assert _rows(_passage(name, k)) == [("responsible", u) for u in units]
    # what follows the table on a page: a body signing above its date, the next notice's salutation, are no cells
    after = "\n\n抄送:区委办公室。\n\n某某县人民政府\n2016年3月1日\n\n各乡镇人民政府,县直各部门:\n现将有关事项通知如下。"
    assert _rows(_passage(name, k) + after) == [("responsible", u) for u in units]


# Names printed together in one cell with no separator (旌阳区 2016: 区发改局区统计局), each opening with the level of
# the first: several units (corpus README, fourth batch), as `县科技局 县财政局` printed with a space are two.
def test_units_printed_together_in_a_cell():
    assert _rows(_passage("sc-jingyang-mbrwfj2016", 0)) == [("responsible", "区发改局"), ("responsible", "区统计局")]
    assert [u for u, _, _ in split_units("区发改局区统计局", 0)] == ["区发改局", "区统计局"]
    assert [u for u, _, _ in split_units("县科技局县财政局县教育局", 0)] == ["县科技局", "县财政局", "县教育局"]
    for one in ("区发改局", "市区管理局", "县区域发展中心", "市委市政府督查室"):
        assert [u for u, _, _ in split_units(one, 0)] == [one]


# A header whose column names the page broke over lines (xiangshan.gov.cn, 泗洲头镇 2024: 责任 / 领导 / 责任 / 科室):
# 责任科室 is the responsible column (corpus README, fourth batch), the leader's column beside it names a person;
# the unit cell comes before the row's sentences, and a 领导小组 is a body.
@pytest.mark.parametrize("k, unit", [(0, "白仙山水库工程政策处理工作领导小组"), (1, "乡村振兴办")])
def test_a_header_broken_over_lines_and_a_unit_before_the_sentences(k, unit):
    assert _rows(_passage("zj-sizhoutou-zdgzjh2024", k)) == [("responsible", unit)]


# Fresh dev text of ext-corpus10 (scored before these rules: assignments 0.592 on 46 units).
# A qualifier before a keyword is no unit: 牽頭單位:市教育局;共同責任單位:… (連云港 2021 民生实事, a page in traditional
# characters), as a column headed 主要责任单位 (谯城 2023) reads as 责任单位.
def test_a_qualifier_before_a_keyword():
    assert _rows(_passage("js-lianyungang-msss2021", 0)) == [
        ("lead", "市教育局"), *(("responsible", u) for u in ("市發改委", "市財政局", "市資源局", "市住建局", "各縣區"))]


# The leaders in charge that open a tail are no units, 秘书长 as 省长 (湖南 2016 and 2023 分工: (分管副省长、协管副秘书长
# 负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同); the page's first-unit rule inside the tail.
def test_the_leaders_in_charge_before_the_units():
    assert _rows(_passage("hn-hunan-zfgzbgfg2016", 0)) == [("lead", "省科技厅")]
    assert _rows(_passage("hn-hunan-zfgzbgfg2016", 1)) == [
        ("lead", "省科技厅"), *(("responsible", u) for u in ("省发改委", "省经信委", "省教育厅", "省财政厅", "省地税局",
                                                             "省国税局"))]


# A column named with a verb of the tails (序号 工 作 任 务 牵头负责部门, 国办 2016 量化指标任务分工) takes the verb's role,
# and the row's last cell, a body's name after a space (1 居民消费价格涨幅3%左右 发展改革委), stays a cell of its own.
def test_a_column_named_by_a_verb_and_a_last_cell_of_units():
    assert _rows(_passage("cn-guoban-lhzbfg2016", 0)) == [("lead", "发展改革委")]
    assert _rows(_passage("cn-guoban-lhzbfg2016", 8)) == [("lead", "水利部")]


# The header search of one-cell-a-line tables stays linear on pages of short lines (a header is looked for at each
# short line): four times the lines costs about four times the CPU, not sixteen (an earlier form skipped to each line
# from the page's start). CPU time, as the bad-input tests measure.
@pytest.mark.parametrize("cell", ["县科技局", "宏观调控", "责任单位\n工作\n任务"])
def test_short_lines_stay_linear(cell):
    def make(n: int) -> list[str]:
        return split_lines("\n".join([cell] * n))
    assert_linear(lambda lines: extract_task_tables(lines, [""] * len(lines)), make, 10_000)


# Normalisation reads ahead of each CJK gap for a row's last cell only as far as a cell can be long: a line of many
# gaps stays linear (an earlier form looked for the line's end at every gap).
def test_a_line_of_many_gaps_normalises_in_linear_time():
    assert_linear(normalise, lambda n: "科 " * n, 40_000)
