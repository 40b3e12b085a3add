"""spd53's speed mends (session 34): the filters' words found in one scan, and the lines free of traditional characters.

``LineIndex`` given the words its filters ask for finds them all in one alternation's scan (``_scan_of``): it must give
exactly the lines a search of each word gives, and ``cued`` exactly ``cued_lines``'s, on every seed and corpus text.
``rules.note_clean`` notes the lines with no character ``simplified_all`` translates: each must be one that the search
finds none in. The headings' table of small numerals is ``parse_chinese``'s reading."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.rules import _CLEAN, _any_of_all, forget_lines, simplified, simplified_all, simplified_table
from kechuang.extract.structure import _CN, _CN_NUMBERS
from kechuang.extract.targets import _INDEXED
from kechuang.extract.targets.cue_lines import LineIndex, _overlap, _scan_of, cued_lines
from kechuang.text.numerals import parse_chinese
from tests.extract.test_speed32_spd39 import _lines
from tests.extract.test_speed32_spd39 import _texts as _corpus_texts

_ASKED = (("项目", "項目"), ("项目", "項目", "項(xiàng)目"), ("预计", "預計", "預("), ("分别高", "分別高", "比全"), ("1个", "一个", "1個", "一個"),
          ("元/户", "元/戶", "元/座", "元标准", "元標準", "元的标准", "元的標準"), ("增长", "下降"), ("一个",))


def _texts() -> list[str]:
    return [*_corpus_texts(), "一个项目增长\n下降1个", "元的标准元/户\n比全"]


def test_one_scan_gives_the_lines_each_word_gives():
    assert _scan_of(_INDEXED) is not None  # the words cannot overlap: the scan is used
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        lines = _lines(text)
        joined = "\n".join(line.text for line in lines)
        index, alone = LineIndex(lines, joined, _INDEXED), LineIndex(lines, joined)
        for words in _ASKED:
            found, expected = index.holding(words), [line for line in lines if any(w in line.text for w in words)]
            assert found == expected == alone.holding(words)
            assert all(a is b for a, b in zip(found, expected, strict=True))
        assert index.cued() == cued_lines(lines, joined)


def test_overlapping_words_are_sought_apart():
    assert _overlap(("元标准", "标准化")) and _overlap(("项目", "目")) and not _overlap(("项目", "预计"))
    assert _scan_of(("项目", "目标")) is None
    lines = _lines("项目标\n目标")
    index = LineIndex(lines, "项目标\n目标", ("项目", "目标"))
    assert index.holding(("目标",)) == lines and index.holding(("项目",)) == lines[:1]


def test_clean_lines_hold_no_character_to_translate():
    search = _any_of_all().search
    for text in [*_texts()[:400], "發展目標\n发展目标\n\U00020000年\n", "國", "国\n"]:
        forget_lines()
        lines = split_lines(text, clean=True)
        assert all(search(line.text) is None for line in lines if line.text in _CLEAN)
        assert all(line.text in _CLEAN for line in lines if search(line.text) is None)
        for line in lines:
            # a clean line given as it is, as the translation gives it; and as a line not noted (with a break) is read
            assert simplified_all(line.text) == line.text.translate(simplified_table()[0])
            assert simplified(line.text) == simplified(line.text + "\n")[:-1]
    forget_lines()
    assert not _CLEAN


def test_small_numerals_read_as_parse_chinese_reads_them():
    for a in _CN:
        for raw in (a, *(a + b for b in _CN)):
            number = parse_chinese(raw)
            assert _CN_NUMBERS.get(raw) == (number if number is not None and number > 0 else None)
