"""Loading the rule data files under ``extract/rules/``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml

T = TypeVar("T")


@cache
def load_rules(name: str) -> Any:
    text = resources.files("kechuang.extract").joinpath("rules", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def simplified_table() -> tuple[dict[int, int], re.Pattern[str]]:
    """Traditional → simplified, one character for one: every character OpenCC knows (4,000: 貢獻, 團體, 鄉村…) with
    rules/traditional.yaml's on top of it; and a pattern matching any of them. The pattern holds the characters of
    the Basic Multilingual Plane only: a class with any beyond it is matched by a slow list in the re module (200×
    slower); the rare ones beyond are still translated in text found traditional."""
    from kechuang.text.traditional import t2s_table

    t2s = load_rules("traditional")
    table = {k: ord(v) for k, v in t2s_table().items() if v != chr(k)}
    table.update(str.maketrans(t2s["traditional"], t2s["simplified"]))
    table = {k: v for k, v in table.items() if k != v}  # none maps to itself: a character found is one translated
    return table, re.compile(f"[{re.escape(''.join(chr(k) for k in table if k <= 0xFFFF))}]")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # a range: one test per character, unlike a class of many


@cache
def _listed() -> list[int]:
    """``simplified_table``'s translation as a list over the Basic Multilingual Plane (a character to itself where the
    table has none): ``str.translate`` looks a character up in a list twice as fast as in the dict, whose every miss
    raises a KeyError it clears (26 against 56 ns a character over the corpus' traditional pages). Text with a
    character beyond the plane is translated by the dict (a character beyond the list would be left as it is)."""
    listed = list(range(0x10000))
    for key, value in simplified_table()[0].items():
        if key < 0x10000:
            listed[key] = value
    return listed


def _translated(text: str) -> str:
    """``text.translate(simplified_table()[0])``, by the list where it holds (``_listed``)."""
    return text.translate(simplified_table()[0] if _ASTRAL.search(text) else _listed())


@lru_cache(maxsize=4096)  # a head line is read by a dozen metadata readers: translated once (``forget_lines``)
def simplified(text: str) -> str:
    """``text`` with its traditional characters in their simplified forms (``simplified_table``), one character for
    one, so that offsets into it hold for the text as printed (text with none of them is returned as is)."""
    if text in _CLEAN:  # a line of the document found to hold none (``note_clean``): no search of it again
        return text
    _, traditional = simplified_table()
    return _translated(text) if traditional.search(text) else text


@cache
def _any_of_all() -> re.Pattern[str]:
    """``simplified_table``'s class with the planes beyond the Basic one as a range: whether ``simplified_all`` has
    anything to translate, told by one search (6 ns a character over the corpus' lines, against 10 for the class and
    the range searched one after the other)."""
    return re.compile(simplified_table()[1].pattern[:-1] + "\U00010000-\U0010ffff]")


@cache
def _of_plane() -> re.Pattern[str]:
    """``simplified_table``'s class (the Basic Multilingual Plane's characters), compiled apart for ``note_clean``."""
    return re.compile(simplified_table()[1].pattern)


@lru_cache(maxsize=4096)
def simplified_all(text: str) -> str:
    """``text.translate(table)`` of ``simplified_table``, rare characters beyond the Basic Multilingual Plane
    included; text with none of the table's characters (nearly every line) is returned as is without translating
    it character by character (a translation costs 20 times the search that finds it needless)."""
    if text in _CLEAN or not _any_of_all().search(text):  # nearly every line: no character of the table's, nor any
        # beyond the plane
        return text
    if (translated := simplified(text)) != text:  # a line most readers translate: searched once (``simplified``)
        return translated  # the whole table's translation, rare characters included
    return text.translate(simplified_table()[0])  # a character beyond the plane, which the class leaves


# The document's lines that hold no character of ``_any_of_all`` (``note_clean``): ``simplified`` and ``simplified_all``
# return such a line as it is without searching it. A string's being here says only that it holds none, whatever its
# source: a translation read through it is the one the search would give. Emptied by ``forget_lines``.
_CLEAN: set[str] = set()


def note_clean(text: str, starts: Sequence[int], texts: Sequence[str]) -> None:
    """Note which lines of ``text`` (``texts``, opening at ``starts``; none holding a line break) hold no character
    ``simplified_all`` translates: one search of the whole text from line to line, rather than one search of each line
    by Paragraph (``simplified``) and another by extract_targets (``simplified_all``); each a scan against the table's
    class of 4,000 characters (0.5 to 1 % of an extraction). After a hit the search resumes at the next line, so a
    page in traditional characters costs one search a line, as before."""
    # (text with no character beyond the plane, told by its UTF-16 length, is searched for the class alone: the range
    # beyond it in the class costs the search a third more)
    astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    search, dirty, last = (_any_of_all() if astral else _of_plane()).search, set(), len(starts) - 1
    m = search(text)
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        dirty.add(k)
        m = search(text, starts[k + 1]) if k < last else None
    if dirty:
        _CLEAN.update(line for k, line in enumerate(texts) if k not in dirty)
    else:
        _CLEAN.update(texts)


_PER_DOCUMENT: list[Callable[[], None]] = []  # what ``forget_lines`` empties besides the two caches above


def per_document(function: Callable[[str], T]) -> Callable[[str], T]:
    """``function`` (pure, of one string) with a cache of its answers that ``forget_lines`` empties: a metadata reader
    asks for the same line's or title's reading several times a document (``strip``, ``region_of``), never across
    documents."""
    return cached_per_document(4096)(function)


def cached_per_document(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A cache of ``maxsize`` answers that ``forget_lines`` empties, for a pure function of a document's sentence or
    cell (and a number or two): a target reader asks the same of a sentence once per value in it (64 answers hold a
    paragraph's sentences), a table reader the same of a cell once as a cell and again for its target. Answers depend
    on their arguments alone; they are dropped with the document so that no other is read with them in memory."""
    def wrap(function: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=maxsize)(function)
        _PER_DOCUMENT.append(cached.cache_clear)
        return cached
    return wrap


def on_forget(clear: Callable[[], None]) -> None:
    """Have ``forget_lines`` call ``clear`` too (a reader's cache of one document's lines)."""
    _PER_DOCUMENT.append(clear)


def forget_lines() -> None:
    """Empty the caches of ``simplified`` and ``simplified_all``: they hold one document's lines (the pipeline calls
    this per document), so that no document is read faster for lines another left, and none holds their memory; and
    the readers' caches of the document (``per_document``, ``on_forget``)."""
    simplified.cache_clear()
    simplified_all.cache_clear()
    _CLEAN.clear()
    for clear in _PER_DOCUMENT:
        clear()
