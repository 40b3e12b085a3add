"""spd65's speed mend of session 37: calls that could only return at once are not made.

``extract_targets`` calls the four readers that work on a paragraph's targets (``breakdown.bracket_parts``,
``nested.nested_counts``, ``totals.total_counts``, ``selection_caps.selection_caps``) only when the paragraph has some
(four paragraphs in five have none: each reader returned at its first test); ``extract_task_tables`` asks
``_cell_header`` of a run of cells only when the line opens one (``_cell_header([])`` is None: fewer cells than a
header has). The readers' own examples (their modules' notes, dev pages) still read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kechuang.extract.targets as targets_stage
from kechuang.extract import extract_text, task_tables
from kechuang.extract.targets.breakdown import bracket_parts
from kechuang.extract.targets.nested import nested_counts
from kechuang.extract.targets.selection_caps import selection_caps
from kechuang.extract.targets.totals import total_counts

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))
_TARGET_READERS = ("bracket_parts", "nested_counts", "total_counts", "selection_caps")


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def test_target_readers_are_called_only_with_targets(monkeypatch: pytest.MonkeyPatch):
    seen: dict[str, list[int]] = {name: [] for name in _TARGET_READERS}
    for name in _TARGET_READERS:
        reader = getattr(targets_stage, name)

        def counted(para, _reader=reader, _name=name):
            seen[_name].append(len(para.targets))
            return _reader(para)

        monkeypatch.setattr(targets_stage, name, counted)
    for text in _seed_texts():
        extract_text(text)
    assert all(seen[name] for name in _TARGET_READERS), seen  # each is still called on the seeds
    assert all(n > 0 for name in _TARGET_READERS for n in seen[name]), seen  # never with no target


def test_target_readers_add_nothing_to_a_paragraph_without_targets(monkeypatch: pytest.MonkeyPatch):
    """The gate's premise, on every seed paragraph the targets' loop reads: with no target, each of the four returns
    with the paragraph as it was."""
    checked = []
    scenic = targets_stage.scenic_classes  # the first reader after ``Paragraph.run``

    def check(para):
        if not para.targets:
            for reader in (bracket_parts, nested_counts, total_counts, selection_caps):
                reader(para)
                assert para.targets == [], (reader.__name__, para.text)
            checked.append(para.text)
        return scenic(para)

    monkeypatch.setattr(targets_stage, "scenic_classes", check)
    for text in _seed_texts():
        extract_text(text)
    assert len(checked) > 100


@pytest.mark.parametrize(("text", "year", "expected"), [
    # 鹿邑 2024 十件实事, a news print (breakdown.py's note, dev): the parts in brackets after each count
    ("2024年,城區學校10所(含幼兒園4所)、鄉鎮學校15所(含幼兒園5所)。", 2024,
     [("城區學校", 10, "所"), ("幼兒園", 4, "所"), ("鄉鎮學校", 15, "所"), ("幼兒園", 5, "所")]),
    # 朝阳 2023 民生实事, a news print (totals.py's note, dev): the total after the count, in another measure
    ("2023年,亮马河、坝河、北小河等18条河道共120公里水系将实现连通。", 2023,
     [("河道", 18, "条"), ("水系", 120, "公里")]),
    # 福建省青年人才托举工程 2017 (selection_caps.py's note, dev): the cap dropped, the count to select kept
    ("今年该省将选拔200名学术技术带头人。全省每年选拔不超过10名青年科技人才进行资助培养。", 2023,
     [("学术技术带头人", 200, "名")]),
])
def test_target_readers_still_read_their_examples(text: str, year: int, expected: list):
    assert [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets] == expected


def test_no_run_of_cells_has_a_header(monkeypatch: pytest.MonkeyPatch):
    assert task_tables._cell_header([]) is None
    runs: list[int] = []
    header = task_tables._cell_header

    def counted(cells):
        runs.append(len(cells))
        return header(cells)

    monkeypatch.setattr(task_tables, "_cell_header", counted)
    for text in _seed_texts():
        extract_text(text)
    assert all(n > 0 for n in runs), runs  # asked only of a line that opens a run of cells
