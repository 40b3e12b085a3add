"""Cut a text into plain and highlighted segments from character spans (for the review page)."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None  # heading / unit / target, None for plain text
    ref: str = ""  # an anchor the page links to
    span: tuple[int, int] | None = None  # the whole span this segment is (part of)


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """``spans`` are (start, end, kind, ref); where spans overlap the innermost (shortest) one is shown, and an
    outer span goes on around it: a target printed in a heading's own line keeps its highlight (it had none, the
    heading's covering it). Linear in the text and n log n in the spans."""
    n = len(text)
    clean = [(max(s, 0), min(e, n), k, r) for s, e, k, r in spans if max(s, 0) < min(e, n)]
    points = sorted({0, n} | {s for s, _, _, _ in clean} | {e for _, e, _, _ in clean})
    order = sorted(range(len(clean)), key=lambda i: clean[i][0])
    active: list[tuple[int, int, int]] = []  # (length, -start, index): the innermost on top
    out: list[Segment] = []
    shown, j = None, 0
    for a, b in pairwise(points):
        while j < len(order) and clean[order[j]][0] <= a:
            s, e, _, _ = clean[order[j]]
            heapq.heappush(active, (e - s, -s, order[j]))
            j += 1
        while active and clean[active[0][2]][1] <= a:
            heapq.heappop(active)
        top = active[0][2] if active else None
        if out and top == shown:
            last = out[-1]
            out[-1] = Segment(last.text + text[a:b], last.kind, last.ref, last.span)
            continue
        if top is None:
            out.append(Segment(text[a:b]))
        else:
            s, e, kind, ref = clean[top]
            out.append(Segment(text[a:b], kind, ref, (s, e)))
        shown = top
    return out
