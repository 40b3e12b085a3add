"""Traditional → simplified characters, one for one (offsets survive), from OpenCC's own character table."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Traditional → simplified, character by character, from OpenCC's table (TSCharacters.txt, shipped by
    opencc-python-reimplemented); the first candidate where OpenCC gives several. ``str.translate`` runs it
    ~100× faster than the package's phrase converter, and one character stays one character, so offsets survive;
    OpenCC's phrase table (TSPhrases) is not applied: it changes variants inside words."""
    import opencc

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = parts[1]
    return table
