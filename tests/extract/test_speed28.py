"""Speed round 28 (spd28): one search finds the lines of four filters, with the same answers.

``cued_lines`` (targets/cue_lines.py) gives `achieved_growth`, `funding`, `completion_rates` and `in_principle` the
lines their own gates would let through (docs/benchmarks.md, "spd28"); these tests hold that on every line of the seed
plans and of the dev split's openings and passages, and on shapes the corpus may lack (several filters' words on one
line, traditional spellings, a word split by a line break, empty lines)."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import split_lines
from kechuang.extract.targets.cue_lines import GATES, cued_lines
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

SHAPES = ("全县生产总值254.5亿元,比上年增长5.2%。县财政安排资金37.4亿元,完成率99.82%,原则上不低于3000亩。\n"
          "\n生產總值增長5.2%,資金不超過50萬元,原則上不超過2個,完成年度任務100.8%\n增\n长\n完成\n率\n"
          "下降2%\n完成全年任务\n最高50万元\n\n")


def _texts() -> list[str]:
    texts = [normalise(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    texts += [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return [SHAPES, *texts]


def test_each_filter_is_given_the_lines_its_own_gate_finds():
    counts = dict.fromkeys(GATES, 0)
    for text in _texts():
        lines = split_lines(text)
        found = cued_lines(lines)
        for name, gate in GATES.items():
            assert found[name] == [line for line in lines if gate.search(line.text)], name
            counts[name] += len(found[name])
    assert all(n >= 5 for n in counts.values()), counts  # every filter's words are in the texts read


def test_a_document_without_any_word_gives_no_line():
    assert cued_lines(split_lines("一、总体要求\n到2025年,新增企业20家。\n")) == {name: [] for name in GATES}
    assert cued_lines([]) == {name: [] for name in GATES}
