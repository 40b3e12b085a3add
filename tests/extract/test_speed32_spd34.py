"""Session 30's speed mend of the targets' core reading (spd34): three patterns searched over every sentence or line
(``years.BASE``, ``years.THIS_YEAR``, ``readings._DECIMAL_GAP``) opened with a lookbehind, which the re module tries
at every position; their lookbehinds now stand after the first character (whose width they include), so that the
search skips at once to a character a match can open with. These tests hold that each finds exactly what its earlier
form found, on every seed and corpus text (as printed and simplified) and on made-up edge cases."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import readings

try:  # Python 3.11+
    from re import _compiler as sre_compile
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_compile  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# the package exports a function ``years``: the module itself from the import system
years_module = importlib.import_module("kechuang.extract.targets.years")
_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_WORD = r"[\u4e00-\u9fff]"
_OLD_BASE = re.compile(r"(?:在(?=\d{4}年(?:底|末)?的?(?:基础|水平|基数))|(?<!占)比|较|以|相比)"
                       r"(\d{4})年(?:底|末)?的?(?:基础上|水平)?")
_OLD_THIS_YEAR = re.compile(r"(?<!截至)(?<!截止)今年(?!以?来|[轻均龄纪代]|\d{1,2}\s{0,2}[-—–~至到]\s{0,2}\d{1,2}\s{0,2}月)")
_OLD_DECIMAL_GAP = re.compile(rf"(?:(?<={_WORD}\d)|(?<={_WORD}\d\d))\s(?=\.\s?\d)"
                              rf"|(?:(?<={_WORD}\d\.)|(?<={_WORD}\d\d\.)|(?<={_WORD}\d\s\.)|(?<={_WORD}\d\d\s\.))\s(?=\d)"
                              r"(?!\d{4}\s?年)")
_EDGES = ["比2019年", "占比2019年底", "占比比2020年的水平", "较2018年底的基础上", "在2020年基础上", "在2020年达到",
          "截至今年", "截止今年6月", "今年以来", "今年来", "今年1-9月", "如今年轻", "至今年均", "今年要", "今年",
          "新增托位1. 6万个", "增长6 . 5%", "增长16 . 5%", "增长1 .5%", "重点任务1. 2024年", "增长12. 5", "1. 2019年",
          "达1 . 2 . 3", "增12.  5", "a1. 6", "长1\t. 6"]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "real" / "openings").glob("*.txt"))]
    for path in sorted((_FIXTURES / "real" / "passages").glob("*.json")):
        texts += [p["text"] for p in json.loads(path.read_text(encoding="utf-8")).get("passages", [])]
    return texts + [simplified_all(t) for t in texts] + _EDGES + ["".join(_EDGES), " ".join(_EDGES)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_year_and_decimal_patterns_match_as_their_earlier_forms():
    texts = _texts()
    assert len(texts) > 6000
    for text in texts:
        assert _found(years_module.BASE, text) == _found(_OLD_BASE, text)
        assert _found(years_module.THIS_YEAR, text) == _found(_OLD_THIS_YEAR, text)
        assert _found(readings._DECIMAL_GAP, text) == _found(_OLD_DECIMAL_GAP, text)
        for start in (1, 2, 3):  # a search from inside the text sees the characters before its start alike
            assert [m.span() for m in years_module.BASE.finditer(text, start)] == \
                [m.span() for m in _OLD_BASE.finditer(text, start)]


def test_year_scans_start_where_a_match_can():
    """``years`` scans for durations from five characters before the first 年 (none if there is none) and for starts
    (2012年起) only when one of their words is there: the same matches as a scan of the whole text."""
    for text in _texts():
        first = text.find("年")
        durations = list(years_module.DURATION.finditer(text, max(0, first - 5))) if first >= 0 else []
        assert _found(years_module.DURATION, text) == [(m.span(), m.groups()) for m in durations]
        if not ("年起" in text or "年开始" in text or "年以来" in text):
            assert years_module._START.search(text) is None


def _skips(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern opens with a literal prefix or a first-character set the search skips to."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    prefix = sre_compile._get_literal_prefix(parsed, pattern.flags)[0]
    return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, pattern.flags))


def test_the_patterns_open_with_a_character_the_search_skips_to():
    assert not any(_skips(p) for p in (_OLD_BASE, _OLD_THIS_YEAR, _OLD_DECIMAL_GAP))
    assert all(_skips(p) for p in (years_module.BASE, years_module.THIS_YEAR, readings._DECIMAL_GAP))
