"""Matched passages marked in user text: the text is escaped first, then the offsets are marked, so user text is
never trusted as HTML."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SNIPPET = 160  # characters of a long text shown around its first passage


def marked(text: str, spans, limit: int | None = None) -> SafeString:
    """``text`` escaped, its ``spans`` ((start, end) character offsets) in ``<mark>``; with ``limit`` a window of
    that many characters around the first span (… at the cut ends)."""
    text = text or ""
    spans = sorted((max(0, int(a)), min(len(text), int(b))) for a, b in (spans or []) if int(b) > int(a))
    start, end = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        start = max(0, min(first - limit // 4, len(text) - limit))
        end = start + limit
    out, pos = [], start
    for a, b in spans:
        a, b = max(a, pos), min(b, end)
        if b <= a:
            continue
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return mark_safe(("…" if start else "") + "".join(out) + ("…" if end < len(text) else ""))
