"""Site chrome: the entries tried alone on lines holding their words answer as the one alternation of all entries."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.text.chrome import _patterns, is_chrome_line


def _whole_alternation(line: str) -> bool:
    """The definition: a line is chrome when any entry of chrome.yaml matches it whole."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    line = line.strip()
    return bool(line) and len(line) <= 300 and re.fullmatch("|".join(f"(?:{p})" for p in data["lines"]), line) is not None


def test_wide_entries_are_gated_by_their_words():
    _, gated = _patterns()
    assert {words.pattern for words, _ in gated} == {"版权所有|ICP备|网站标识码|网站地图|联系我们|公网安备", "http", ">|»|›"}


@pytest.mark.parametrize("line", [
    "版权所有:某某县人民政府 ICP备12345678号", "主办单位:某县政府办 网站地图 联系我们", "网址:https://www.gov.cn/",
    "Original URL: http://lib.sdsqw.cn/a", "首页 > 政务公开 > 规划计划", "首页»通知公告", "当前位置:首页",
    "到2025年,高新技术企业达到100家。", "联系我们的企业达到50家以上,其中版权所有人…", "A > B",
])
def test_chrome_lines_as_before(line):
    assert is_chrome_line(line) == _whole_alternation(line)


_PIECES = ["版权所有", "ICP备", "联系我们", "http", "https://", "a.cn/x", ":", " ", ">", ">>", "»", "›", "首页", "政务公开",
           "高新技术企业", "达到", "100家", "。", ",", "当前位置", "字体", "大", "打印", "关闭", "来源", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=30))
def test_gated_matcher_is_the_whole_alternation(parts):
    line = "".join(parts)
    assert is_chrome_line(line) == _whole_alternation(line)
