"""Regressions a second review of the evening's rules found (git diff 37e1449..main), each with the reviewer's input;
the code at 37e1449 read each correctly. The sentences come from the rules' own tests and their dev sources."""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.test_target_round24 import JIADING
from tests.extract.test_target_round24 import _rows as _place_rows


def _values(text: str, plan_year: int | None = None, title: str | None = None) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year, title=title).targets]


def test_a_total_row_or_an_attachment_after_a_place_table_ends_it():
    # 合计 is no town: its numbers do not overwrite the last town's cells; nor does a contact list after the table
    rows = _place_rows(JIADING, 2026)
    assert _place_rows(JIADING + "\n合计\n125.93\n25.18\n75.56\n100.75\n125.93\n137.94", 2026) == rows
    assert _place_rows(JIADING + "\n附件2\n联系人\n1\n2\n3", 2026) == rows
