"""Patterns written for speed match what their plain forms match (benchmarks/extract_outputs.py proves the outputs of
the corpus unchanged; these hold the equivalences on any text)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.extract.assignments import _NEXT_ITEM
from kechuang.extract.metadata.basis import _sentences
from kechuang.extract.rules import load_rules, simplified_all, simplified_table
from kechuang.extract.targets.paragraph import _PER_YEAR
from kechuang.extract.targets.reward_terms import GRANT_VERB, MAY_GRANT
from kechuang.extract.targets.vocab import alt, vocab
from kechuang.extract.targets.years import _CN_SMALL, _IN_YEAR

_PIECES = ["每年", "年均", "年增长", "逐年", "年度内", "年内", "年末", "本年度", "今年", "以来", "全年", "2", "5", "一", "每",
           "上", "年", "均", "增长", "(", "(", ")", ")", "〕", "】", "局", "办", "一、", "(二)", "十", "、", "。", "發展",
           "𠁞", "a", " "]
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=25).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lookbehind_after_the_words_matches_as_before_them(text):
    plain = re.compile(rf"(?<!\d)(?:{alt(load_rules('targets')['recurring_words'])})")
    assert _spans(vocab().recurring, text) == _spans(plain, text)
    in_year = re.compile(rf"(?<![\d年{_CN_SMALL}每上去前])年(?:内|末|底)|本年度|今年(?!以来)")
    assert _spans(_IN_YEAR, text) == _spans(in_year, text)
    assert _spans(_PER_YEAR, text) == _spans(re.compile(r"(?<![全今本当明去\d])年(?:均|增长|增速|递增|平均)"), text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_next_item_as_two_branches(text):
    plain = re.compile(r"[)）〕\]】](?=[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])"
                       r"|[局办委厅站科室部府处所组队心会院辦廳處組隊會](?=[((][一二三四五六七八九十]{1,3}[))])")
    assert _spans(_NEXT_ITEM, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_sentences_and_simplified_as_before(text):
    assert _sentences(text) == re.split(r"(?<=。)", text)
    assert simplified_all(text) == text.translate(simplified_table()[0])


# Lines are tried against a pattern only when they hold words every match of it holds: each gate must hold for any
# text the pattern matches (a pattern given a new form, 责任科室 say, must be given to its gate too).
_GATE_PIECES = ["责任单位", "牵头部门", "责任科室", "配合股室", "主要", ":", ":", "。", ";", "分管领导", "(", ")", "|", "序号",
                "编号", "表", "标题", "名称", "文号", "发文字号", "国办发", "〔2019〕", "24", "号", "號", "关于", "關於",
                "办公室", "印发", "《", "》", "解读如下", "的解读", "一、", "列第一位的为", "首位", "牵头", "单位", "科技局",
                " ", "日期", "时间", "发布", "2024-05-01", "2024年5月1日", "来源", "浏览", "[", "]", "x", "成文日期",
                "国办发〔2019〕24号", "。责任科室:科技局", "(列第一位的为牵头单位)"]
_GATE_TEXT = st.lists(st.sampled_from(_GATE_PIECES), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(_GATE_TEXT)
def test_every_match_passes_its_gate(text):
    from kechuang.extract.assignments import _FIRST_LEADS, _INLINE_TAIL, _KEYWORDS
    from kechuang.extract.metadata.explained import _EXPLAINS
    from kechuang.extract.metadata.fields import (
        DOC_NUMBER,
        INFO_LINE_DATE,
        INFO_LINE_WORDS,
        PUBLISHED_FIELD,
        PUBLISHED_WORDS,
        SIGNED_FIELD,
        SIGNED_WORDS,
        TITLE_FIELD,
    )
    from kechuang.extract.metadata.title import _ISSUING
    from kechuang.extract.tail_words import ROLE_NOUN
    from kechuang.extract.task_tables import _HEADER_START, _header_starts

    if _KEYWORDS.search(text) or _INLINE_TAIL.search(text):
        assert ROLE_NOUN.search(text)
    if _FIRST_LEADS.search(text):
        assert "牵头" in text and ("第一" in text or "首位" in text)
    if _HEADER_START.match(text):
        assert _header_starts(text)
    if TITLE_FIELD.match(text.strip()):
        assert "题" in text or "称" in text
    if DOC_NUMBER.search(text):
        assert "号" in text or "號" in text
    if _ISSUING.search(text):
        assert "于" in text or "於" in text or "印" in text
    if _EXPLAINS.search(text):
        assert "读" in text or "《" in text
    for field, words in ((SIGNED_FIELD, SIGNED_WORDS), (PUBLISHED_FIELD, PUBLISHED_WORDS),
                         (INFO_LINE_DATE, INFO_LINE_WORDS)):
        if field.search(text):
            assert words.search(text) and re.search(r"\d{4}", text)


def test_gates_pass_the_forms_they_guard():
    from kechuang.extract.assignments import parse_annotation

    found = parse_annotation("责任科室:办公室、财务股", 0, tail=True)  # a keyword naming 科室 is read
    assert [(u.role, u.unit) for u in found or []] == [("responsible", "办公室"), ("responsible", "财务股")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["3月底前", "12月底前", "6月前", "年", "2024年", "每", "每月", ".", "5", " ", "月", "五",
                                 "完成", "一", "x"]), max_size=12).map("".join))
def test_month_alone_and_the_year_gate(text):
    from kechuang.extract.targets.years import _MONTH_ALONE, may_mark, years

    # a month after a stated year with spaces between (2024年 6月底前, PDF text) is no month alone (review, B3)
    plain = re.compile(r"(?<![\d年每.．])(?<!\d\s)(?<![年每]\s)(?<![年每]\s\s)\d{1,2}\s*月(?:底|末|份)?前")
    assert _spans(_MONTH_ALONE, text) == _spans(plain, text)
    for plan_year in (None, 2024):
        if not may_mark(text, plan_year):
            assert years(text, 0, 0, plan_year) == []


_GRANT_PIECES = ["给予", "給予", "奖励", "獎勵", "补助", "補助", "奖补", "獎補", "予以", "分别", "分別", "一次性", "按", "的",
                 "对", "市财政", ",", ",", "。", "10", "万元", "萬元", "以上", "企业", "a", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GRANT_PIECES) | st.text(max_size=2), max_size=14).map("".join))
def test_the_gate_of_a_reward_rule_holds_for_every_grant(text):
    # targets/reward_terms.py reads a page's simplified text for grant verbs only when the page holds the gate
    if GRANT_VERB.search(simplified_all(text)):
        assert MAY_GRANT.search(text)
