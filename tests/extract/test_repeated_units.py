"""A row's lead printed again among its responsible units (``extract/repeated_units.py``, applied by the pipeline to
the units of task tables): the units2 round's rule, from two dev documents of tests/fixtures/real/passages."""

from __future__ import annotations

from kechuang.extract.model import Annotation
from kechuang.extract.repeated_units import without_repeated_leads
from kechuang.extract.unit_lists import FoundUnit
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# 莲都 2023 重点工作责任分解 (http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html), a table printed one cell
# a line, `事项 | 责任单位 | 牵头单位`: the 责任单位 cell lists the leading unit too (区发改局 in rows 1 and 2, 区经商局 in row 3);
# the gold keeps it once, as lead (README, tenth batch). Read before as lead and responsible both.
def test_a_lead_repeated_in_its_rows_responsible_cell_is_read_once():
    assert _rows(_passage("zj-liandu-zfgzbgfj2023", 0)) == [
        ("responsible", "区农业农村局"), ("responsible", "区经商局"), ("responsible", "区市场监管局"),
        ("responsible", "区建设局"), ("responsible", "区交通局"), ("responsible", "莲都邮政管理局"),
        ("responsible", "区商金中心"), ("responsible", "区人力社保局"), ("lead", "区发改局"),
        ("lead", "区发改局"),
        ("responsible", "莲都经开区管委会"), ("lead", "区经商局")]


# The near miss in the same table: 区经商局 answers for row 1 and leads row 3 — two rows, two assignments (its row-1
# responsible stays, as the gold has it).
def test_a_unit_leading_another_row_keeps_its_responsible_assignment():
    found = _rows(_passage("zj-liandu-zfgzbgfj2023", 0))
    assert found.count(("responsible", "区经商局")) == 1 and found.count(("lead", "区经商局")) == 1


# 青阳 2023 重点工作责任清单 (https://www.ahqy.gov.cn/OpennessContent/show/1493481.html): a row printed on one line with spaces
# between cells under `牵头责任单位 主体责任单位 配合责任单位` — `县卫健委 县卫健委 县直有关单位` (gold: lead 县卫健委, cooperating
# 县直有关单位).
def test_a_lead_repeated_in_the_next_cell_of_a_spaced_row_is_read_once():
    assert _rows(_passage("ah-qingyang-wjwzdgzjz2023", 1)) == [("lead", "县卫健委"), ("cooperating", "县直有关单位")]


def _cells(n: int) -> tuple[str, list[Annotation], list[tuple[str, FoundUnit]]]:
    """n rows `k 任务 县科技局 | 县科技局、县财政局` (lead, then responsible)."""
    text, cells, units = "", [], []
    for k in range(n):
        row = f"{k} 任务 "
        for role, names in (("lead", ["县科技局"]), ("responsible", ["县科技局", "县财政局"])):
            start = len(text) + len(row)
            cell = "、".join(names)
            cells.append(Annotation("", cell, start, start + len(cell)))
            units.extend(("", FoundUnit(role, u, start, start + 4, len(cells) - 1)) for u in names)
            row += cell + " | "
        text += row + "\n"
    return text, cells, units


def test_rows_are_told_apart_by_what_stands_between_their_cells():
    text, cells, units = _cells(2)
    assert [(u.role, u.unit) for _, u in without_repeated_leads(text, cells, units)] == [
        ("lead", "县科技局"), ("responsible", "县财政局"), ("lead", "县科技局"), ("responsible", "县财政局")]


def test_many_rows_stay_linear():
    assert_linear(lambda data: without_repeated_leads(*data), _cells)
