"""Speed round 27 (spd27): fewer scans of each line, with the same answers.

Each change cuts instructions only (docs/benchmarks.md, "spd27"); these tests hold the equivalence on every line of
the seed plans and of the dev split's openings and passages: ``is_chrome_line`` (one search for any word a gated
entry needs) against every entry tried alone; ``simplified_all`` (through the cached ``simplified``) against the
table's translation wherever a character of the table or one beyond the Basic Multilingual Plane stands; and a
paragraph's simplified text and its ``traditional`` flag against the search of the table's class.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import Line
from kechuang.extract.rules import forget_lines, simplified_all, simplified_table
from kechuang.extract.targets.paragraph import Paragraph
from kechuang.text.chrome import is_chrome_line
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

# traditional lines, a character beyond the Basic Multilingual Plane (𠀾 is in OpenCC's table), and chrome lines
SHAPES = [
    "到2025年,全縣高新技術企業達到120家以上,研發經費投入增長10%。",
    "𠀾字与简体字同行,新增企业20家。",
    "新增𠀾企业20家",
    "版权所有:某某县人民政府 网站标识码1234567890",
    "首页 > 政务公开 > 规划计划",
    "网址:https://www.example.gov.cn/index.html",
    "全县科技型中小企业达到200家。",
]


def _lines() -> list[str]:
    texts = [normalise(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    texts += [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return [*SHAPES, *(line for text in texts for line in text.split("\n"))]


_DATA = yaml.safe_load((Path(__file__).resolve().parents[2] / "src/kechuang/text/chrome.yaml").read_text("utf-8"))
_ENTRIES = [re.compile(e if isinstance(e, str) else e["pattern"]) for e in _DATA["lines"]]


def _chrome_reference(line: str) -> bool:
    """Every entry of chrome.yaml tried alone on the stripped line, as the file states it."""
    line = line.strip()
    return bool(line) and len(line) <= 300 and any(e.fullmatch(line) for e in _ENTRIES)


def test_chrome_lines_as_every_entry_alone_decides():
    lines = _lines()
    found = [ln for ln in lines if is_chrome_line(ln)]
    assert found == [ln for ln in lines if _chrome_reference(ln)]
    assert len(found) >= 20


def test_simplified_all_as_the_table_translates():
    table, traditional = simplified_table()
    assert all(k != v for k, v in table.items())  # a character found by the class is one the translation changes
    forget_lines()
    lines = _lines()
    for line in lines:
        wide = any(ord(c) > 0xFFFF for c in line)
        assert simplified_all(line) == (line.translate(table) if traditional.search(line) or wide else line), line
    assert simplified_all(SHAPES[0]) != SHAPES[0]
    forget_lines()


def test_a_paragraph_knows_its_line_traditional_as_the_search_of_the_table_class():
    _, traditional = simplified_table()
    forget_lines()
    for line in _lines():
        para = Paragraph(Line(0, 0, len(line), line, False), "", 2024, None, [])
        assert para.traditional == bool(traditional.search(line)), line
    forget_lines()
