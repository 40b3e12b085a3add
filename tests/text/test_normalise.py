"""Normalisation: spaces of justified text go, the space that separates two names stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.text.normalise import normalise


@pytest.mark.parametrize("raw, expected", [
    # Justified signatures and titles of web pages and PDFs: one character per cell.
    ("科 技 部", "科技部"),
    ("关 于 印 发", "关于印发"),
    ("一、 总体要求", "一、总体要求"),
    ("各乡镇 要加强", "各乡镇要加强"),
])
def test_spaces_inside_words_are_removed(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw", [
    # Joint signature of 丰科技发〔2024〕46号 (http://cqfd.gov.cn/bm/kxjsj/zwgk_36090/zfxxgkml/gfxwj/xxyxwj/
    # 202502/t20250213_14302941.html).
    "丰都县科学技术局 丰都县财政局",
    # Joint issuers named in the measurement (a 环县 plan), and spaced units of an annotation.
    "中共环县委办公室 环县人民政府办公室",
    "县科技局 县财政局",
    # Four joint issuers before the notice title (https://lr5.cn/2024/08/07/47893.html, a copy of chengdu.gov.cn).
    "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局",
    # A row of a table printed with spaces whose last cell names the unit (国办 2016 量化指标任务分工,
    # http://www.chinaacc.com/qtjjfg/hu1604154336.shtml).
    "1 居民消费价格涨幅3%左右 发展改革委",
    "9 再开工20项重大水利工程 水利部",
])
def test_space_between_two_names_stays(raw):
    assert normalise(raw) == raw


def test_full_width_space_between_names_becomes_one_space():
    assert normalise("县科技局\u3000\u3000县财政局") == "县科技局 县财政局"


_PIECES = ["科 技 局", "县财政局 县科技局", "①", "⑳", "２０２５年", "，", "。", "\r\n", "\n\n\n", "\u3000", "\u200b", "\x00",
           " ", "\t", "《", "“", "”", "、", "县人民政府 ", "ｆｕｌｌ", "⑴", "¨", "\x0c", "办公室", "a", "1.5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=30))
def test_normalising_twice_changes_nothing(parts):
    """The loader hands the pipeline normalised text, and the pipeline does not normalise it again: that is only
    right because normalisation is idempotent (justified gaps, name spaces, NFKC, circled numbers alike)."""
    once = normalise("".join(parts))
    assert normalise(once) == once


def test_a_body_s_name_before_one_character_and_a_line_end_is_normalised_once():
    # found by the hypothesis test above (round 28): the gap was kept before ”\x0c and closed once the break was stripped
    once = normalise("县人民政府 ”\x0c")
    assert normalise(once) == once


def test_a_quote_joined_before_blank_lines_is_normalised_once():
    # found by the hypothesis test above (session 42, on main as well): the quote joined to 科技局 left a blank line
    # after every line, which only the second pass read as such
    for raw in ("科 技 局\n”\n\n\n”", "科 技 局\f”\n\n\n”"):
        once = normalise(raw)
        assert normalise(once) == once


def test_a_line_of_spaces_between_lines_is_a_blank_line_to_the_first_pass_too():
    # found by test_debt42_heading_joins' hypothesis test (session 43, on main as well): a line of spaces between two
    # comma lines was a blank line only to the second pass, which then rejoined the wrapped lines
    for raw in (",\n \n,", ",\n\u3000\n,", "推进改革\n \n,继续\n \n,继续"):
        once = normalise(raw)
        assert once == normalise(raw.replace(" ", "").replace("\u3000", ""))
        assert normalise(once) == once


def test_a_document_is_normalised_once_on_its_way_to_a_plan():
    from kechuang.extract.pipeline import extract_plan
    raw = "关 于 印 发 某县２０２５年科技工作要点的通知\r\n一、目标\r\n到２０２５年，培育高新技术企业１０家。"
    plan = extract_plan(raw.encode("utf-8"), name="x.txt")
    assert plan.text == normalise(raw)
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(10, "家", 2025)]


def _fold_reference(text: str) -> str:
    """NFKC over the whole text but for the circled numbers, kept as printed (the definition)."""
    import re
    import unicodedata
    return "".join(part if re.fullmatch("[\u2460-\u2473]", part) else unicodedata.normalize("NFKC", part)
                   for part in re.split("([\u2460-\u2473])", text))


_FOLD_PIECES = ["科", "技", "e", "\u0301", "\u0323", "\u1100", "\u1161", "\u11a8", "가", "\uf900", "①", "⑴", "２", "，",
                "\u3000", "ｶ", "\uff9e", "ﬁ", "¨", "\u4e00\u0301", "Å", "、", "。", "“", "《", "a", "1", "\u0338", "="]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FOLD_PIECES) | st.text(max_size=3), max_size=25))
def test_folding_runs_between_ideographs_is_nfkc_of_the_whole(parts):
    """normalise folds only the runs between CJK ideographs, ASCII and stable punctuation (a third of the cost):
    combining marks after an ideograph, a Latin letter or 、, Hangul jamo, compatibility ideographs and half-width
    kana fold as NFKC of the whole text would fold them."""
    from kechuang.text.normalise import nfkc_runs
    text = "".join(parts)
    assert nfkc_runs(text) == _fold_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\u3000", "\u00a0", "\u2002", "\n", "科", "a"]), max_size=30))
def test_space_runs_and_blank_lines_as_their_plain_patterns(parts):
    """The patterns written so that the re module skips ahead (a lone ASCII space left alone, \\n\\n\\n+) replace what
    the plain ones replace."""
    import re

    from kechuang.text.normalise import _MANY_BLANK, _SPACES
    text = "".join(parts)
    assert _SPACES.sub(" ", text) == re.sub(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+", " ", text)
    assert _MANY_BLANK.sub("\n\n", text) == re.sub(r"\n{3,}", "\n\n", text)
