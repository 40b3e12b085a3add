"""Site chrome: the entries tried alone on lines holding their words answer as the one alternation of all entries."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.text.chrome import _patterns, is_chrome_line


def _entries() -> list[str]:
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    return [e if isinstance(e, str) else e["pattern"] for e in data["lines"]]


def _whole_alternation(line: str) -> bool:
    """The definition: a line is chrome when any entry of chrome.yaml matches it whole."""
    line = line.strip()
    return bool(line) and len(line) <= 300 and re.fullmatch("|".join(f"(?:{p})" for p in _entries()), line) is not None


def test_wide_entries_are_gated_by_their_words():
    _, gated = _patterns()
    assert {words.pattern for words, _ in gated} == {"版权所有|ICP备|网站标识码|网站地图|联系我们|公网安备", "http", ">|»|›"}


def test_every_line_a_gated_entry_matches_in_the_corpus_holds_one_of_its_words():
    """The words an entry says it needs are needed: every line of the real page openings that the entry matches
    whole holds one of them (a wrong `needs` would make the gate drop chrome lines)."""
    _, gated = _patterns()
    root = Path(__file__).parents[1] / "fixtures" / "real" / "openings"
    lines = [ln.strip() for f in sorted(root.glob("*.txt")) for ln in f.read_text("utf-8").splitlines()]
    matched = 0
    for words, pattern in gated:
        hits = [ln for ln in lines if ln and len(ln) <= 300 and pattern.fullmatch(ln)]
        matched += len(hits)
        assert all(words.search(ln) for ln in hits), [ln for ln in hits if not words.search(ln)][:3]
    assert matched >= 20


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
