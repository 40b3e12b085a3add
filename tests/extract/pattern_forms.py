"""What the speed tests' equivalence checks share: the stored texts a rewritten pattern must read as its old form did,
and whether a pattern opens with an assertion (the re module then tries it at every position of a text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

try:  # Python 3.11+
    from re import _parser as sre_parse
    from re._constants import ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN  # type: ignore[no-redef]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def stored_texts() -> list[str]:
    """The seeds, then the real corpus's page openings and passages (both splits), as stored; never printed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "real" / "openings").glob("*.txt"))]
    for path in sorted((FIXTURES / "real" / "passages").glob("*.json")):
        texts += [p["text"] for p in json.loads(path.read_text(encoding="utf-8")).get("passages", [])]
    return texts


def _opens(items: list) -> bool:
    while items:
        op, arg = items[0]
        if op in (ASSERT, ASSERT_NOT):
            return True
        if op is SUBPATTERN:
            items = list(arg[-1])
        elif op is BRANCH:
            return any(_opens(list(b)) for b in arg[1])
        else:
            return False
    return False


def opens_with_assertion(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern's first item, through groups and into every branch, is a lookaround."""
    return _opens(list(sre_parse.parse(pattern.pattern)))
