"""Pieces every metadata reader shares: CJK ranges, plan words, organisation suffixes, titles in 《》."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.rules import on_forget, per_document
from kechuang.text.readings import READING

CJK = r"\u4e00-\u9fff"
# Words that title a task list, and also head a plan's section (重点任务, 主要工作任务): a title needs more than them.
TASK_WORDS = ("重点任务", "工作任务", "任务分工", "目标任务")
PLAN_WORDS = ("方案", "计划", "规划", "意见", "办法", "纲要", "要点", "措施", "细则", "行动", "规定", "预案", "规则",
               "规章", "建议", "指南", "指引", "条例", "章程", "工作报告",
               # lists and forms a department issues as its year's plan (…重点工作“三明确一限期”清单, …绩效目标申报表)
               "清单", "申报表", "分解表", "一览表", "任务表",
               # a year's task list titled by its tasks (2023年度全市农业农村重点工作任务: 济宁 2023; 辽宁省科技厅2009年
               # 科技工作四项重点工作任务; …量化指标任务分工: 国办 2016; …政策措施》重点任务分工: 南京 2016;
               # …工作报告重点工作目标任务: 大足 2023; 2025年区政府工作报告目标任务: 铜梁 2025 — dev pages)
               *TASK_WORDS,
               # as pages in traditional characters print them (big5 mirrors, Hong Kong and Macao)
               "計劃", "規劃", "辦法", "綱要", "要點", "細則", "行動", "規定", "預案", "規則", "規章", "建議", "條例",
               "意見", "清單", "工作報告", "重點任務", "工作任務", "任務分工", "目標任務")
PLAN_TITLE = re.compile(rf"(?:{'|'.join(PLAN_WORDS)})(?:\([^()]{{1,14}}\))?$")  # a title that names a plan
# (总社: 中华全国供销合作总社 issues with the ministries, 2021 茶产业 opinion)
# a leading group (宿迁 2021), a session's presidium (苍南 2017) and a police brigade (龙港 2021) sign too
ORG_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理委员会|管委会|行政公署|党组|党工委|办事处|厅|局|委|办|院|中心|协会|科协|政府|部|督查室|研究室|分行|总社|"
    r"领导小组|主席团|大队|"
    r"辦公廳|辦公室|委員會|廳|辦|總社)$")
_ORG_ENDS = tuple(ORG_SUFFIX.pattern[1:-2].split("|"))


def org_named(text: str) -> bool:
    """``ORG_SUFFIX.search(text) is not None``, told by ``str.endswith``: the pattern, anchored at the end, is tried
    at every position that opens one of its words (its ``$`` also before a last line break)."""
    return text.endswith(_ORG_ENDS) or (text.endswith("\n") and text[:-1].endswith(_ORG_ENDS))


@per_document  # a head line is stripped by a dozen readers: once a document
def strip(text: str) -> str:
    return "".join(text.split())


# The document's lines (the list object itself) and the texts of its first lines joined, by their count: the gates
# (``cues``) and ``title.notice_of`` join the page's first 40, 60 or 80 lines a dozen times a document, each count
# once (per document: ``forget_lines`` empties it; a list of other lines is not it, so the page read again without its
# readings is joined anew)
_HEAD: list = [None, {}]
on_forget(lambda: _HEAD.__setitem__(slice(None), [None, {}]))


def head_text(lines: list[Line], count: int) -> str:
    """``"\\n".join`` of the texts of ``lines[:count]``, ``lines`` being the document's lines (not a slice of them)."""
    if _HEAD[0] is not lines:
        _HEAD[:] = [lines, {}]
    joined = _HEAD[1].get(count)
    if joined is None:
        joined = _HEAD[1][count] = "\n".join([ln.text for ln in lines[:count]])
    return joined


_TITLE_MARK = re.compile("[《》]")


def outer_titles(text: str) -> list[tuple[str, int, int]]:
    """Titles in 《》 at the outermost nesting level, with their offsets (inside the brackets)."""
    out, depth, start = [], 0, 0
    for m in _TITLE_MARK.finditer(text):  # only the brackets change the state: no loop over every character
        i, ch = m.start(), m.group()
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                out.append((text[start:i], start, i))
    return out


# A phonetic reading a mirror prints after a character (現(xiàn)將, 印發(fā), 新鄉(xiāng)市): no part of the words it
# interrupts, which the readers match through it.
_READING = READING


def unread(text: str) -> tuple[str, list[int] | None]:
    """The text without its phonetic readings, and for each of its characters the offset it has in ``text`` (one
    more entry, ``len(text)``, closes the list; ``None`` when the text has no reading: offsets are its own): a match
    on the plain text is printed from ``text[pos[a]:pos[b-1]+1]`` — inner readings kept, a trailing one left out, as
    places and 文号 are written (openings/DECISIONS.md)."""
    return (text, None) if "(" not in text else _unread(text)


@per_document  # a head line with a bracket is read so by several readers: once a document (the list is read only)
def _unread(text: str) -> tuple[str, list[int] | None]:
    if not _READING.search(text):
        return text, None
    plain, pos, last = [], [], 0
    for m in _READING.finditer(text):
        plain.append(text[last:m.start()])
        pos.extend(range(last, m.start()))
        last = m.end()
    plain.append(text[last:])
    pos.extend(range(last, len(text)))
    return "".join(plain), [*pos, len(text)]


def printed_span(text: str, pos: list[int] | None, start: int, end: int, *, trailing: bool = False) -> str:
    """The printed text of the plain span ``start:end`` (see ``unread``), with a reading that follows its last
    character when ``trailing`` (a title keeps its readings: …指導意見(jiàn))."""
    if pos is None:
        return text[start:end]
    if end <= start:
        return ""
    return text[pos[start]:pos[end] if trailing else pos[end - 1] + 1]
