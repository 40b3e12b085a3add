"""spd39's speed mends of the targets' post-filters (session 30): the gates that replace a test of each line.

``LineIndex.holding`` finds the lines holding a word in the document's joined text (project_rolls' 项目, estimated's
预计): it must give exactly the lines a test of each line gives, in order. ``may_report`` tests its words one by one
(no generator), ``passage`` asks ``Readings.of`` only of a line holding what a reading opens with, and
``review_paragraphs`` looks for the heading's 。 in the printed line before translating it: each is the earlier test's
answer on every seed and corpus line."""

from __future__ import annotations

import json
from pathlib import Path

from kechuang.extract.lines import Line
from kechuang.extract.rules import simplified_table
from kechuang.extract.targets import passage_mode
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.readings import Readings

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_WORDS = (("项目", "項目"), ("预计", "預計", "預("), ("。",), ("(", "年"))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "real" / "openings").glob("*.txt"))]
    for path in sorted((_FIXTURES / "real" / "passages").glob("*.json")):
        texts += [p["text"] for p in json.loads(path.read_text(encoding="utf-8")).get("passages", [])]
    texts += ["项目\n\n项目项目\n預(yù)計\n", "", "\n\n", "预计"]
    return texts


def _lines(text: str) -> list[Line]:
    out, at = [], 0
    for k, part in enumerate(text.split("\n")):
        out.append(Line(k, at, at + len(part), part, False))
        at += len(part) + 1
    return out


def test_line_index_gives_the_lines_a_test_of_each_gives():
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        lines = _lines(text)
        index = LineIndex(lines, "\n".join(line.text for line in lines))
        for words in _WORDS:
            found, expected = index.holding(words), [line for line in lines if any(w in line.text for w in words)]
            assert found == expected
            assert all(a is b for a, b in zip(found, expected, strict=True))


def test_may_report_and_the_readings_gate_answer_as_before():
    for text in _texts():
        for line in _lines(text):
            assert passage_mode.may_report(line.text) == any(core in line.text for core in passage_mode._CORES)
            if not ("(" in line.text or ". " in line.text or " ." in line.text):
                assert Readings.of(line) is None


def test_the_translation_keeps_each_full_stop_and_offset():
    # review_paragraphs finds the heading's 。 in the printed line: the table translates one character for one and
    # neither makes nor takes a 。
    table = simplified_table()[0]
    full_stop = ord("。")
    assert full_stop not in table
    for value in table.values():
        assert value != full_stop and value != "。"
        assert isinstance(value, int) or len(value) == 1
