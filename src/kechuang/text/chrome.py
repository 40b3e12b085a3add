"""Recognise lines of site chrome (menus, breadcrumbs, 字体/打印/关闭, footers) in flattened pages."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

_MAX_CHROME_LINE = 300


@cache
def _patterns() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], re.Pattern[str]]]]:
    """The file's patterns as one alternation (one call per line instead of one per pattern: a line is chrome when
    any of them matches it whole, and a fullmatch of the alternation is exactly that), but for the entries that open
    with a wide repeat (.{0,40}(版权所有|…), a label before https?://): those are tried at every width of the repeat,
    and cost more than all others together, so each is tried alone, on a line that holds one of the words the file
    says every match of it holds (its ``needs``)."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    common, gated = [], []
    for entry in data["lines"]:
        if isinstance(entry, str):
            common.append(entry)
        else:
            words = "|".join(map(re.escape, entry["needs"]))
            gated.append((re.compile(words), re.compile(entry["pattern"])))
    return re.compile("|".join(f"(?:{p})" for p in common)), gated


@cache
def _any_needed() -> re.Pattern[str]:
    """Any word a gated entry needs: one search over the line instead of one per entry (each a scan of the whole line,
    and nearly every line holds none of them)."""
    return re.compile("|".join(words.pattern for words, _ in _patterns()[1]))


def is_chrome_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _MAX_CHROME_LINE:
        return False
    common, gated = _patterns()
    return common.fullmatch(line) is not None or (_any_needed().search(line) is not None and any(
        words.search(line) is not None and pattern.fullmatch(line) is not None for words, pattern in gated))
