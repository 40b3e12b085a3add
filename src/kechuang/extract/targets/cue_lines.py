"""The lines that hold the cue words of four history and policy filters, found in one search for all of them (spd28).

`achieved_growth.reported_growth`, `funding.funding_clauses`, `completion_rates.reported_rates` and
`in_principle.principle_bounds` each read only the lines their own gate finds a word in (增长/下降; 资金/超过/最高;
完成率/完成年度/完成全年; 原则上; in either script). Each gate searched every line of a document (docs/benchmarks.md,
spd27: about 0.4 % of an extraction apiece). Here one search of the joined lines for any of the words (``_ANY``, plain
words only, so that the engine skips by their first characters) finds the few lines that hold one; only those lines are
then tried with each filter's own gate, so each filter is given exactly the lines its gate lets through, in order."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from kechuang.extract.lines import Line
from kechuang.extract.targets.achieved_growth import _MAY as _GROWTH
from kechuang.extract.targets.completion_rates import _MAY_RATE as _RATES
from kechuang.extract.targets.funding import _MAY as _FUNDING
from kechuang.extract.targets.in_principle import _MAY as _PRINCIPLE

# Each filter's own gate, by the name extract_targets passes its lines under.
GATES: dict[str, re.Pattern[str]] = {"growth": _GROWTH, "funding": _FUNDING, "rates": _RATES, "principle": _PRINCIPLE}
# Every word any gate finds, as plain alternatives (a class opening one would cost the engine its skip).
_ANY = re.compile(r"增长|增長|下降|资金|資金|超过|超過|最高|完成率|完成年度|完成全年|原则上|原則上")


def cued_lines(lines: list[Line]) -> dict[str, list[Line]]:
    """For each filter of ``GATES``, the lines (in order) its gate finds a word in."""
    found: dict[str, list[Line]] = {name: [] for name in GATES}
    texts = [line.text for line in lines]
    joined = "\n".join(texts)  # no word holds a line break, so none is found across two lines
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))  # where each line opens in ``joined``
    m = _ANY.search(joined)
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        for name, gate in GATES.items():
            if gate.search(texts[k]):
                found[name].append(lines[k])
        m = _ANY.search(joined, starts[k + 1])  # on from the next line: its gates have all been tried
    return found
