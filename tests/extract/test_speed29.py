"""Speed round 29 (spd29): gates and slices that change no answer (docs/benchmarks.md, "spd29").

- ``count_candidate.candidate`` gives ``is_baseline`` the 16 characters it reads, not the whole clause before the value
  (a copy of it per candidate: a clause of 100,000 `在1个` copied 150,000 characters a number).
- ``review_heads.review_paragraphs`` tries its anchored heading only on a line whose first 。 stands within the
  heading's reach (``_HEAD_REACH``).
- ``report_headlines.headline_report`` finds a reporter's note (获悉, 据了解) in the page as printed
  (``printed_words``), not in the whole page translated to simplified characters.
- ``metadata.cues.own_title`` finds 关/關 and 于/於 in the page as printed, not in the page translated.
Each test holds the new reading equal to the old on the seeds and the dev split, and on shapes the corpus may lack."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract import extract_text
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import cues
from kechuang.extract.printed_words import printed_words
from kechuang.extract.rules import simplified_all, simplified_table
from kechuang.extract.targets import count_candidate
from kechuang.extract.targets.baselines import is_baseline
from kechuang.extract.targets.report_headlines import _LEARNT
from kechuang.extract.targets.review_heads import _HEAD, _HEAD_REACH, review_paragraphs
from kechuang.text.normalise import normalise
from tests.extract.timing import assert_linear_far

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

# shapes: traditional and rare spellings of the words (獲悉, 穫悉, 據了解), a word split by a line break, headings at
# and past the heading's reach (the 。 at index 43, then 44)
SHAPES = ("記者從省農業廳獲悉,全省新增高標準農田50萬畝。\n据了\n解,穫悉。據了解,该局\n"
          "  (二十一)  " + "农" * 28 + "扎实" + "推进工作" + "。全年新增10家。\n"
          "  (二十一)  " + "农" * 29 + "扎实" + "推进工作" + "。全年新增10家。\n"
          "關於印發《計劃》的通知\n关(guān)于\n𠁞于\n")


def _texts() -> list[str]:
    texts = [normalise(p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += [o.text for o in load_openings(REAL) if split_of(o.source) == "dev"]
    texts += [p.text for p in load_passages(REAL) if split_of(p.source) == "dev"]
    return [SHAPES, *texts]


def test_the_printed_words_are_found_where_the_simplified_words_are():
    learnt, plain = printed_words(_LEARNT), re.compile("|".join(_LEARNT))
    found = 0
    for text in _texts():
        assert [m.span() for m in learnt.finditer(text)] == [m.span() for m in plain.finditer(simplified_all(text))]
        found += learnt.search(text) is not None
    assert found >= 5, found  # the words are in the texts read


def test_a_printed_word_takes_each_character_the_table_translates_to_its_own():
    table = simplified_table()[0]
    pattern = printed_words(("获悉", "据了解"))
    for traditional in ("獲悉", "穫悉", "據了解"):
        assert pattern.fullmatch(traditional), traditional
        assert simplified_all(traditional) in ("获悉", "据了解")
    assert not pattern.search("獲得,了解")
    # a character is found as printed exactly where the translation holds it (a key translated away is not)
    for k in sorted(table)[:300]:
        c = chr(k)
        assert (printed_words((c,)).search(c) is not None) == (c in simplified_all(c)), c


def test_the_own_title_cues_are_each_one_traditional_character_only():
    table = simplified_table()[0]
    for cue in cues.OWN_CUES:
        plain, others = cue[0], set(cue[1:])
        assert ord(plain) not in table
        assert {chr(k) for k, v in table.items() if v == ord(plain)} == others


def test_the_own_title_gate_answers_as_the_translated_page():
    seen = 0
    for text in _texts():
        lines = split_lines(text)
        old = cues.read(lines, "关", "關") and cues.read(lines, "于", "於")
        joined = "\n".join(ln.text for ln in lines)
        new = all(any(c in joined for c in cue) for cue in cues.OWN_CUES)
        assert old == new
        seen += old
    assert seen >= 5, seen


def test_the_heading_gate_lets_every_heading_through():
    """Every line the anchored heading matches has its first 。 within the reach, and the reach is met exactly."""
    matched = 0
    for text in _texts():
        for line in split_lines(text):
            plain = simplified_all(line.text)
            if _HEAD.match(plain) is not None:
                matched += 1
                assert plain.find("。", 0, _HEAD_REACH) >= 0, plain[:50]
    assert matched >= 20, matched
    longest = "  (二十一)  " + "农" * 28 + "扎实" + "推进工作" + "。"
    assert _HEAD.match(longest) is not None and longest.index("。") == _HEAD_REACH - 1
    assert _HEAD.match("  (二十一)  " + "农" * 29 + "扎实" + "推进工作" + "。") is None


def test_review_paragraphs_read_the_shapes():
    lines = split_lines(SHAPES)
    found = review_paragraphs(lines, 2025)
    assert [lines[k].text[:12] for k in found] == ["  (二十一)  农农农"]


def test_a_baseline_is_read_from_the_16_characters_before_the_value(monkeypatch):
    """The clause before a value is sliced to what ``is_baseline`` reads: no copy of the clause per number."""
    given: list[str] = []

    def recording(before: str, text: str, end: int) -> bool:
        given.append(before)
        return is_baseline(before, text, end)

    monkeypatch.setattr(count_candidate, "is_baseline", recording)
    extract_text("在1个" * 400)
    assert len(given) == 400 and max(map(len, given)) <= 16
    # the slice reads as the whole: 由28家提升至60家 (the baseline), 由…(16 characters away) 提升至60家
    assert [t.value for t in extract_text("高新技术企业由28家提升至60家。").targets] == [60]


def test_dense_numbers_cost_a_constant_each():
    assert_linear_far(extract_text, lambda n: "在1个" * n, n=150, factor=16)
