"""A growth goal stated only by the words that set it, which name no thing of their own:
  经济增速是综合性指标,今年预期目标设定为6%以上                 → 经济增速, growth 6
      (国务院 2021 预期目标 news, http://www.ciudsrc.com/webdiceng.php?id=156365)
  将2021年GDP增长目标设定为6%以上;…“去年是2.3%,今年我们定的是6%以上   → GDP, growth 6
      (全国 2021 GDP 目标 news, http://www.wufengnews.com/content/show?catid=147741&newsid=695183)
  江蘇2025年GDP增速5.3%，2026年調整至5%                         → GDP增速, growth 5
      (香港01 2026 31省 GDP 增长目标, https://www.hk01.com/即時中國/60326626/)
all dev. The growth set is the one its sentence names before the setting words (an economy's output and its 增速 or
增长), else the growth goal its paragraph named before (GDP增长目标); the value is that growth's rate (the spec:
`growth`). A setting after a name of its own (污水处理率目标设定为95%) keeps that name, and a growth named only in a
sentence before as a figure (去年GDP增速为5.3%。) names no later goal."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all

# the words that set a goal and name nothing: a year word, 预期目标 / 目标 / 我们, then 设定为, 定为, 定的是, 调整至…
_SETTING = re.compile(r"(?:今年|明年|\d{4}年)?(?:预期目标|目标|我们)?(?:直接)?(?:设定|确定|调整|定)(?:为|至|到|的是)")
# a growth named: an economy's output (GDP, 国内/地区生产总值, 经济) and its growth rate or growth
_GROWTH = r"(?P<name>GDP|(?:国内|地区)?生产总值|经济)(?P<rate>增速|增长)"
_NAMED = re.compile(_GROWTH)
_GOAL = re.compile(_GROWTH + r"(?:预期)?目标")
_SENTENCE_END = re.compile(r"[。;；!！?？]")
# an economy's growth goal is a few per cent: a setting of a larger share (目标设定为100%) is no growth of it
GROWTH_CEILING = 30
_REACH = 400  # the characters before the value searched for the paragraph's growth goal


def set_growth_name(text: str, mtext: str, pos: int, indicator: str) -> str | None:
    """The name of the growth that the setting words ``indicator`` set, the value at ``pos`` of ``mtext`` (the
    paragraph as read; ``text`` as printed, offsets one for one), else None."""
    if len(indicator) > 12 or not _SETTING.fullmatch(simplified_all(indicator).strip()):
        return None
    lo = max(0, pos - _REACH)
    start = lo
    for end in _SENTENCE_END.finditer(mtext, lo, pos):
        start = end.end()
    found = None
    for m in _NAMED.finditer(mtext, start, pos):
        found = m  # the nearest before the value in its sentence
    if found is None:
        for m in _GOAL.finditer(mtext, lo, start):
            found = m  # the paragraph's growth goal named last
    if found is None:
        return None
    return text[found.start("name"):found.end("rate") if found.group("rate") == "增速" else found.end("name")]
