"""Session 30's speed mends of the targets' core reading (spd40): the same answers, fewer steps.

``vocab().reported`` (a word that makes a sentence a report) now opens with a lookahead for the characters any of
its matches opens with: the scan fails at once at every other position instead of trying each branch there. This
test holds that it finds exactly what the earlier form found on every line of the seeds and the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kechuang.extract.rules import load_rules, simplified_all
from kechuang.extract.targets.vocab import alt, vocab
from kechuang.text.numerals import to_number

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _old_reported() -> re.Pattern[str]:
    r = load_rules("targets")
    return re.compile(rf"{alt(r['report_sentence_words'])}|(?:^|[::])\s*(?:{alt(r['report_sentence_openers'])})"
                      r"|(?:^|[::,,])\s*(?:\d{4}\s*年|全年)[,,]?\s*预计"
                      rf"|\d{{4}}年1\s*[-—~至到]\s*\d{{1,2}}月|^\s*1\s*[-—至]\s*\d{{1,2}}月[,,]"
                      r"|[今本]年1\s*[-—~至到]\s*\d{1,2}\s*月(?=[^,,;;。]{0,24}?\d)"
                      r"|^\s*1\s*[-—~至到]\s*\d{1,2}\s*月份?[^,,;;。]{0,12}?累计")


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "real" / "openings").glob("*.txt"))]
    for path in sorted((_FIXTURES / "real" / "passages").glob("*.json")):
        texts += [p["text"] for p in json.loads(path.read_text(encoding="utf-8")).get("passages", [])]
    texts += [" 1-6月,累计 ", ":预计 ,2024年预计 全年,预计 今年1至8月新增5G基站20842个 本年1-3月 2023年1—6月",
              "  1—3月,全市 预计数 有望 有可能 同比 :已 : 目前 今年以来"]
    lines = [simplified_all(t) for t in texts]
    return lines + [line for text in lines for line in text.split("\n")]


def test_reported_matches_as_its_earlier_form():
    old, new = _old_reported(), vocab().reported
    lines = _lines()
    assert len(lines) > 3000
    found = 0
    for line in lines:
        expected = [(m.span(), m.group()) for m in old.finditer(line)]
        assert [(m.span(), m.group()) for m in new.finditer(line)] == expected
        found += len(expected)
    assert found > 100


def test_to_number_reads_chinese_and_arabic_numbers_as_before():
    assert to_number("十点七") == 10.7 and to_number("两") == 2.0 and to_number("一千五百万") == 15_000_000.0
    assert to_number("1.5万") == 15000.0 and to_number("2,000") == 2000.0 and to_number("点五") is None
    assert to_number("三十万") == 300_000.0 and to_number("abc") is None and to_number("１２") == 12.0


def test_a_clause_recurs_only_in_a_sentence_that_does():
    """Paragraph.run searches a clause for 每年… only when its sentence holds one: no clause finds what its
    sentence lacks (the words hold no clause mark; the character before a clause is a mark, no digit)."""
    from kechuang.extract.targets.paragraph import _CLAUSE, _SENTENCE
    recurring = vocab().recurring
    seen = 0
    for line in [*_lines(), "3,每年新增10家;2每年", "且每月1次", "每年"]:
        for sentence in (m.group() for m in _SENTENCE.finditer(line)):
            if recurring.search(sentence) is None:
                assert not any(recurring.search(cm.group()) for cm in _CLAUSE.finditer(sentence))
            else:
                seen += 1
    assert seen > 100
