"""Session 32's speed mend of the metadata's gates and the cue lines' index (spd47): the gates that now stand before a
reader are necessary conditions of its match, and the texts joined once a document are the ones joined before.

- ``common.head_text`` gives ``"\\n".join`` of the texts of ``lines[:count]`` for the document's lines (any count,
  negative ones too), and joins another list of lines anew.
- ``cues.printed`` tests a word of several characters only where the text holds each of them: the same answer.
- ``LineIndex.holding`` searches for a word only where the text holds each of its characters: the same lines.
- ``placing``'s fields: ``ISSUER_FIELD`` matches no row lacking 发, 制 and 颁 that does not open with [, and
  ``SOURCE_FIELD`` none lacking 源, on every seed and corpus text's head read as ``field_rows`` reads it.
- ``selfplace.own_place`` translates no text lacking 我 and 本: no other character reads as either.
"""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import cues
from kechuang.extract.metadata.common import head_text
from kechuang.extract.metadata.fields import ISSUER_FIELD, SOURCE_FIELD, field_rows
from kechuang.extract.printed_words import char_forms
from kechuang.extract.rules import forget_lines
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.text.normalise import normalise
from tests.extract.pattern_forms import stored_texts

_PAGE = "市人民政府办公室\n\n关于印发《某市2024年工作要点》的通知\n各区县人民政府:\n现將《要点》印發給你們。\n" * 3


def test_head_text_joins_the_lines_as_sliced():
    lines = split_lines(_PAGE)
    for count in (-3, -1, 0, 1, 2, 5, len(lines), len(lines) + 40, 2, 0):
        assert head_text(lines, count) == "\n".join(ln.text for ln in lines[:count])
    other = split_lines("甲\n乙\n丙")
    assert head_text(other, 2) == "甲\n乙"  # another document's lines: joined anew
    assert head_text(lines, 2) == "\n".join(ln.text for ln in lines[:2])
    forget_lines()
    assert head_text(lines, 3) == "\n".join(ln.text for ln in lines[:3])


def test_gates_answer_as_with_the_lines_sliced():
    lines = split_lines(_PAGE)
    for words in (("征求", "听取", "徵求", "聽取"), ("关", "關"), ("印发", "印發"), ("現將",), ("人民政府办公室", "通知"),
                  ("要点》", "x"), ("",)):
        for count in (1, 3, 60):
            sliced = "\n".join(ln.text for ln in lines[:count])
            assert cues.printed(lines, *words, count=count) == any(w in sliced for w in words)
            assert cues.printed(lines[:count], *words) == any(w in sliced for w in words)


def test_holding_finds_the_lines_holding_a_word():
    texts = [normalise(t) for t in stored_texts()[:400]] + [_PAGE]
    words = (("项目", "項目"), ("预计", "預計", "預("), ("分别高", "分別高", "比全"), ("1个", "一个", "1個", "一個"),
             ("元/户", "元/戶", "元的标准"), ("", "甲"))
    for text in texts:
        lines = split_lines(text)
        index = LineIndex(lines, "\n".join(ln.text for ln in lines))
        for group in words:
            assert index.holding(group) == [ln for ln in lines if any(w in ln.text for w in group)]


def test_field_gates_are_necessary_to_a_match():
    for text in stored_texts():
        rows = field_rows(split_lines(normalise(text))[:80])
        for plain, _, _ in rows:
            if ISSUER_FIELD.search(plain):
                assert any(c in plain for c in "发制颁") or plain.startswith("[")
            if SOURCE_FIELD.search(plain):
                assert "源" in plain
        forget_lines()


def test_only_themselves_read_as_the_self_words():
    assert char_forms("我") == "我" and char_forms("本") == "本"


def test_held_meetings_hold_their_verbs_within_the_reach():
    from kechuang.extract.metadata import held_on
    from kechuang.extract.rules import simplified

    reach = held_on._REACH
    lines = [ln for text in stored_texts() for ln in text.split("\n")[:held_on._LINES] if "《" in ln]
    lines += ["12月9日,《界首市食用菌产业发展规划(2023—2027年)》评审会在合肥召开。", "《某某规划》评审会" + "在" * reach + "召开"]
    found = 0
    for line in lines:
        read = simplified(line)
        m = held_on._HELD.search(read, 0, reach)
        found += m is not None
        if m:
            assert read.find("召开", 0, reach) >= 0 or read.find("举行", 0, reach) >= 0
    assert found >= 1


def test_a_file_name_ends_with_its_dot_and_extension():
    from kechuang.extract.metadata.docsite import _FILE

    names = [ln.strip() for text in stored_texts() for ln in text.split("\n")[:3]]
    names += ["关于印发某市工作方案的通知.PDF", "某县实施方案(12页).docx", "某县实施方案.WPſ", "方案.pdf 下载"]
    found = 0
    for name in names:
        if _FILE.fullmatch(name):
            found += 1
            assert "." in name[-5:]
    assert found >= 3
