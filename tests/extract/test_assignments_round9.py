"""Round-9 assignment rules, from the dev split of tests/fixtures/real/passages (addresses in each .json): a document's
rule for its first unit (列第一位者为牵头单位,下同) printed as a line of its own."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# A page states its rule once, inside its first tail; the corpus keeps the rule's words as a line before each later
# passage of that page (tests/fixtures/real/README.md, "A document's rule for its first unit printed in another
# passage"). The State Council's 2018 documents on employment and on farm machinery (dev): a line of its own that is
# the rule makes the first unit of each later tail its lead, as the bracketed rule does.
def test_a_first_unit_rule_on_a_line_of_its_own():
    assert _rows(_passage("cn-guowuyuan-njhzx2018", 3))[:2] == [("lead", "工业和信息化部"), ("responsible", "发展改革委")]
    assert _rows(_passage("cn-guowuyuan-cjjy2018", 1))[:2] == [("lead", "财政部"), ("responsible", "人力资源社会保障部")]
    # the rule's line alone is no unit and no task; without the rule the tail's units are responsible, by the spec
    assert _rows("列第一位者为牵头单位,下同") == []
    assert _rows("(一)加大支持力度。(财政部、人力资源社会保障部负责)")[0] == ("responsible", "财政部")
    # a sentence that only mentions such a rule among others is no rule of its own
    assert _rows("列第一位者为牵头单位的任务,由牵头单位汇总进展。\n(一)加大支持力度。(财政部、人力资源社会保障部负责)")[0] \
        == ("responsible", "财政部")


# The rule picks a lead among several units (tests/fixtures/real/README.md): a tail of one unit under it stays
# responsible, by the spec. The same two documents: (人力资源社会保障部负责), (各省级人民政府负责).
def test_a_first_unit_rule_leaves_a_lone_unit_responsible():
    assert _rows(_passage("cn-guowuyuan-cjjy2018", 3))[0] == ("responsible", "人力资源社会保障部")
    assert ("responsible", "各省级人民政府") in _rows(_passage("cn-guowuyuan-njhzx2018", 18))
    assert _rows("(一)加大支持力度。(财政部负责。列第一位者为牵头单位,下同)\n(二)优化服务。(人民银行、财政部负责)") == [
        ("responsible", "财政部"), ("lead", "人民银行"), ("responsible", "财政部")]
