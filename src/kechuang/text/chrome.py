"""Recognise lines of site chrome (menus, breadcrumbs, 字体/打印/关闭, footers) in flattened pages."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from re import _constants as _c  # the parsed form of a pattern, to read the characters it opens with
from re import _parser

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
def needed_literals() -> tuple[str, ...]:
    """The words the gated entries need, as written (``needs``): found in a whole text at once (``lines.split_lines``),
    not searched line by line."""
    data = yaml.safe_load(resources.files("kechuang.text").joinpath("chrome.yaml").read_text("utf-8"))
    return tuple(dict.fromkeys(w for entry in data["lines"] if not isinstance(entry, str) for w in entry["needs"]))


@cache
def needed_words() -> re.Pattern[str]:
    """Any word a gated entry needs: one search over the line instead of one per entry (each a scan of the whole line,
    and nearly every line holds none of them)."""
    return re.compile("|".join(words.pattern for words, _ in _patterns()[1]))


def _first_chars(items: list) -> set[str] | None:
    """The characters a non-empty match of the parsed pattern ``items`` can open with; None when that is not known
    (a category, any character, an assertion, or a match that may be empty): then no line is left untried."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return out | {chr(av)}
        if op is _c.IN:
            chars = set()
            for kind, value in av:
                if kind is _c.LITERAL:
                    chars.add(chr(value))
                elif kind is _c.RANGE and value[1] - value[0] < 256:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None
            return out | chars
        if op is _c.BRANCH:
            for branch in av[1]:
                first = _first_chars(branch)
                if first is None:
                    return None
                out |= first
            return out
        if op is _c.SUBPATTERN:
            first = _first_chars(av[3])
            return None if first is None else out | first
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            least, _, inner = av
            first = _first_chars(inner)
            if first is None:
                return None
            out |= first
            if least:
                return out
            continue  # an optional part: what follows it may open the match too
        return None
    return None  # the whole may match empty


@cache
def _common_firsts() -> frozenset[str] | None:
    """The characters a line the common alternation matches whole opens with (each entry opens with a word or a
    bracket): a line opening with another is not tried (a fullmatch tries every entry at the line's start, and
    nearly every line of a plan opens with none of them)."""
    first = _first_chars(list(_parser.parse(_patterns()[0].pattern)))
    return frozenset(first) if first is not None else None


def is_chrome_line(line: str) -> bool:
    return chrome_flags([line], None)[0]


def chrome_flags(lines: list[str], needed: set[int] | None) -> list[bool]:
    """``is_chrome_line`` of each line (one call for a text's lines); ``needed``: the indexes of the lines that hold a
    word a gated entry needs, when the caller found them in the whole text once (``lines.split_lines``), else None."""
    common, gated = _patterns()
    firsts = _common_firsts()
    out = []
    for k, line in enumerate(lines):
        line = line.strip()
        if not line or len(line) > _MAX_CHROME_LINE:
            out.append(False)
        elif (firsts is None or line[0] in firsts) and common.fullmatch(line) is not None:
            out.append(True)
        elif k in needed if needed is not None else needed_words().search(line) is not None:
            out.append(any(words.search(line) is not None and pattern.fullmatch(line) is not None
                           for words, pattern in gated))
        else:
            out.append(False)
    return out
