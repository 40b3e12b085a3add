"""debt42, point 4: a heading line never takes the next line onto it when the normaliser rejoins wrapped lines. A
heading, blank lines, then a line opening with a comma (``一、总则\\n\\n,继续…``) was read as one heading line: the
comma opens no line a wrap makes after a short heading (a line that stops short of any margin, no wrap broke it). A
heading that ran to the margin and a comma line a wrap broke off are still joined, as the lines of prose are; normalising
twice changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from kechuang.text.reflow import heading_line


@pytest.mark.parametrize("heading", ["一、总则", "(一)主要目标", "1.工作目标", "第一章 总则", "(1)基本原则"])
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n"])
def test_a_heading_takes_no_comma_line(heading, gap):
    text = f"{heading}{gap},继续推进改革。"
    once = normalise(text)
    assert once.split("\n")[0] == normalise(heading)
    assert normalise(once) == once


def test_the_heading_keeps_its_title():
    text = "某县2024年科技工作要点\n一、总则\n\n,继续推进科技体制改革。\n二、主要任务\n新增高新技术企业20家。\n"
    assert [h.title for h in extract_text(text).headings] == ["总则", "主要任务"]


def test_a_line_a_wrap_broke_is_still_joined():
    # a prose line before the comma (no heading): the wrap's, joined as before
    assert normalise("全面推进科技体制改革\n,加快建设创新型县。") == "全面推进科技体制改革,加快建设创新型县。"
    # 第 with no stage's word after it opens no heading: 奉贤 头桥 2024 减量化 联席会议 (dev, sh-fengxian-tqjlh2024,
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=0084985&siteId=0084) prints its roles' colons on lines of
    # their own, joined onto the role as before
    assert normalise("第一副召集人\n:\n龚 锋").startswith("第一副召集人:")
    # a heading line that ran to the margin: a wrap may have broken it before the comma
    long = "一、全面加强科技创新能力建设推动全县经济高质量发展提升产业竞争力"
    assert normalise(f"{long}\n,加快建设创新型县。") == f"{long},加快建设创新型县。"


def test_a_heading_line_is_short_and_opens_like_a_heading():
    assert heading_line("一、总则") and heading_line("(三)保障措施") and heading_line("第二章 目标")
    assert not heading_line("全面推进科技体制改革") and not heading_line("一、全面加强科技创新能力建设推动全县经济高质量发展")


def test_a_comma_line_after_a_blank_line_is_read_once():
    # found by the hypothesis test below: a line a wrap broke for sure, then a blank line, then another: the first
    # pass joined the first only, the second (a blank line after every line now) the other too
    once = normalise("推进改革\n,\n\n,继续")
    assert normalise(once) == once == "推进改革,,继续"


@pytest.mark.parametrize("text", [
    # found by the hypothesis test below (session 44): lines a first pass joins show a margin, or a blank line after
    # every line, that the pieces hid; a second pass read them again
    "(一)目标1.任务2.5一、总则一、总则\n\n推进改革\n\n\n,。",
    ",继续1.任务(一)目标2.5 1.任务\n\n\n推进改革\n\n,",
    "1.任务,继续一、总则,,继续 一、总则一、总则\n\n\n2.5,\n\n,继续一、总则 ,继续\n\n\n,2.5",
    "推进改革, \n\n。推进改革推进改革2.5\n\n,继续\n\n\n2.5。,\n\n\n,继续推进改革,",
])
def test_lines_a_first_pass_joins_are_read_again(text):
    once = normalise(text)
    assert normalise(once) == once


_PIECES = ["一、总则", "(一)目标", "1.任务", "\n", "\n\n", "\n\n\n", ",", ",继续", "。", "推进改革", "2.5", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_normalising_twice_changes_nothing(parts):
    once = normalise("".join(parts))
    assert normalise(once) == once
