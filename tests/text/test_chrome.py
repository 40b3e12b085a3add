"""Site chrome: the entries tried alone on lines holding their words answer as the one alternation of all entries."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kechuang.extract.corpus import load_openings, split_of
from kechuang.text.chrome import _patterns, is_chrome_line
from tests.conftest import FIXTURES


def _entries_plain() -> list[str]:
    """The entries written as plain strings (not {pattern, needs})."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    return [e for e in data["lines"] if isinstance(e, str)]


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
    """The words an entry says it needs are needed: every line of the dev split's real page openings that the entry
    matches whole holds one of them (a wrong `needs` would make the gate drop chrome lines). Validation openings are
    scored, never read."""
    _, gated = _patterns()
    lines = [ln.strip() for o in load_openings(FIXTURES / "real") if split_of(o.source) == "dev"
             for ln in o.text.splitlines()]
    matched = 0
    for words, pattern in gated:
        hits = [ln for ln in lines if ln and len(ln) <= 300 and pattern.fullmatch(ln)]
        matched += len(hits)
        assert all(words.search(ln) for ln in hits), [ln for ln in hits if not words.search(ln)][:3]
    assert matched >= 20


_WIDE_OPENING = re.compile(r"\.\{0,(\d+)\}|(\((?:[^()]|\([^()]*\))*\)\?)")
_WIDE_REPEAT = re.compile(r"\{\d+,(\d+)\}|[*+]")


def test_entries_that_open_with_a_wide_repeat_say_what_they_need():
    """An entry opening with a wide repeat (.{0,N}, N ≥ 10, or an optional group holding a repeat) is tried at every
    width; written as a plain string it would slow every line down silently: it must be a {pattern, needs} entry."""
    def wide(m: re.Match) -> bool:
        if m.group(1) is not None:
            return int(m.group(1)) >= 10
        return any(r.group(1) is None or int(r.group(1)) >= 10 for r in _WIDE_REPEAT.finditer(m.group(2)))

    for pattern in _entries_plain():
        m = _WIDE_OPENING.match(pattern)
        assert not (m and wide(m)), pattern


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
