"""fix51 (review 36, item 1): the grid reader stays linear on a page of many small grids. Shapes from review 36's bounds cases; the grids are those of
``tests/extract/test_grid49.py`` (dev tables), repeated."""

from __future__ import annotations

import time

from kechuang.extract.lines import split_lines
from kechuang.extract.targets.goal_tables import goal_tables
from kechuang.extract.targets.grid import with_grids


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
    small, large = took(2_000), took(8_000)
    assert large < small * 4 * 1.8 + 0.05  # 4× the grids in well under 4²× the time
