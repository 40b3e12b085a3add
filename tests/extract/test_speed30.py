"""Speed round 30 (spd30): a line translated once, under one key (docs/benchmarks.md, "spd30").

Readers asked for a line's simplified characters under several keys (``line.text``, its ``strip()``, its
``strip(" |")``, its words joined without spaces, a cut at 。, the head's lines joined), so the caches of
``rules.simplified`` / ``rules.simplified_all`` missed and the table's class was searched again over the same
characters. They now ask for the line as printed and strip or cut the translation: the table maps one character to one
character, and none of the characters stripped or cut at (spaces, ``|``, 。) is translated or a translation, so the
result is the same text. ``fields.field_rows`` tells a head printed as read line by line, not by its lines joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract import extract_text, rules
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.metadata.common import strip
from kechuang.extract.rules import simplified, simplified_all, simplified_table
from kechuang.extract.targets import reward_terms
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

# traditional lines with the characters the callers strip or cut at (a mirror's headings and table rows: 發展目標,
# 工作回顧; a rare character beyond the Basic Multilingual Plane, 𠁞, which only ``simplified_all`` translates alone)
SHAPES = (" | 二、發展目標 | ", "  2025年工作回顧  ", "第一章 總體要求。到2025年,全市…", "𠁞于 ", " 𠁞 關於 ",
          "\u3000關(guān)於印發《計劃》的通知\u3000", "")


def _lines() -> list[str]:
    texts = [normalise(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    texts += [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return [*SHAPES, *(line for text in texts for line in text.split("\n"))]


def test_the_table_translates_one_character_to_one_and_never_what_the_callers_strip_or_cut_at():
    table, _ = simplified_table()
    assert all(isinstance(v, int) for v in table.values())  # one code point for one: offsets hold
    kept = {ord(c) for c in " |。\n\t\u3000\u00a0\u2002\u2003"} | {ord(c) for c in map(chr, range(0x2000, 0x200c))}
    assert not kept & set(table) and not kept & set(table.values())
    assert all(not chr(k).isspace() and not chr(v).isspace() for k, v in table.items())


def test_simplified_all_is_the_table_character_by_character():
    table, _ = simplified_table()
    for line in _lines():
        assert simplified_all(line) == line.translate(table)
    rules.forget_lines()


def test_a_stripped_or_cut_translation_is_the_translation_of_the_stripped_or_cut_line():
    for line in _lines():
        for read in (simplified, simplified_all):
            assert read(line).strip() == read(line.strip())
            assert read(line).strip(" |") == read(line.strip(" |"))
            assert strip(read(line)) == read(strip(line))
        cut = len(line) // 3
        assert simplified_all(line)[cut:].split("。", 1)[0] == simplified_all(line[cut:].split("。", 1)[0])
    rules.forget_lines()


def test_a_head_is_printed_as_read_where_each_of_its_lines_is():
    for line in _lines()[:2000]:
        pair = [line, "关于印发的通知"]
        assert (simplified("\n".join(pair)) == "\n".join(pair)) == all(simplified(t) == t for t in pair)
    rules.forget_lines()


class _Counted:
    """The table's class, counting what it is asked to search (one search is one miss of ``simplified``'s cache)."""

    def __init__(self, pattern):
        self.compiled, self.searched = pattern, []

    def search(self, text, *args):
        self.searched.append(text)
        return self.compiled.search(text, *args)

    def __getattr__(self, name):
        return getattr(self.compiled, name)


@pytest.fixture()
def counted(monkeypatch):
    table, pattern = simplified_table()
    proxy = _Counted(pattern)
    monkeypatch.setattr(rules, "simplified_table", lambda: (table, proxy))
    rules.forget_lines()
    yield proxy
    rules.forget_lines()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_seed_line_is_translated_under_one_key(counted, path):
    text = normalise(path.read_text("utf-8"))
    extract_text(text)
    searched = set(counted.searched)
    variants = sorted(t for t in searched
                      if any(form != t and form in searched for form in (t.strip(), t.strip(" |"), strip(t))))
    assert not variants, variants[:3]  # a line and its stripped form were both searched: two keys for one line
    # lines joined (the head's, for ``field_rows``) are searched again after their own keys; the one text of several
    # lines left is the reach ``reward_terms`` translates before a grant verb
    reach = reward_terms._LEAD_REACH + reward_terms._REACH
    assert not [t[:40] for t in searched if "\n" in t and len(t) > reach]


def test_the_seeds_search_the_table_over_at_most_1_4_times_their_characters(counted):
    printed = 0
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalise(path.read_text("utf-8"))
        printed += len(text)
        rules.forget_lines()
        extract_text(text)
    searched = sum(map(len, counted.searched))
    # main before spd30: 50,068 characters searched for 27,767 printed (1.80); spd30: 35,648 (1.28)
    assert searched <= 1.4 * printed, (searched, printed)
