"""Cut a text into plain and highlighted segments from character spans (for the review page)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None  # heading / unit / target, None for plain text
    ref: str = ""  # an anchor the page links to


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """``spans`` are (start, end, kind, ref); overlapping spans keep the one that starts first (longest)."""
    out: list[Segment] = []
    position = 0
    for start, end, kind, ref in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, 0), min(end, len(text))
        if start < position or start >= end:
            continue
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], kind, ref))
        position = end
    if position < len(text):
        out.append(Segment(text[position:]))
    return out
