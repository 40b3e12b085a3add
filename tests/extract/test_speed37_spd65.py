"""spd65's speed mend of session 37: calls that could only return at once are not made.

``extract_targets`` calls the four readers that work on a paragraph's targets (``breakdown.bracket_parts``,
``nested.nested_counts``, ``totals.total_counts``, ``selection_caps.selection_caps``) only when the paragraph has some
(four paragraphs in five have none: each reader returned at its first test); ``extract_task_tables`` asks
``_cell_header`` of a run of cells only when the line opens one (``_cell_header([])`` is None: fewer cells than a
header has). The readers of shapes after ``Paragraph.run`` (scenic, water, sited, durations, ratios, zero, steps) are
called only when the paragraph holds the words their own first test needs (``_WORD_GATES``: each returned at once
without them). A paragraph with no year mark states no year (``stated_years`` not asked); a line with no bar is no
row of cells (``bar_rows._cells`` not asked), one with no "(" holds no phonetic reading (``label_readings`` not
asked), one with no bar and no 号/號 starts no table's header (``task_tables._header_starts``) and one with neither 读
nor 《 explains no document (``metadata.explained._may_explain``). The readers' own examples (their modules' notes, dev pages) still read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kechuang.extract.targets as targets_stage
from kechuang.extract import assignments, bar_rows, extract_text, task_tables
from kechuang.extract.label_readings import label_readings
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import explained
from kechuang.extract.targets.breakdown import bracket_parts
from kechuang.extract.targets.durations import span_levels
from kechuang.extract.targets.nested import nested_counts
from kechuang.extract.targets.rank_words import rank_places
from kechuang.extract.targets.ratios import ratio_levels
from kechuang.extract.targets.scenic import scenic_classes
from kechuang.extract.targets.selection_caps import selection_caps
from kechuang.extract.targets.sited import sited_counts
from kechuang.extract.targets.steps import step_levels
from kechuang.extract.targets.totals import total_counts
from kechuang.extract.targets.water_classes import water_classes
from kechuang.extract.targets.zero import zero_targets

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))
_TARGET_READERS = ("bracket_parts", "nested_counts", "total_counts", "selection_caps")
# each reader called at the call site only when the paragraph's text holds one of these (its own gate's words)
_WORD_GATES = {"scenic_classes": ("A级",), "water_classes": ("水质", "标准"), "sited_counts": ("在",),
               "span_levels": ("年限", "周期"), "ratio_levels": ("比", "倍差"), "zero_targets": ("零",),
               "step_levels": ("台阶",), "rank_places": ("前", "第", "强", "強")}
_WORD_READERS = (scenic_classes, water_classes, sited_counts, span_levels, ratio_levels, rank_places, zero_targets,
                 step_levels)


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


def test_word_readers_are_called_only_with_their_words(monkeypatch: pytest.MonkeyPatch):
    seen: dict[str, list[bool]] = {name: [] for name in _WORD_GATES}
    for name, words in _WORD_GATES.items():
        reader = getattr(targets_stage, name)

        def counted(para, _reader=reader, _name=name, _words=words):
            seen[_name].append(any(w in para.mtext for w in _words))
            return _reader(para)

        monkeypatch.setattr(targets_stage, name, counted)
    for text in _seed_texts():
        extract_text(text)
    assert all(all(calls) for calls in seen.values()), {k: v.count(False) for k, v in seen.items()}


def test_readers_left_uncalled_return_the_paragraph_as_it_was(monkeypatch: pytest.MonkeyPatch):
    """The gates' premise, on every seed paragraph the targets' loop reads (at the first reader after
    ``Paragraph.run``): with no target, each of the four readers of targets returns with the paragraph as it was, and
    so does each reader of shapes on a paragraph without its words."""
    checked = []
    run = targets_stage.Paragraph.run

    def check(para):
        found = run(para)
        before = list(para.targets)
        for reader in _WORD_READERS:
            if not any(w in para.mtext for w in _WORD_GATES[reader.__name__]):
                reader(para)
                assert para.targets == before, (reader.__name__, para.text)
        if not para.targets:
            for reader in (bracket_parts, nested_counts, total_counts, selection_caps):
                reader(para)
                assert para.targets == [], (reader.__name__, para.text)
        checked.append(para.text)
        return found

    monkeypatch.setattr(targets_stage.Paragraph, "run", check)
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


@pytest.mark.parametrize(("text", "year", "expected"), [
    # 庆元 2018 旅游工作, qynews.zjol.com.cn (scenic.py's note, dev)
    ("2018年,成功创建巾子峰国家4A级、莲湖村国家3A级旅游景区。", 2018,
     [("巾子峰旅游景区", "4A", None), ("莲湖村国家3A级旅游景区", "3A", None)]),
    # 重庆 2023 行动计划, epaper.cqrb.cn (water_classes.py's note, dev)
    ("2023年,长江干流水质稳定保持Ⅱ类。", 2023, [("长江干流水质", "II类", None)]),
    # 蓟州 民心工程 (sited.py's note, dev)
    ("2020年,在286所幼儿园公共区域设置视频图像采集装置。", 2020, [("幼儿园公共区域设置视频图像采集装置", 286, "所")]),
    # 内蒙古 2021 “十四五”教育事业发展规划 (durations.py's note, dev)
    ("到2025年,勞動年齡人口平均受教育年限達到11年以上。", 2021, [("勞動年齡人口平均受教育年限", 11, "年")]),
    # 白云区 2023 民生项目任务单 (ratios.py's note, dev)
    ("到2025年,城乡居民人均可支配收入比控制在1.8左右。", 2023, [("城乡居民人均可支配收入比", 1.8, None)]),
    # 奉贤 2024 违法用地综合整治三年行动 (zero.py's note, dev)
    ("力争2029年底实现产业类存量违法用地清零。", 2024, [("产业类存量违法用地", 0, None)]),
    # 泰山区农业农村局 2025 工作计划 (rank_words.py's note, dev): a place with no measure word
    ("二是乡村振兴考核指标力争全市第一。", 2025, [("乡村振兴考核指标", 1, None)]),
    # 十四五 全国种植业发展规划 (steps.py's note, dev)
    ("确保总产量保持在1.3万亿斤以上,跨上1.4万亿斤台阶。", 2021, [("总产量", 1.3, "万亿斤"), ("总产量", 1.4, "万亿斤")]),
])
def test_word_readers_still_read_their_examples(text: str, year: int, expected: list):
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


def test_no_mark_states_no_year(monkeypatch: pytest.MonkeyPatch):
    stated = targets_stage.Paragraph.stated_years
    asked: list[int] = []

    def counted(para, relative: bool = True):
        found = stated(para, relative)
        assert para.marks or found == []
        if relative:  # the targets' loop's question (``review_start`` asks its own, relative=False)
            asked.append(len(para.marks))
        return found

    monkeypatch.setattr(targets_stage.Paragraph, "stated_years", counted)
    for text in _seed_texts():
        extract_text(text)
    assert asked and all(asked), asked.count(0)  # the loop asks only of a paragraph with a mark


def test_lines_without_their_mark_are_not_asked(monkeypatch: pytest.MonkeyPatch):
    """``_cells`` of a line with no bar and ``label_readings`` of one with no "(" are None (their first test); the
    callers no longer ask."""
    texts = _seed_texts()
    for text in texts:
        for line in split_lines(text):
            if "|" not in line.text:
                assert bar_rows._cells(line) is None
            if "(" not in line.text:
                assert label_readings(line) is None
    cells_asked: list[str] = []
    readings_asked: list[str] = []
    cells, readings = bar_rows._cells, assignments.label_readings

    def counted_cells(line):
        cells_asked.append(line.text)
        return cells(line)

    def counted_readings(line):
        readings_asked.append(line.text)
        return readings(line)

    monkeypatch.setattr(bar_rows, "_cells", counted_cells)
    monkeypatch.setattr(assignments, "label_readings", counted_readings)
    for text in texts:
        extract_text(text)
    assert all("|" in t for t in cells_asked)
    assert all("(" in t for t in readings_asked)


def test_header_and_explaining_gates_are_the_first_tests(monkeypatch: pytest.MonkeyPatch):
    texts = _seed_texts()
    for text in texts:
        for line in split_lines(text):
            t = line.text
            if "|" not in t and "号" not in t and "號" not in t:
                assert not task_tables._header_starts(t)
            if "读" not in t and "《" not in t:
                assert not explained._may_explain(t)
    asked: dict[str, list[str]] = {"header": [], "explain": []}
    header, explain = task_tables._header_starts, explained._may_explain

    def counted_header(t):
        asked["header"].append(t)
        return header(t)

    def counted_explain(t):
        asked["explain"].append(t)
        return explain(t)

    monkeypatch.setattr(task_tables, "_header_starts", counted_header)
    monkeypatch.setattr(explained, "_may_explain", counted_explain)
    for text in texts:
        extract_text(text)
    # (the loop over a table's rows asks of each row, bars or not; the seeds' tables are barred)
    assert asked["header"] and all("|" in t or "号" in t or "號" in t for t in asked["header"])
    assert asked["explain"] and all("读" in t or "《" in t for t in asked["explain"])
