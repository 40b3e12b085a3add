"""Session 30, helper spd32: the metadata's and the text layer's faster forms answer as the old ones did.

Each rewrite keeps the old form here and compares both on every seed plan and every dev-split opening and passage
(validation fixtures are scored, never read), or proves the literal gate in front of a pattern is a necessary condition
of its match."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import kechuang.extract.metadata as meta
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.extract.lines import Line, split_lines
from kechuang.extract.metadata import dates, fields
from kechuang.extract.metadata.fields import INFO_LINE_WORDS, ISSUER_FIELD, PUBLISHED_WORDS, SIGNED_WORDS
from kechuang.extract.metadata.title import _title_lines, find_title_lines
from kechuang.extract.rules import forget_lines
from kechuang.text import chrome, spaces
from kechuang.text import normalise as norm
from kechuang.text.chrome import _patterns, needed_words
from kechuang.text.normalise import normalise
from tests.conftest import FIXTURES

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@cache
def _texts() -> tuple[str, ...]:
    """Seeds and the dev split's openings and passages, as loaded (not normalised)."""
    seeds = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    openings = [o.text for o in load_openings(FIXTURES / "real") if split_of(o.source) == "dev"]
    passages = [p.text for p in load_passages(FIXTURES / "real") if split_of(p.source) == "dev"]
    return tuple(seeds + openings + passages)


@cache
def _normalised() -> tuple[str, ...]:
    return tuple(normalise(t) for t in _texts())


def _old_is_chrome(line: str) -> bool:
    """is_chrome_line before spd32: the common alternation tried on every line, the words searched in each line."""
    line = line.strip()
    if not line or len(line) > 300:
        return False
    common, gated = _patterns()
    return common.fullmatch(line) is not None or (needed_words().search(line) is not None and any(
        words.search(line) is not None and pattern.fullmatch(line) is not None for words, pattern in gated))


def _old_split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(raw), raw, _old_is_chrome(raw)))
        pos += len(raw) + 1
    return out


def test_split_lines_as_before():
    edge = ["", "\n", "首页 > 政务公开\n\n版权所有:某县\nhttp://a.cn/x\n", "  当前位置:首页  \n正文", "a\n>\n"]
    for text in [*_normalised(), *edge]:
        assert split_lines(text) == _old_split_lines(text)
        assert all(type(line) is Line for line in split_lines(text))


def test_common_alternation_opens_with_its_first_characters():
    """Every line the common alternation matches whole opens with a character ``_common_firsts`` holds."""
    firsts = chrome._common_firsts()
    assert firsts is not None and len(firsts) < 100
    common = _patterns()[0]
    lines = [ln.strip() for t in _normalised() for ln in t.split("\n")]
    hits = [ln for ln in lines if ln and common.fullmatch(ln)]
    assert len(hits) >= 20 and all(ln[0] in firsts for ln in hits)
    for line in lines[:3000]:
        assert chrome.is_chrome_line(line) == _old_is_chrome(line)


def test_enumerated_classes_hold_exactly_their_characters():
    invisible = {chr(c) for c in range(0x110000) if norm._INVISIBLE.match(chr(c))}
    assert invisible == set(norm._INVISIBLE_CHARS)
    space = {chr(c) for c in range(0x110000) if re.match(f"[{norm._SPACE_CHARS}]", chr(c))}
    assert space - {" "} == set(norm._OTHER_SPACES)


def _old_normalise_spaces(text: str) -> str:
    return norm._SPACES.sub(" ", norm._INVISIBLE.sub("", text))


def test_normalise_gates_as_before():
    for text in [*_texts(), "a\u3000b", "a  b", "x\u200by", "a\tb\r\nc\rd"]:
        gated = text
        if any(map(gated.__contains__, norm._INVISIBLE_CHARS)):
            gated = norm._INVISIBLE.sub("", gated)
        if "  " in gated or any(map(gated.__contains__, norm._OTHER_SPACES)):
            gated = norm._SPACES.sub(" ", gated)
        assert gated == _old_normalise_spaces(text)


def test_rows_found_as_before():
    for text in [*_normalised(), "1 a b c\n22 x y z", "\n1 a", "1234 a\n12  b\n3 \n4 x"]:
        assert spaces._row_starts(text) == [m.span() for m in spaces._ROW.finditer(text)]


def test_issuer_field_without_its_opening_branch():
    """A text that does not open with [ is searched without the ^\\[ branch: the same match."""
    whole = ISSUER_FIELD.whole
    lines = [ln for t in _normalised() for ln in t.split("\n")[:60]]
    lines += ["发文机关:某县人民政府", "[杞县人民政府]2016-05-09", "x[杞县人民政府]", "发布机构固原市政府办文号"]
    for line in lines:
        a, b = whole.search(line), ISSUER_FIELD.search(line)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_literal_gates_are_necessary():
    # the words of the dated fields, as the patterns write them
    for pattern in (SIGNED_WORDS, PUBLISHED_WORDS, INFO_LINE_WORDS):
        literal = dates.literal_words(pattern)
        for line in [ln for t in _normalised()[:300] for ln in t.split("\n")]:
            assert bool(pattern.search(line)) == any(w in line for w in literal)
    assert set(meta._DATED_WORDS) == set(dates.literal_words(PUBLISHED_WORDS) + dates.literal_words(INFO_LINE_WORDS))
    assert fields  # imported for ISSUER_FIELD's module


def test_title_lines_remembered_per_document():
    text = normalise((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text("utf-8"))
    lines = split_lines(text)
    forget_lines()
    for title in [lines[k].text for k in range(min(30, len(lines)))] + ["", "不存在的标题"]:
        first = find_title_lines(lines, title)
        first.append((-1, -1))  # the caller's own list: changing it changes no later answer
        assert find_title_lines(lines, title) == _title_lines(lines, title, None)
    other = split_lines(text + "\n附加")
    assert find_title_lines(other, lines[0].text) == _title_lines(other, lines[0].text, None)
    forget_lines()


def test_explains_as_the_pattern():
    from kechuang.extract.metadata.common import strip
    from kechuang.extract.metadata.explained import _EXPLAINS, _explains
    lines = [strip(ln) for t in _normalised() for ln in t.split("\n")]
    lines += ["关于《方案》的解读", "二、《规划》", "以下为解读如下", "的解读\n"[:-1], "十一、《计划》解读"]
    assert sum(map(_explains, lines)) >= 3
    for line in lines:
        assert _explains(line) == (_EXPLAINS.search(line) is not None)


def test_dated_byline_needs_a_space():
    from kechuang.extract.metadata.issuer import _ORG_DATE
    for line in [ln.strip() for t in _normalised() for ln in t.split("\n")]:
        if _ORG_DATE.fullmatch(line):
            assert len(line.split(None, 1)) == 2
