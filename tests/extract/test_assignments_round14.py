"""Round-14 assignments (ext-doc14): the shapes round 13 saw without a second real source — a role in brackets after
a unit, a leader named with a person, a two-row header, a box-drawn table — were searched for on hosts the corpus and
the held-out lists do not hold (docs/extraction.md, section 4, "Round 15 assignments"). None was found on a new host,
so no rule was written for them. What the dev split holds of one of them — a leader named with a person, the name
before the title — is pinned here, so that a later rule for the other order cannot break it."""

from __future__ import annotations

from tests.extract.passages import held_out_tails_f1
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# A leader named with a person, the name before the title, gives no unit, on a division-of-labour line (黑龙江 2009:
# 任务分工:吕维峰副省长负责,省农委总牵头) and in a heading over the items (海曙 2023: 三、徐洪涛常务副区长牵头重点工作):
# two dev documents. The line read inside brackets, as a tail prints it, reads the same.
def test_a_leader_named_before_the_units_is_no_unit():
    assert _rows("推进农业现代化。\n任务分工:吕维峰副省长负责,省农委总牵头。") == [("lead", "省农委")]
    assert _rows("(一)推进农业现代化。(吕维峰副省长负责,省农委总牵头,省财政厅配合)") == [
        ("lead", "省农委"), ("cooperating", "省财政厅")]
    assert _rows(_passage("zj-haishu-zrfj2023", 2)) == [("responsible", "区发改局")]
    assert all("副区长" not in unit for _, unit in _rows(_passage("zj-haishu-zrfj2023", 3)))


# The earlier held-out tails keep their figure (no rule of the round changes a reading).
def test_the_earlier_held_out_tails_keep_their_figure():
    for round_, count in ((12, 19), (13, 70)):
        f1, _found, _predicted, gold = held_out_tails_f1(round_)
        assert gold == count and f1 >= 1.0, (round_, f1)


# Out of sample (tests/fixtures/heldout/tails.yaml, ``round: 14``): the one page found on a new host, annotated before
# the extractor ran on it — a 民生实事 table whose row cells a document-sharing site ran together, a leader's column
# (a person) before the 牵头单位 and 配合单位 columns. Read under the rules as they are: 0 of 18 units found, 2 read
# (a leader's name glued to the units of its row, a park's qualifier in brackets), F1 0.000. No rule was written from
# it (one document; cells without separators are not split by any rule here). Gated at that figure: it only rises.
def test_round14_held_out_assignments():
    f1, found, predicted, gold = held_out_tails_f1(14)
    assert gold == 18
    # F1 is 0.000, so only what is read can get worse: no more than the 2 wrong units, and none found is no regression
    assert predicted - found <= 2, (f1, found, predicted, gold)
