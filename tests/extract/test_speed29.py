"""Speed round 29 (spd29): gates and slices that change no answer (docs/benchmarks.md, "spd29").

- ``count_candidate.candidate`` gives ``is_baseline`` the 16 characters it reads, not the whole clause before the value
  (a copy of it per candidate: a clause of 100,000 `在1个` copied 150,000 characters a number).
- ``review_heads.review_paragraphs`` tries its anchored heading only on a line whose first 。 stands within the
  heading's reach (``_HEAD_REACH``).
- ``report_headlines.headline_report`` finds a reporter's note (获悉, 据了解) in the page as printed
  (``printed_words``), not in the whole page translated to simplified characters.
- ``metadata.cues.read`` tells its words in the lines as printed (``printed_words.in_simplified``), not in the lines
  translated; ``reward_terms.reward_conditions`` finds its verbs as printed and translates only the reach before each.
- ``tail_words.listed_verb`` searches only a name whose last character can close one of its verbs.
Each test holds the new reading equal to the old on the seeds and the dev split, and on shapes the corpus may lack."""

from __future__ import annotations

import re
from pathlib import Path

from kechuang.extract import extract_text, tail_words
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import Line, split_lines
from kechuang.extract.metadata import cues
from kechuang.extract.model import Target
from kechuang.extract.printed_words import in_simplified, printed_words
from kechuang.extract.rules import simplified, simplified_all, simplified_table
from kechuang.extract.targets import count_candidate, reward_terms
from kechuang.extract.targets.baselines import is_baseline
from kechuang.extract.targets.readings import Readings
from kechuang.extract.targets.report_headlines import _LEARNT
from kechuang.extract.targets.review_heads import _HEAD, _HEAD_REACH, review_paragraphs
from kechuang.text.normalise import normalise
from tests.timing import assert_linear_far

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS, REAL = FIXTURES / "seeds", FIXTURES / "real"

# shapes: traditional and rare spellings of the words (獲悉, 穫悉, 據了解), a word split by a line break, headings at
# and past the heading's reach (the 。 at index 43, then 44)
_TARGET = Target("x", "level", 1, None, None, False, "x", "", 0, 1)
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


# the word sets the metadata's gates read (metadata/cues.py), and words a gate could be given: a character the table
# translates away (於, 關), a multi-character word, a rare character
WORD_SETS = [("关", "關"), ("于", "於"), ("于", "於", "印"), ("部", "局", "院", "厅", "委", "署"), ("制定", "制订", "编制"),
             ("获悉", "据了解"), ("於",), ("關於",), ("𠀾",), ("𠁞",)]


def test_words_are_told_in_the_simplified_lines_as_they_were():
    seen = dict.fromkeys(WORD_SETS, 0)
    for text in _texts():
        lines = split_lines(text)
        joined = simplified("\n".join(ln.text for ln in lines))
        for words in WORD_SETS:
            old = any(w in joined for w in words)
            assert cues.read(lines, *words) == old, words
            seen[words] += old
    assert all(seen[w] >= 5 for w in WORD_SETS[:6]), seen


def test_in_simplified_tells_what_it_can_and_leaves_rare_characters():
    assert in_simplified("關於印發", ("关",)) is True and in_simplified("關於印發", ("關",)) is False
    assert in_simplified("于", ("於",)) is False  # 於 is always translated away
    assert in_simplified("x", ("𠀾",)) is None and in_simplified("x", ("𠁞",)) is None  # rare: left to the translation
    assert in_simplified("制订计划", ("制定", "制订")) is True and in_simplified("製訂計劃", ("制订",)) is True


def test_reward_conditions_read_the_page_as_before():
    """The condition clauses found with the verbs found as printed and only their reach translated are those found in
    the page translated whole (the code before spd29, kept here as the reference)."""
    long_reach = "新建10个服务站," * 40 + "对年营业收入超1亿元的企业,奖励50万元。"
    texts = [*_texts(), "年銷售收入首次突破1000萬元、5000萬元、1億元的,分別給予10萬元、20萬元、30萬元獎勵。\n"
             "县财政对验收合格的卫生厕所1座,给予1500元经费补助。\n" + long_reach, "园区(qū)分别一次性给予奖励。"]
    kept = 0
    for text in texts:
        lines = split_lines(text)
        printed = "\n".join(line.text for line in lines)
        assert _reward_spans_new(printed) == _reward_spans_old(printed)
        kept += bool(_reward_spans_old(printed))
    assert kept >= 5, kept


def _reward_spans_old(printed: str) -> list[tuple[int, int]]:
    if not reward_terms.MAY_GRANT.search(printed):
        return []
    readings = Readings.of(Line(0, 0, len(printed), printed, False))
    text = simplified_all(readings.line.text if readings else printed)
    spans = []
    for verb in reward_terms.GRANT_VERB.finditer(text):
        lead = reward_terms._LEAD.search(text, max(0, verb.start() - reward_terms._LEAD_REACH), verb.start())
        if not lead:  # a recipients' clause run into its grant (invented44), read on the whole page here
            bare = reward_terms._BARE_LEAD.search(text, max(0, verb.start() - reward_terms._LEAD_REACH), verb.start())
            if bare and (span := reward_terms._recipients_clause(text, bare.start())):
                spans.append(span)
            continue
        comma = lead.start()
        window = text[max(0, comma - reward_terms._REACH):comma]
        marks = [b.end() for b in reward_terms._CLAUSE_MARK.finditer(window)]
        start = comma - len(window) + (marks[-1] if marks else 0)
        clause = text[start:comma]
        if reward_terms._TO_WHOM.match(clause):
            spans.append((start, comma))
        elif qualified := reward_terms._QUALIFIED.search(clause):
            spans.append((start, start + qualified.start()))
    return [readings.span(lo, hi) for lo, hi in spans] if readings else spans


def _reward_spans_new(printed: str) -> list[tuple[int, int]]:
    """The spans ``reward_conditions`` cuts, read by patching ``outside``."""
    found: list[tuple[int, int]] = []

    def record(targets, spans):
        found.extend(spans)
        return targets

    original = reward_terms.outside
    reward_terms.outside = record
    try:
        reward_terms.reward_conditions([Line(0, 0, len(printed), printed, False)], [_TARGET])
    finally:
        reward_terms.outside = original
    return found


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


def test_listed_verb_is_searched_only_when_a_verb_can_close_the_name():
    """``listed_verb`` (tail_words.py) answers as its pattern does on every tail of the seeds and dev texts, names
    closed by a line break included (``$`` stands before one)."""
    names = ["县扶贫开发办牵头", "各镇街落实\n", "市教育局分别牵头", "牵头", "配合", "县发改局", "", "\n", "负责落实\n\n",
             "县医疗保障局等有关部门参加", "区发改局参与", "省商务厅协助", "各部门共同负责"]
    for text in _texts():
        names += [part for line in text.splitlines() for part in re.split("[、,,;;]", line)]
    closed = 0
    for name in names:
        m = tail_words._LISTED_VERB.search(name)
        expected = None if not m or m.start() < 2 else (tail_words._LISTED_ROLES.get(m.group(1)), m.start())
        assert tail_words.listed_verb(name) == expected, name
        closed += expected is not None
    assert closed >= 20, closed
