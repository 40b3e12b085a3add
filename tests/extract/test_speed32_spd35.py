"""Helper spd35's speed mends of session 30 (the targets' document loop and its per-paragraph readers): each new form
reads exactly what the earlier one did, on every seed and corpus text.

- ``_ends_colon`` stands for ``_COLON.search`` (a regex tried at every position of every line);
- ``_RATIO`` (ratios) and ``_SITED`` (sited) test their lookbehind after their first character, not before it;
- ``rank_words`` looks for ``_PLACE`` only in a paragraph holding its core (全市第, 全省排名前);
- ``cued_lines`` finds each filter's lines in one scan of every occurrence of the words, not by each gate per line;
- ``done_items`` skips a document holding neither word of its gate;
- ``plan_year`` searches a line's end for ``_SENTENCE_END`` from its last two characters;
- selection_caps, total_counts and done_items test single characters or plain words before their regexes."""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from itertools import accumulate

from kechuang.extract.lines import split_lines
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import _COLON, _ends_colon, cue_lines, plan_year, rank_words, ratios, sited
from kechuang.extract.targets.completed import done_items
from kechuang.text.normalise import normalise
from tests.extract.pattern_forms import opens_with_assertion, stored_texts

_OLD_RATIO = re.compile(ratios._RATIO.pattern.replace("比(?<![占对相同环]比))", "(?<![占对相同环])比)"))
_OLD_SITED = re.compile(sited._SITED.pattern.replace("在(?<![存现位处正还也都所实]在)", "(?<![存现位处正还也都所实])在"))
_EDGES = ["占比达到2.5", "之比达到2.5:1", "比达到1.8左右", "对比为3", "比" * 30 + "为2", "现在3个县开展", "在3个幼儿园公共区域设置",
          "实在12所学校设置装置。", "在12所学校设置装置", "目标如下。 ", "如下:\u3000", ":\n", "如下", "如下。\n\n", "", " :",
          "全市排名前三", "在全省第1,", "全国前列", "位列全县第二。"]


def _texts() -> list[str]:
    return [normalise(t) for t in stored_texts()] + _EDGES


def _lines(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.split("\n")] + _EDGES


def test_new_patterns_match_as_their_earlier_forms():
    texts = _texts()
    assert len(texts) > 3000
    for text in [simplified_all(t) for t in texts]:
        for new, old in ((ratios._RATIO, _OLD_RATIO), (sited._SITED, _OLD_SITED)):
            assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in old.finditer(text)]
        if rank_words._PLACE.search(text):  # every place holds the core its gate looks for
            assert rank_words._CORE.search(text)
        for m in rank_words._PLACE.finditer(text):
            assert rank_words._CORE.search(m.group())


def test_line_ends_read_as_the_regex_did():
    for line in _lines(_texts()):
        assert _ends_colon(line) == bool(_COLON.search(line))
        end = plan_year._SENTENCE_END
        assert bool(end.search(line, max(0, len(line) - 2))) == bool(end.search(line))



def test_no_rewritten_pattern_opens_with_an_assertion():
    opens = opens_with_assertion
    assert opens(_OLD_RATIO) and opens(_OLD_SITED)
    assert not opens(ratios._RATIO) and not opens(sited._SITED)


def _old_cued_lines(lines):
    """``cued_lines`` as session 29 left it: each gate tried on each line the joined search finds a word in."""
    found = {name: [] for name in cue_lines.GATES}
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    m = cue_lines._ANY.search(joined)
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        for name, gate in cue_lines.GATES.items():
            if gate.search(texts[k]):
                found[name].append(lines[k])
        m = cue_lines._ANY.search(joined, starts[k + 1])
    return found


def test_cue_words_neither_overlap_nor_hold_one_another():
    """One scan finds every occurrence of ``_ANY``'s words only if no word's end is another's start, and no word holds
    another; each gate finds exactly its own words among them."""
    words = cue_lines._ANY.pattern.split("|")
    assert all(re.fullmatch(r"[^\W\d_]+", w) for w in words)
    for a in words:
        for b in words:
            if a != b:
                assert b not in a
                assert not any(a.endswith(b[:k]) for k in range(1, len(b)))
    for gate in cue_lines.GATES.values():
        assert any(gate.search(w) for w in words)
        for w in words:  # a gate's match is one whole word of ``_ANY``
            m = gate.search(w)
            assert m is None or m.group() == w


def test_cued_lines_and_done_items_as_before():
    texts = _texts()
    texts += ["完成年度计划的104%\n增长5%资金\n超额完成年度任务\n原則上\n增長资金完成率", "超额完成\n" * 3]
    for text in texts:
        lines = split_lines(text)
        whole = "\n".join(line.text for line in lines)
        assert cue_lines.cued_lines(lines, whole) == _old_cued_lines(lines) == cue_lines.cued_lines(lines)
        heads = {line.index: line.start for line in lines[::3]}
        assert done_items(lines[1:], heads, whole) == done_items(lines[1:], heads)


def test_one_character_gates_hold_every_word_they_stand_for():
    """selection_caps looks for 超 or 多 before ``_MAY_CAP``; total_counts skips a paragraph with no 共, 合计 nor 总计;
    done_items looks for ``_MAY_BE_DONE``'s words with ``in``."""
    completed, selection_caps, totals = (importlib.import_module(f"kechuang.extract.targets.{name}")
                                         for name in ("completed", "selection_caps", "totals"))  # not the functions
    assert all("超" in w or "多" in w for w in selection_caps._MAY_CAP.pattern.split("|"))
    words = re.search(r"\(\?P<word>([^)]*)\)", totals._TOTAL.pattern).group(1).split("|")
    assert all("共" in w or w in ("合计", "总计") for w in words)
    assert completed._MAY_BE_DONE.pattern.split("|") == ["超额完成", "完成年度"]
