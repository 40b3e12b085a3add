"""Names a value takes from the target before it when the reader found none of its own.

A value whose name is empty, or one character that names no thing (half of a verb: 下 of 下达), is a further step
of the thing the target just before it in the same clause run names — a yearly growth after a level or a doubling
(生產總值翻一番以上,實現26億元以上,年均增長18%以上: 台江 “十二五”, http://www.zhxpm.cn/news/tj/201110/70700.shtml),
a second deadline of a share (预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上: 云南 2017,
https://yaoan.gov.cn/Pages_31_18539.aspx) — dev, tests/extract/test_indic40_empty_names.py. A semicolon or a colon
between them opens another run (its own subject), and a target far before is another thing's: the name stays empty
and ``Paragraph.add`` refuses it as before.
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
