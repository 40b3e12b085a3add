"""Highlight character spans in user text: escape first, then mark the offsets (``<mark>``), so HTML typed by a
user is shown as text and the marks stay the only markup."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def marked(text: str, spans: list[tuple[int, int]] | None) -> SafeString:
    """``text`` escaped, with the (start, end) character spans wrapped in ``<mark>``; overlapping or out-of-range
    spans are clipped."""
    text = text or ""
    out, pos = [], 0
    for start, end in sorted(spans or []):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # every piece of user text above went through escape()
