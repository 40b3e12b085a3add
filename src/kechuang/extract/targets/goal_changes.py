"""A growth goal named with the change made to it: the goal's words are its name, the change no part of it (round 74).

News of the reports' goals tells how a goal moved against the year before, between the goal's words and its value:
  2026年增長目標大幅上調為6%左右 → 增長目標, growth 6      (香港01 2026: 31省 GDP 增长目标, dev)
  2026年增速目標下調為4.5%       → 增速目標, growth 4.5    (the same page)
A goal of growth with no change between (陕西2024年GDP增长目标5.5%左右) is change_names' (round 59): the name is
the thing before the goal's words. With the change read here the value is still the goal's growth rate (the spec:
`growth`, a growth rate); the name is the thing before the goal's words when it names one of two characters or more,
else the goal's words themselves (增长目标: as the gold of the page names it).
"""

from __future__ import annotations

import re

# the goal's words, then an adverb of at most four characters and a verb of the change (上调, 下调, 调整, 调高, 调低,
# 定), before the 为/至 that the name reader leaves out (and is let stand here)
_CHANGED_GOAL = re.compile(r"(?P<goal>(?:增长|增速)(?:预期)?目标)[^\d,;。:、]{0,4}?"
                           r"(?:[上下]调|调[整高低]|定)(?:为|至|到)?$")


def changed_goal(indicator: str) -> tuple[str, str] | None:
    """(the thing before the goal's words, the goal's words) of a name that closes on a change of a growth goal;
    None for any other name."""
    m = _CHANGED_GOAL.search(indicator) if "目标" in indicator else None
    return (indicator[:m.start()].rstrip(), m.group("goal")) if m else None
