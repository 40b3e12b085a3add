"""Speed round 26 (spd26): the candidate pattern and the paired lists' value run got cheaper, with the same matches.

Each change cuts instructions only (docs/benchmarks.md, "spd26"); these tests hold the equivalence: the pattern as
built now against the same pattern with the shortcuts taken out (no lookahead before the units, digits that may be
given back), and ``_value_run`` against the same loop with no literal gate, on every line of the seed plans and of
the dev split, and on shapes of the real pages the shortcuts touch (dev pages cited in vocab.py and paired_lists.py:
陕西 2024 政府工作报告, 宁夏 2021 工业经济, 内蒙古 2023 政府工作报告, 象山 2025 民生实事).
"""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.rules import load_rules
from kechuang.extract.targets import paired_lists
from kechuang.extract.targets.vocab import vocab
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

# shapes the shortcuts touch: years (digits given back before), long digit runs, decimals, letter units and codes,
# 方 after 万/亿 and its words, 万/亿 with no unit, lists of values
SHAPES = [
    "到2025年,全市高新技术企业达到1200家以上,科技型中小企业评价入库2500家。",
    "编号1234567890123个,小数3.14159265元,面积12.5万平方米,总额460多亿元,4300余万平方米。",
    "新能源装机容量力争达到25GW以上,建成15GWH电池项目、4GW新型光伏电池片和1080P高清摄像头,算力规模达到3000P。",
    "煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上;清淤10万方,10万方面的工作,亿方案。",
    "电子信息、新型材料、新能源、绿色食品等重点特色产业产值分别增长35%、15%、20%、16%以上。",
    "专精特新企业数增幅超7成,3成员,十二五期间,进一步统一,人口达到120万,千分之五,百分之十点七。",
    "乘用车(新能源)、太阳能光伏、输变电装备产业链产值突破2500亿元、1800亿元和1000亿元",
    "达到 76 家,孕产妇死亡率下降到12/10万以下,占全市1/8,2-3个百分点,5至10亿元,5~8万吨。",
]


def _reference_pattern() -> re.Pattern[str]:
    """The candidate pattern with the speed round's shortcuts taken out, as it was before them."""
    r = load_rules("targets")
    pattern = vocab().candidate.pattern
    heads = "".join(sorted({w[0] for key in ("fixed_units", "measure_units", "letter_units", "count_units")
                            for w in r[key]} | {"千"}))
    letters = re.escape("".join(sorted({w[0] for w in r["letter_units"]})))
    for shortcut, before in ((f"(?=[{re.escape(heads)}])", ""), (f"(?=[{letters}])", ""),
                             ("{1,12}+", "{1,12}"), ("{1,6}+", "{1,6}")):
        assert shortcut in pattern, shortcut
        pattern = pattern.replace(shortcut, before)
    return re.compile(pattern)


def _texts() -> list[str]:
    """Every line of the seed plans and of the dev split's openings and passages (never validation's), and SHAPES."""
    texts = [normalise(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    texts += [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return [line for text in texts for line in text.splitlines() if line.strip()] + SHAPES


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), tuple(sorted((k, v) for k, v in m.groupdict().items() if v is not None)))
            for m in pattern.finditer(text)]


def test_candidate_matches_as_without_the_shortcuts():
    reference, candidate = _reference_pattern(), vocab().candidate
    texts = _texts()
    assert len(texts) > 500
    found = 0
    for text in texts:
        ours = _matches(candidate, text)
        assert ours == _matches(reference, text), text
        found += len(ours)
    assert found > 1000  # the seeds hold values: the comparison is not vacuous


def test_shapes_read_as_before():
    """A few shapes' readings, spelled out (the same under both patterns)."""
    candidate = vocab().candidate
    got = [m.group() for m in candidate.finditer(SHAPES[2])]
    assert got == ["25GW以上", "3000P"]  # 15GWH, 4GW新型…, 1080P高清 are codes or names
    got = [m.group() for m in candidate.finditer(SHAPES[3])]
    assert got[:3] == ["7.8亿吨", "2470万吨", "350亿方以上"] and "10万方" in got


def _ungated_run(clause: str) -> list[re.Match]:
    run: list[re.Match] = []
    for m in vocab().candidate.finditer(clause):
        if run and not paired_lists._GAP.fullmatch(clause, run[-1].end(), m.start()):
            return []
        run.append(m)
    if len(run) < 2 or clause[run[-1].end():].strip():
        return []
    return run


def test_value_run_as_without_its_gate():
    clauses = [c for text in _texts() for c in re.split(r"[,，;；。:：]", text) if c]
    runs = 0
    for clause in clauses:
        ours = [m.span() for m in paired_lists._value_run(clause)]
        assert ours == [m.span() for m in _ungated_run(clause)], clause
        runs += bool(ours)
    assert runs >= 3  # the lists of values above are still found
