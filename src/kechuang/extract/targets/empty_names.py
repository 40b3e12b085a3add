"""Names a value takes from the target before it when the reader found none of its own.

A value whose name is empty (its own clause holds only its verb and scope: 年均增长) is a further step of the thing
the target just before it in the same clause run names — a yearly growth after a level or a doubling
(生產總值翻一番以上,實現26億元以上,年均增長18%以上: 台江 “十二五”, http://www.zhxpm.cn/news/tj/201110/70700.shtml,
dev). The shape (a named value, then ``、增长N%`` with no name) stands in many dev pages, most of them reports whose
first value is no target (万源 2021, https://new.qq.com/omn/20210120/20210120A0CDE600.html; 景东 2023, 镇安 2016):
with no target before, the name stays empty and ``Paragraph.add`` refuses it as before. A semicolon or a colon
between them opens another run (its own subject), a target far before is another thing's, a longer own clause names
its own thing (黑龙江 2025: 新增国家级绿色工厂39家 after 省级绿色工厂70家), and a value compared with a stated year
(比1980年提高27.3个百分点) is a change the reader measured from that year, not a step of the target before.
tests/extract/test_indic40_empty_names.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

REACH = 24  # the most characters from the end of the target before to the value (台江: 17)
OWN_CLAUSE = 6  # the most characters of the value's own clause, its verb and scope (年均增長: 4)
_NEW_RUN = frozenset(";；:：")
_CLAUSE_MARKS = ",，、"


def name_before(para: Paragraph, s_start: int, pos: int) -> str | None:
    """The indicator of the target before the value at ``pos`` (in the paragraph's text) in its sentence (starting
    at ``s_start``), when no semicolon or colon stands between them and it ends at most ``REACH`` characters before;
    else None."""
    if not para.targets:
        return None
    last = para.targets[-1]
    begin, stop = last.start - para.line.start, last.end - para.line.start
    if begin < s_start or stop > pos or pos - stop > REACH:
        return None
    gap = para.mtext[stop:pos]
    if any(c in _NEW_RUN for c in gap):
        return None
    # the value's own clause holds its verb and scope only (年均增長): a longer one names its own thing, which the
    # reader missed (新增国家级绿色工厂39家 after 省级绿色工厂70家: 黑龙江 2025, dev), and is no step of the one before
    own = len(gap) - max(gap.rfind(c) for c in _CLAUSE_MARKS) - 1
    return last.indicator if own <= OWN_CLAUSE else None
