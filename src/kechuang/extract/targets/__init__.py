"""Quantitative targets of a plan (see ``paragraph`` for the shapes of sentence, ``years`` for the years that
govern them and ``rules/targets.yaml`` for the vocabulary)."""

from __future__ import annotations

import bisect

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.paragraph import Paragraph
from kechuang.extract.targets.vocab import vocab

__all__ = ["extract_targets"]


def _within(path: str, section: str | None) -> bool:
    return section is not None and (path == section or path.startswith(section + "/"))


def extract_targets(lines: list[Line], paths: list[str], start: int, plan_year: int | None,
                    skip: list[tuple[int, int]], heading_titles: dict[int, int]) -> list[Target]:
    """``skip``: spans (absolute offsets) to ignore, such as annotations; ``heading_titles`` maps a
    heading line's index to the offset where its title starts (the numbering token is ignored).

    A year passes down to later paragraphs in two ways: a paragraph that ends with a colon gives its year
    to the lines under the same heading; a goals section (发展目标, 主要目标… and its sub-items) keeps the
    last year stated in it for every target of the section that states none."""
    out: list[Target] = []
    colon_year: int | None = None
    colon_path: str | None = None
    goals_year: int | None = None
    goals_path: str | None = None
    skip = sorted(skip)
    skip_starts = [sp[0] for sp in skip]
    for line in lines[start:]:
        if line.chrome or not line.text:
            continue
        path = paths[line.index]
        if colon_path is not None and not _within(path, colon_path):
            colon_year, colon_path = None, None
        if line.index in heading_titles:
            title = line.text[heading_titles[line.index] - line.start:]
            if vocab().goals_heading.search(title[:40]):
                goals_year, goals_path = None, path
        if goals_path is not None and not _within(path, goals_path):
            goals_year, goals_path = None, None
        lo, hi = bisect.bisect_left(skip_starts, line.start), bisect.bisect_left(skip_starts, line.end)
        local = [(s - line.start, e - line.start) for s, e in skip[lo:hi]]
        token_end = heading_titles[line.index] - line.start if line.index in heading_titles else 0
        if token_end:
            local.append((0, token_end))
        inherited = colon_year if colon_year is not None else goals_year
        para = Paragraph(line, path, plan_year, inherited, local, token_end)
        out.extend(para.run())
        stated = para.stated_years()
        if stated and goals_path is not None:
            goals_year = stated[-1]
        if line.text.rstrip().endswith(":") and stated:
            colon_year, colon_path = stated[-1], path
    return out
