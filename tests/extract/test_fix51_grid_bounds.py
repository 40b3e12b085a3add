"""fix51 (review 36, item 1): the grid reader stays linear on a page of many small grids. Shapes from review 36's bounds cases; the grids are those of
``tests/extract/test_grid49.py`` (dev tables), repeated."""

from __future__ import annotations

import time

from kechuang.extract.lines import split_lines
from kechuang.extract.targets import grid
from kechuang.extract.targets.goal_tables import goal_tables
from kechuang.extract.targets.grid import with_grids
from tests.timing import assert_scaled


def test_many_small_grids_stay_linear():
    # with_grids scanned every target found so far for each grid (grids × targets: 2.5 s at 8,000 grids, 12× the
    # time of 2,000; now about 4×)
    def took(n: int) -> float:
        text = "".join(f"表{i}\n指标|2025年\n企业数|{i + 1}\n说明文字段落。\n" for i in range(n))
        lines = split_lines(text)
        paths = [""] * len(lines)
        found, taken = goal_tables(lines, paths, 2024)
        t0 = time.process_time()
        out, _ = with_grids(lines, paths, 2024, found, taken)
        spent = time.process_time() - t0
        assert len(out) == n
        return spent
    assert_scaled(took, 2_000, 8_000, 4 * 1.8)  # 4× the grids in well under 4²× the time


def test_a_run_of_year_cells_is_read_a_bounded_number_of_times(monkeypatch):
    # each line of 2025年目标 under 指标 re-read up to 14 lines back and ~44 cells on as its header (review 36 item 4:
    # 40,000 lines took 3 times the start's time); a failed header's lines are now skipped but the last few
    calls = []
    real = grid._header

    def counted(stream, k):
        calls.append(k)
        return real(stream, k)

    monkeypatch.setattr(grid, "_header", counted)
    n = 4_000
    text = "指标\n" + "2025年目标\n" * n
    lines = split_lines(text)
    assert grid.grid_tables(lines, [""] * len(lines), 2024, set()) == ([], set())
    assert len(calls) < n / 5


def test_a_grid_after_a_long_run_of_year_lines_is_still_read():
    # the skip never passes a header whose value stands after the lines a failed header reached
    text = "指标\n" + "2025年目标\n" * 100 + "说明。\n指标|2025年|2030年\n企业数(家)|50|80\n"
    lines = split_lines(text)
    got, _ = grid.grid_tables(lines, [""] * len(lines), 2024, set())
    assert [(t.indicator, t.value, t.year) for t in got][-2:] == [("企业数", 50, 2025), ("企业数", 80, 2030)]
    cells = "2024年工作要点\n" + "".join(f"项目{chr(0x4e00 + m)}\n" for m in range(60)) + "说明。\n指标\n2025年\n企业数\n50\n"
    lines = split_lines(cells)
    got, _ = grid.grid_tables(lines, [""] * len(lines), 2024, set())
    assert [(t.indicator, t.value, t.year) for t in got] == [("企业数", 50, 2025)]
