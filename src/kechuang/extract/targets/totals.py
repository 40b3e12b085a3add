"""A total printed right after a count, in another measure: a target of its own (round 45).

Three dev documents print the shape (their gold counts both the items and the total):
  亮马河、坝河、北小河等18条河道共120公里水系将实现连通        (朝阳 2023 民生实事, a news print)
  治理界河（北段）、四滧港等8条段共计69公里骨干河道            (崇明 2021 水务“十四五”规划)
  全年培训10个家庭医生服务团队,共40人                         (鹿邑 2024 十件实事)
The paragraph reads the count (18条河道) and nothing of the total: 共 is no verb it knows, and the count's noun ran on
into it (河道共, 段共计). This reads the total after a count the paragraph kept — with the thing named after the total
(水系, 骨干河道), else the count's own thing (家庭医生服务团队) — in the count's year, and cuts 共/共计 from the
count's name. Only a total in another unit than the count's (条 → 公里, 个 → 人): a total in the same unit sums a list
(…等3个、…等5个,共8个), which is the list's count, and a total of a clause with no count of its own (…改造,共计20万
平方米, 实事项目…,共15项) is left as it was (a listing's size, or a report's sum).
Review 18 (F4): 总计 is a total's word too; after a comma, the total closes the count's clause when nothing stands
between the unit and the comma but the count's thing, its own quote (学校（含4所幼儿园）) or a bracket's end
(老旧小区12个,共3000户; 学校10所(含幼儿园4所),共5000个学位); anything else (站点和一批驿站,共300人: a list) refuses it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.model import Target
from kechuang.extract.targets.common import TRIM, WINDOW, tidy
from kechuang.extract.targets.naming import noun_after
from kechuang.extract.targets.vocab import value_of, vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_CJK = "\u4e00-\u9fff"
# after a count's unit: its thing (no digit or clause mark), an optional comma, then the word of a total
_TOTAL = re.compile(r"(?P<thing>[^\d,，;；。:：、!！?？]{0,16}?)(?P<comma>[,，]\s{0,2})?"
                    r"(?P<word>共计|合计|总计|共)\s{0,2}(?=\d)")
_TOTAL_END = re.compile(r"(?:共计|合计|总计|共)$")
# the thing named after the total, up to a word of what is to become of it (水系|将实现连通)
_NOUN = re.compile(rf"[{_CJK}()（）“”]{{2,16}}?(?=将|要|全部|均|进行|实现|[^{_CJK}()（）“”]|$)")
# a partition of the items (期, 批, 标段, 大类, 次) or money is no measure of their size (review 18, F3)
_NOT_SIZE = re.compile(r"(?:期|批|标段|類|类|次|轮|元)$")
_PARTITION_AFTER = re.compile(r"标段|批次|大类|类|期|批")  # 共3个标段: counted in 个, still a partition
_REACH = 2 * WINDOW + 40  # the longest quote: an indicator's reach before its value and a noun's after it


def total_counts(para: Paragraph) -> None:
    """Add, after each count of the paragraph, the total in another measure printed right after it."""
    if not para.targets or ("共" not in para.mtext and ("计" not in para.mtext or (
            "合计" not in para.mtext and "总计" not in para.mtext))):
        return  # no word of _TOTAL (共 holds 共计; 计 alone, as in 计划, is none)
    text, offset, simple = para.mtext, para.line.start, vocab().simplified
    spans = sorted((t.start - offset, t.end - offset, id(t)) for t in para.targets)
    span_starts = [s for s, _, _ in spans]
    made: set[int] = set()  # totals made here: a bracket's part (含…4所) meets the same 共 (review 18, F1)
    for parent in list(para.targets):
        if parent.kind != "level" or not parent.unit or parent.value is None:
            continue
        own_unit = parent.unit.translate(simple)  # 個 → 个: the rules read the simplified text
        unit_at = text.rfind(own_unit, max(0, parent.start - offset), parent.end - offset)
        m = _TOTAL.match(text, unit_at + len(own_unit)) if unit_at >= 0 else None
        if m is None:
            continue
        thing, named = m.group("thing").strip(TRIM + ")）"), parent.indicator.translate(simple)
        own = m.end("thing") <= parent.end - offset  # the count's quote runs over the thing: 学校（含4所幼儿园）
        if m.group("comma") and thing and not (own or named.endswith(thing)):
            continue  # after a comma, the total closes the count's own clause (团队,共40人; 小区12个,共3000户)
        if "、" in text[max(0, parent.start - offset - 2):parent.start - offset]:
            continue  # the last item of a list (10个…、5个护理团队,共60人): the total is the list's (review 18, F2)
        value = vocab().candidate.match(text, m.end())
        if value is None:
            continue
        amount, unit, _ = value_of(value)
        at = value.start()
        partition = bool(unit and _NOT_SIZE.search(unit.translate(simple))) or _PARTITION_AFTER.match(text, value.end())
        if at in made or partition:
            continue
        near = spans[bisect.bisect_left(span_starts, at - _REACH):bisect.bisect_right(span_starts, at)]
        if amount is None or not unit or unit == own_unit or any(at < e and k != id(parent) for _, e, k in near):
            continue  # a total in the count's own unit sums a list; a total the paragraph read already (the count's
            # quote may run over it: 等18条河道共120公里水系…)
        if _TOTAL_END.search(parent.indicator):  # 河道共 → 河道: the total's word is no part of the count's name
            parent.indicator = _TOTAL_END.sub("", parent.indicator).strip(TRIM) or parent.indicator
        noun = _NOUN.match(text, value.end())
        name = noun_after(noun.group()) if noun else ""
        if len(re.findall(f"[{_CJK}]", name)) < 2:
            name, noun = parent.indicator, None
        # (Paragraph.add refuses a value after 共: a set's size, 项目共55个. Here the count before it was kept, so its
        # sentence is no report and its year holds: the total is made as add makes a target, in the count's year.)
        lo, hi = m.start("word"), value.end() + (len(name) if noun else 0)
        if para.traditional:  # as printed: 醫生, 個
            name, unit = para.printed(name, lo, hi), para.printed(unit, at, hi)
        cmp = value.group("cmp") or value.group("about")
        made.add(at)
        para.targets.append(Target(
            indicator=name, kind="level", value=tidy(amount), unit=unit, year=parent.year, recurring=parent.recurring,
            quote=para.text[lo:hi], path=para.path, start=offset + lo, end=offset + hi, comparator=cmp))
