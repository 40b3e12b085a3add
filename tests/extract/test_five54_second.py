"""five54 (session 33): a second commitment with only a verb counts the thing of the target before it in the same
unit (naming.py); sentences from dev pages, addresses above each test, expected values read by hand."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# 宝应 2025 (js-baoying-fanshui2025: 年内建成省级宜居宜业和美乡村2个、新打造1个); 江西 2021 充电设施
# (jx-jiangxi-cdss2021: 確保新建成各類充電站96座、各類充電樁30000個;力爭建成190座) — dev fixtures.
def test_a_bare_verb_counts_the_thing_before_it_in_the_same_unit():
    rows = _rows("因地制宜建设美丽乡村,年内建成省级宜居宜业和美乡村2个、新打造1个。", 2025)
    assert [(r[1], r[2]) for r in rows] == [(2, "个"), (1, "个")]
    assert all(r[0].endswith("省级宜居宜业和美乡村") for r in rows)
    rows = _rows("到2023年,江西省确保新建成各类充电站96座、各类充电桩30000个;力争建成190座、60000个。", 2021)
    assert (190, "座", 2023) in [r[1:] for r in rows]
    assert next(r[0] for r in rows if r[1] == 190).endswith("充电站")
    # the thing is taken in the same sentence only
    rows = _rows("新建各类充电站96座。全面推进乡村建设,力争建成190座。", 2021)
    assert not [r for r in rows if r[1] == 190 and r[0].endswith("充电站")]
