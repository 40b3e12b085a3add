"""The documents a plan says it implements or is based on (根据/依据/按照/贯彻落实《…》)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_WORDS, outer_titles, strip

# 贯彻执行/遵照执行 ask the reader to carry a document out; they do not name what it is made from.
_TRIGGER = re.compile(r"(?:根据|依据|按照|遵照|贯彻|落实|根據|依據|貫徹|落實)(?!执行|執行)")
# What a basis sentence of the body says it does with its sources.
_MADE = re.compile(r"制定|制订|编制|修订|提出|出台|制訂|編制|修訂")
_SHORT = ("简称", "下称", "簡稱")  # (以下简称《科学素质纲要》) names a short form, not another document
# 《规划》, 《方案》… alone are the document's short name for itself or for one named before, not a title.
_SHORT_KINDS = frozenset((*PLAN_WORDS, "通知", "决定", "纲要"))
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.、]|[((]\d{1,2}[))])\s*《")
_BASIS_HEADING = re.compile(r"^.{0,12}(编制|制定|制订|工作)依据$")
_BASIS_BODY_LINES = 120  # non-empty lines: a 应急预案's 编制依据 follows its table of contents


def _join_open_titles(lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join a line that opens a 《 it does not close with the next ones (at most two): pages break lines inside
    titles (根据《\n国家科学技术奖励条例》)."""
    out: list[tuple[str, bool]] = []
    joins = 0
    for text, in_body in lines:
        if out and joins < 2 and out[-1][0].rfind("《") > out[-1][0].rfind("》"):
            out[-1] = (out[-1][0] + text, out[-1][1])
            joins += 1
        else:
            out.append((text, in_body))
            joins = 0
    return out


def basis_of(preamble: list[Line], body: list[Line], covering: list[Line] = ()) -> list[str]:
    """Titles in 《》 after 根据/依据/按照/贯彻/落实: any such sentence of the preamble; in the opening lines of the
    body, the sentence that says what the document is made from (依据《…》…制定本预案, 一、根据《…》…制定本规则,
    《…规划》依据《…》编制), and every title of the paragraph under a heading 编制依据. In the covering notice or
    report (``covering``), only a sentence that opens with its basis (根据贵办《…》文件要求,现将…)."""
    out: list[str] = []
    lines = _join_open_titles([(ln.text, "cover") for ln in covering] + [(ln.text, "pre") for ln in preamble]
                              + [(ln.text, "body") for ln in body[:_BASIS_BODY_LINES]])
    in_list = False  # inside the numbered list a 编制依据 heading opens (1.《…》 / 2.《…》, one title a line)
    for k, (text, part) in enumerate(lines):
        in_body = part == "body"
        under = in_body and k > 0 and _BASIS_HEADING.search(lines[k - 1][0]) is not None
        in_list = under or (in_list and _LIST_ITEM.match(text) is not None)
        listed = in_list
        for sentence in re.split(r"(?<=。)", text):
            trigger = _TRIGGER.search(sentence)
            if listed:
                trigger = None
            elif not trigger or (in_body and not _MADE.search(sentence, trigger.end())) \
                    or (part == "cover" and trigger.start() > 3):
                continue
            for title, start, _ in outer_titles(sentence):
                if (trigger and start < trigger.start()) or sentence[max(0, start - 3):start - 1].endswith(_SHORT):
                    continue
                title = re.sub(r"[((][^()()]{0,30}[〔\[]\d{4}[〕\]]\d+号[))]$", "", strip(title))
                if title and title not in out and title not in _SHORT_KINDS:
                    out.append(title)
    return out
