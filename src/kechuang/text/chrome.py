"""Recognise lines of site chrome (menus, breadcrumbs, 字体/打印/关闭, footers) in flattened pages."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

_MAX_CHROME_LINE = 300


@cache
def _pattern() -> re.Pattern[str]:
    """The file's patterns as one alternation: one call per line instead of one per pattern (a line is chrome
    when any of them matches it whole, and a fullmatch of the alternation is exactly that)."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["lines"]))


def is_chrome_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _MAX_CHROME_LINE:
        return False
    return _pattern().fullmatch(line) is not None
