"""The place a document calls its own when neither its title nor an issuer names one: a text that speaks of 我市
(本县, 我区…) is the plan of the place of that level that its opening names in a body or a document title —
`为增强我市…` under `中共盐城市委` or beside `《盐城市…计划》` is 盐城市's (the spec: "when the title names no
place, the place that the issuer or the body names as its own", 广州市 for a plan of 中共广州市委、广州市人民政府
that speaks of 全市)."""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, outer_titles
from kechuang.extract.metadata.region import region_of
from kechuang.extract.rules import simplified

# 我市, 本县, 我区 (a mirror's 縣/區 read through ``simplified``): the text's own level; 全市 is left out, a county's
# text says it of its city's meetings (全市科技工作会议)
_SELF = re.compile("[我本]([市县区省州旗])")
# a body of a place: 中共广州市委, 广州市人民政府, 上海市商务委 (the level word ends the place's name, a body's word
# follows within a few characters), its name opening after punctuation, 中共 or a conjunction; 各区、县级市人民政府
# names no place 县级市, and a verb before 市委 none (认真落实市委、市政府)
_BODY = re.compile(rf"(?:(?<![{CJK}])|(?<=中共)|(?<=[和与及]))(?!县级)([{CJK}]{{2,4}}?[市县区省州旗])"
                   rf"[{CJK}]{{0,6}}?(?:委员会|委|人民政府|政府|局|厅|办公室)")
_VERB = re.compile("落实|贯彻|认真|按照|根据|推进|推动|加快|全面|深入")
_SELF_LINES = 40  # the opening: the first lines of text after the title
_SPAN = 200  # a body or a title this far around the text's first 我市 (its own sentence and the next)


def own_place(texts: list[str]) -> str | None:
    """The place of the level of the text's first 我市 (我县, 本区…) named by a body (中共X市委, X市人民政府) or by a
    document title (《X市…》) in the same stretch of text, or None."""
    joined = simplified("\n".join(texts[:_SELF_LINES]))
    if "我" not in joined and "本" not in joined:
        return None
    m = _SELF.search(joined)
    if not m:
        return None
    level, window = m.group(1), joined[max(0, m.start() - _SPAN):m.end() + _SPAN]
    names = [t for t, _, _ in outer_titles(window)] + [b.group(1) for b in _BODY.finditer(window)]
    for name in names:
        place = region_of(name)
        if place and simplified(place).endswith(level) and len(place) > 2 and not _VERB.search(place):
            return place
    return None
