"""Items reported done: a numbered item (一、新增义务教育公办学校学位5万个; (二)新增养老床位250张) whose section states
that the year's plan was reached (完成年度计划的104.44%, 超额完成年度任务) is printed by a completion report, which
restates what was planned: the item and its section are history (tests/fixtures/real/README.md, 普陀 2024 on its 2023
实事; nineteenth batch, 江西 2023 为民办实事 实施情况的通报; both dev, round 22). A current year's progress table keeps
its task column (its rows are cells, not numbered items, and its reports say 已完成 without the year's plan)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.common import CLAUSE_END_NO_COLON
from kechuang.extract.targets.vocab import vocab

# The year's plan reached, as a report says it (完成年度计划的104.44%, 超额完成年度任务), unless its clause says it is
# still to be reached (``_PLANNED``).
_DONE = re.compile(r"完成年度(?:计划|任务|目标任务|总投资)的\s*\d|超额完成(?:年度|全年)(?:任务|目标)")
_MAY_BE_DONE = re.compile(r"超额完成|完成年度")  # cheap test: most lines hold neither
# A plan's milestone (6月底前完成年度计划的50%, 上半年完成…, 9月底完成…, 年底前…) holds a deadline; a commitment
# (确保全面完成…, 努力超额完成…: the vocabulary's commitment and stretch words) or a modal directly before the verb
# (要超额完成全年任务, 须完成…) looks ahead. Whole tokens only: a span gone by (1-9月, 截至9月底, 前三季度) is no
# deadline, nor 前 in 提前/当前/目前, nor 要 in 主要/重要 (the review of round 23).
_DEADLINE = re.compile(r"(?<![\d\-—~至止])\d{1,2}月份?(?:底|末|中旬|上旬|下旬)?前?|年[底末]|[上下]半年"
                       r"|(?<![前\d\-—~至止])[一二三四1-4]季度末?前")
_PAST = re.compile(r"截[至止][^,,;;。]{0,12}?月份?[底末]?")  # 截至2023年9月底: the report's date
_MODAL = re.compile(r"(?<![主重])(?:要|须|将|应)(?:全面|努力|力争)?(?=完成|超额|确保)")


def _reports_done(text: str) -> bool:
    """Whether ``text`` (simplified) says the year's plan was reached in a clause with no deadline nor commitment."""
    for m in _DONE.finditer(text):
        start = max((c.end() for c in CLAUSE_END_NO_COLON.finditer(text, 0, m.start())), default=0)
        stop = next((c.start() for c in CLAUSE_END_NO_COLON.finditer(text, m.end())), len(text))
        rest = _PAST.sub("", text[start:m.start()] + text[m.end():stop])
        if not (_DEADLINE.search(rest) or _MODAL.search(text, start, stop) or vocab().commitment.search(rest)):
            return True
    return False


def done_items(lines: list[Line], heading_titles: dict[int, int], whole: str | None = None) -> set[int]:
    """Indices of the heading lines whose own text or section (the lines up to the next heading) reports the
    year's plan reached. One pass. ``whole``: the document's lines joined (``lines`` among them), when the caller has
    it: a document holding neither word of ``_MAY_BE_DONE`` (nearly all) is not read line by line."""
    if whole is not None and "超额完成" not in whole and "完成年度" not in whole:  # _MAY_BE_DONE's words (a regex
        # of alternatives scans ten times slower than a plain search for each)
        return set()
    out: set[int] = set()
    current: int | None = None
    for line in lines:
        if line.index in heading_titles:
            current = line.index
        if current is not None and current not in out and _MAY_BE_DONE.search(line.text) \
                and _reports_done(simplified_all(line.text)):
            out.add(current)
    return out
