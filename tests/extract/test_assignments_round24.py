"""Assignment rules of the tails5 round, from the dev split of tests/fixtures/real/passages (addresses in each .json;
the twenty-eighth batch and the Shanghai plans before it): a bracketed note that points to an attachment is no tail."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

_FENGXIAN_TAIL = [("responsible", "区交通委"), ("responsible", "各街镇"), ("responsible", "开发区"),
                  ("responsible", "头桥集团")]


# A note that points to an attachment names no unit, even when it opens with a collective: 嘉定 2026 违法用地 closes its
# goal with （各街镇（管委会）任务详见附件）, which was read as a unit 各街镇(管委会)任务详见附件. Other plans print the same
# kind of note inside an item (奉贤 2021 农村公路 `(详见附件2)`, 紫阳 2022 `(详见附件)`, 四川 2023 `(公示清单见附件)`).
def test_a_note_pointing_to_an_attachment_is_no_tail():
    assert _rows(_passage("sh-jiading-wfyd2026", 0)) == []
    assert _rows("2026年应完成剩余1620亩整治任务量（各街镇（管委会）任务详见附件）。") == []
    assert _rows("根据本区实际确定年度整治计划（各街镇任务详见附表）") == []
    # the note is dropped from a list of names, not the names beside it (variants of 嘉定's note)
    assert _rows("完成整治任务（责任单位：区规划资源局，各街镇（管委会）任务详见附件）") == [("responsible", "区规划资源局")]
    # the item that prints the note keeps its own tail, and a bare list of units is still read
    assert _rows(_passage("sh-fengxian-ncgl2021", 2)) == _FENGXIAN_TAIL
    assert _rows("完成年度整治任务（各街镇（管委会））") == [("responsible", "各街镇(管委会)")]
    assert _rows("(一)加强统筹。(市工信委、市财政局)") == [("responsible", "市工信委"), ("responsible", "市财政局")]
