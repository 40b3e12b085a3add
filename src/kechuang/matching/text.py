"""Text for matching: folding (NFKC width, traditional → simplified, case), jieba with a domain dictionary, stop words.

jieba's dictionary is loaded once per process with the terms kept as data in ``matching/data/*.txt`` and the
indicator names of ``kechuang/indicators/catalog.yaml``; its cache file goes to ``KECHUANG_JIEBA_CACHE_DIR`` or
the user cache directory (never a shared ``/tmp`` name that two processes would write at once).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.text.traditional import t2s_table

DATA = Path(__file__).parent / "data"
CATALOG = Path(__file__).parent.parent / "indicators" / "catalog.yaml"
MAX_QUERY_CHARS = 2_000  # a query longer than this is refused (a whole document is not a query)
MAX_DOC_CHARS = 20_000  # a record's text is cut here: a 50,000-character summary costs bounded time
_LOCK = threading.Lock()
_WORD = re.compile(r"[\u4e00-\u9fff]|[a-z0-9]+(?:[.\-/][a-z0-9]+)*")


def fold(text: str) -> str:
    """NFKC (full-width → half-width), traditional → simplified, lower case."""
    return unicodedata.normalize("NFKC", text or "").translate(t2s_table()).lower()


@lru_cache(maxsize=1024)
def fold_aligned(text: str) -> str:
    """Fold keeping one output character per input character, so offsets in the folded text are offsets in
    ``text`` (for highlighting). Characters whose NFKC form is longer keep its first character.

    Kept for the last 1,024 texts: a page explains 30 hits against one query text (folded once, not 60 times).
    A text already in NFKC (nearly every one) has every character in NFKC: it is folded whole, not per character."""
    text = text or ""
    if not unicodedata.is_normalized("NFKC", text):
        text = "".join((f[0] if (f := unicodedata.normalize("NFKC", ch)) else " ") for ch in text)
    return text.translate(t2s_table()).lower()


def _read_terms(name: str) -> list[str]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _read_terms("stopwords.txt"))


def domain_terms() -> list[str]:
    """The domain dictionary: data files plus the catalog's indicator names and aliases."""
    import yaml

    terms = [t for name in sorted(p.name for p in DATA.glob("terms_*.txt")) for t in _read_terms(name)]
    catalog = yaml.safe_load(CATALOG.read_text("utf-8"))
    for item in catalog.get("indicators", []):
        terms += [item["name"], *item.get("aliases", [])]
    return sorted({fold(t) for t in terms if 1 < len(t) <= 30})


def _cache_dir() -> Path:
    base = os.environ.get("KECHUANG_JIEBA_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kechuang")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    with _LOCK:
        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.tmp_dir = str(_cache_dir())  # jieba names its cache file after the dictionary, under tmp_dir
        tok.initialize()
        for term in domain_terms():
            tok.add_word(term, freq=2_000_000)
        return tok


def tokenize(text: str, *, folded: bool = False) -> list[str]:
    """Folded jieba words without stop words or punctuation; ASCII runs kept whole (``gv009``, ``5g``)."""
    folded_text = text[:MAX_DOC_CHARS] if folded else fold(text[:MAX_DOC_CHARS])
    stops = stop_words()
    words = []
    for w in _jieba().cut(folded_text, HMM=False):
        w = w.strip()
        if w and w not in stops and _WORD.match(w):
            words.append(w)
    return words


def char_ngrams(text: str, n: int = 2, *, folded: bool = False) -> set[str]:
    """Character n-grams of the folded text's word characters (CJK and ASCII), stop characters kept."""
    s = "".join(_WORD.findall(text[:MAX_DOC_CHARS] if folded else fold(text[:MAX_DOC_CHARS])))
    if len(s) < n:
        return {s} if s else set()
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def query_tokens(text: str, *, field: str = "query") -> list[str]:
    """Tokens of a user query, or a clear error: empty, too long, or only stop words."""
    if text is None or not str(text).strip():
        raise KechuangError("KC-MATCH-EMPTY", "查询内容为空:请输入项目名称、技术需求或关键词。", field=field)
    if len(text) > MAX_QUERY_CHARS:
        raise KechuangError(
            "KC-MATCH-TOO-LONG",
            f"查询内容过长({len(text)}字):请输入不超过{MAX_QUERY_CHARS}字的名称或摘要。",
            field=field, length=len(text))
    tokens = tokenize(text)
    if not tokens:
        raise KechuangError(
            "KC-MATCH-STOPWORDS", "查询内容只有常用虚词或标点,无法匹配:请输入具体的技术、产品或领域名称。",
            field=field)
    return tokens
