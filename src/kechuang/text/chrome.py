"""Recognise lines of site chrome (menus, breadcrumbs, 字体/打印/关闭, footers) in flattened pages."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from re import _parser

import yaml

_MAX_CHROME_LINE = 300
_WIDE_LEAD = 10  # an entry opening with a repeat this wide or wider (.{0,40}, .{0,10}, a label before https?://)


def _words_needed(parsed: _parser.SubPattern) -> list[str] | None:
    """Words one of which every match of the entry holds: its first top-level run of literal characters, or the
    first top-level group whose every branch opens with literal characters; None when it has neither."""
    def lead(ops) -> str:
        text = ""
        for op, av in ops:
            if op is not _parser.LITERAL:
                break
            text += chr(av)
        return text

    ops = list(parsed.data)
    for k, (op, av) in enumerate(ops):
        if op is _parser.LITERAL:
            return [lead(ops[k:])]
        if op is _parser.SUBPATTERN:
            inner = av[-1].data
            if len(inner) == 1 and inner[0][0] is _parser.BRANCH:
                words = [lead(branch.data) for branch in inner[0][1][1]]
                if all(words):
                    return words
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], re.Pattern[str]]]]:
    """The file's patterns as one alternation (one call per line instead of one per pattern: a line is chrome when
    any of them matches it whole, and a fullmatch of the alternation is exactly that), but for the entries that open
    with a wide repeat (.{0,40}(版权所有|…), a label before https?://): those are tried at every width of the repeat,
    and cost more than all others together, so each is tried alone, on a line that holds one of the words every
    match of it holds (``_words_needed``)."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    common, gated = [], []
    for pattern in data["lines"]:
        parsed = _parser.parse(pattern)
        first = parsed.data[0] if parsed.data else None
        wide = first is not None and first[0] is _parser.MAX_REPEAT and parsed[:1].getwidth()[1] >= _WIDE_LEAD
        words = _words_needed(parsed) if wide else None
        if words:
            gated.append((re.compile("|".join(map(re.escape, words))), re.compile(pattern)))
        else:
            common.append(pattern)
    return re.compile("|".join(f"(?:{p})" for p in common)), gated


def is_chrome_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _MAX_CHROME_LINE:
        return False
    common, gated = _patterns()
    return common.fullmatch(line) is not None or any(
        words.search(line) is not None and pattern.fullmatch(line) is not None for words, pattern in gated)
