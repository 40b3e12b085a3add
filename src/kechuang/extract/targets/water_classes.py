"""Classes of water quality a plan commits to keep or reach: ``category`` targets whose value is the class (Ⅱ, Ⅲ).

One shape, from dev pages of three documents (the spec's ``category``: a class to reach, the class as a string):
  长江干流水质稳定保持Ⅱ类                  (重庆 2023 行动计划, epaper.cqrb.cn)
  白洋淀水質保持Ⅲ類并持續改善, 白洋淀水質鞏固保持Ⅲ類   (河北 2023 美丽河北, biocind.com)
  水质常年稳定在Ⅲ类以上                    (江西 2011 水利改革, gzjrw.com.cn)
The indicator is the clause's words up to 水质 (the water named), the value the class as printed with its word (Ⅲ类,
Ⅲ類: the scorer drops a trailing 类). A class
followed by more words is a share's or a flow's, not the water's class (达到或优于Ⅲ类比例, 稳定在Ⅲ类(含Ⅲ类)以上水体
比重, 消除劣Ⅴ类水体): only a class that ends its clause (or stands before 并/和 or 标准) is read.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.common import printed_name

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_CLASS = r"[ⅠⅡⅢⅣⅤ]|IV|V|I{1,3}"
# bounded: a name of up to 12 characters, up to three adverbs, one verb
_WATER = re.compile(
    r"(?P<name>[^\s,,;;。:：、|]{0,12}水质)(?:稳定|巩固|常年|持续|全面|基本|总体|长期){0,3}"
    r"(?:保持在|保持|稳定在|达到|维持在)"
    rf"(?P<cls>{_CLASS})类(?P<cmp>及以上|以上)?(?:标准|水质)?(?=[,,;;。并和、]|\s*$)")


# A national standard's grade to reach or keep (horizon49; unread prose of three dev documents of three places):
#   城镇污水处理设施全面达到一级A排放标准          (苍南 2017 民生实事, cnxw.com.cn)
#   汉江出紫断面水质保持国家Ⅱ类标准             (紫阳 2024 计划, zyx.gov.cn)
#   全省細顆粒物(PM2.5)平均濃度穩定達到國家空氣質量二級標準   (河北 2023 美丽河北, biocind.com)
# the grade as printed (一级A, Ⅱ类, 二級), the name the clause's words before the verb (with 排放标准 where the
# standard is one of discharge). Only a standard that ends its clause: 达到二级标准的城市 (the cities counted), 已达到…
# 的基础上 are none, nor a grade with more words (二级甲等建设标准: a hospital's); 已/首次/均 before the verb report it
# reached (九江 2022 首次全面达到…, a review; all dev). Bounded: a name of 2 to 20 characters, up to three adverbs.
_STANDARD = re.compile(
    r"(?P<name>[^\s,,;;。:：、|]{2,20}?)(?:稳定|巩固|常年|持续|全面|基本|总体|长期){0,3}(?:达到|保持)(?:国家)?"
    rf"(?:环境)?(?:空气质量)?(?P<cls>一级[AB]|[一二三]级|(?:{_CLASS})类)(?P<what>排放)?标准(?=[,,;;。并和、]|\s*$)")
_REACHED = ("已", "首次", "均", "已经")
# The verb, grade and standard every match of _STANDARD holds, searched first: _STANDARD's lazy name is tried at every
# position of a paragraph, and most paragraphs that print 标准 and 级 state no grade to reach (a 4 % rise in
# instructions over the seeds without this pre-check; the matches are the same).
_GRADE_STANDARD = re.compile(
    rf"(?:达到|保持)(?:国家)?(?:环境)?(?:空气质量)?(?:一级[AB]|[一二三]级|(?:{_CLASS})类)(?:排放)?标准")


def may_water_classes(text: str) -> bool:
    """Whether ``text`` holds the words water_classes reads (the call site asks first: one test, two places)."""
    return ("质" in text and "类" in text and "水质" in text) or ("标准" in text and (
        "级" in text or "类" in text))  # single characters first: faster scans



def water_classes(para: Paragraph) -> None:
    """Add the paragraph's water-class targets (see the module's note), each in document order among the
    paragraph's targets."""
    text = para.mtext
    if not may_water_classes(text):
        return
    before = len(para.targets)
    starts = [s for s, _ in para.sentences]
    for m in _WATER.finditer(text) if "水质" in text else ():
        at = m.start("cls")
        lo = m.start("name")
        if para.masked[at] or any(t.start <= para.line.start + at < t.end for t in para.targets):
            continue
        sentence = max(0, bisect.bisect_right(starts, lo) - 1)
        cls = para.text[at:m.end("cls") + 1]  # the class with its word as printed: Ⅲ类, Ⅲ類 (the gold's form)
        para.add(text[lo:m.end("name")], "category", cls, None, at, m.end(), sentence,
                 para.sentences[sentence][1], lo, cmp=m.group("cmp"))
    for m in _STANDARD.finditer(text) if "标准" in text and _GRADE_STANDARD.search(text) else ():
        at, lo, name = m.start("cls"), m.start("name"), m.group("name")
        if name.endswith(_REACHED) or para.masked[at] or any(
                t.start <= para.line.start + at < t.end for t in para.targets):
            continue
        sentence = max(0, bisect.bisect_right(starts, lo) - 1)
        cls = para.text[at:m.end("cls")]  # the grade as printed: 一级A, Ⅱ类, 二級
        t = para.add(name + ("排放标准" if m.group("what") else ""), "category", cls, None, at, m.end(), sentence,
                     para.sentences[sentence][1], lo)
        if t is not None and m.group("what") and para.traditional:  # joined across the grade: given back as printed
            t.indicator = printed_name(para, t.indicator, lo, m.end())
    added = para.targets[before:]
    del para.targets[before:]
    for target in added:
        k = next((k for k, t in enumerate(para.targets) if t.start > target.start), len(para.targets))
        para.targets.insert(k, target)
