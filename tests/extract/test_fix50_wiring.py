"""fix50's two rules through the whole extractor: the spaced clauses the normaliser keeps are read as two clauses
(``paragraph._read_clauses``), and the title's own period reaches ``years`` (``targets/__init__`` → ``Paragraph``).
Sentences and titles from the dev pages cited in ``tests/text/test_fix50_spaced_clauses.py`` and
``tests/extract/test_fix50_title_period.py``."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.paragraph import _read_clauses
from kechuang.text.normalise import normalise
from tests.timing import assert_scaled


def _targets(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(normalise(text)).targets]


@pytest.mark.parametrize(("line", "expected"), [
    ("廈門今秋新增學位1.16萬個 普惠率達96%", [(1.16, "萬個"), (96, "%")]),
    ("北京今年支持26所中小学建设 新增小学学位8340个", [(26, "所"), (8340, "个")]),
    ("新增高新技术企业50家以上 科技型中小企业评价入库300家", [(50, "家"), (300, "家")]),
])
def test_two_valued_clauses_a_space_separates_are_two_targets(line, expected):
    found = _targets("2023年工作要点\n" + line + "\n")
    assert [(value, unit) for _, value, unit, _ in found] == expected
    assert not any(" " in indicator for indicator, *_ in found)  # no indicator runs over the space


def test_the_title_period_dates_a_goals_period_of_its_length():
    title = "山西省推进数字经济全面发展实施方案(2026—2028年)\n2025年10月8日\n"
    body = "一、三年发展目标\n三年发展目标:新增高新技术企业100家。\n"
    assert [year for *_, year in _targets(title + body)] == [2028]
    untitled = "山西省推进数字经济全面发展实施方案\n2025年10月8日\n"
    assert [year for *_, year in _targets(untitled + body)] == [2027]  # counted from the year signed, as before


def test_many_spaces_in_one_clause_stay_linear():
    # spaces a reader may meet in a clause where no value closes the part before them (1年 is a date): the value
    # test looks back a bounded stretch, not from the clause's start at every space
    def took(text: str) -> float:
        t0 = time.process_time()
        parts = _read_clauses(text)
        assert len(parts) == 1
        return time.process_time() - t0
    assert_scaled(took, "新增企业甲 乙丙1年" * 4_000, "新增企业甲 乙丙1年" * 32_000, 8 * 3)  # 8× the text in well under 8²× the time
