"""rev52: mends from the review of session 40's merged rules (spelled_grades.py, working_bodies.py).

- spelled_grades: a grade (万吨级) in the clause of an amount printed in digits before 亿 (1.2亿吨) dropped the
  amount: the test for digits before the measure knew 万, 千 and 百 but not 亿. The clause is constructed from the
  shape of port plans (万吨级 berths beside a throughput in 亿吨: 厦门港 “十二五”, a1killmaster.com/news/hyxw/
  2011221966899.shtml — 形成通过能力6亿吨以上; 10万噸級…泊位: 可門港, gdxgh.com.cn/news/201311/25/70593.html); no
  dev page prints the two in one clause.
- working_bodies: the rule rests on 专项工作组 and …部门组成 (西乡 2015, 黄浦 2023: test_spurx40_working_bodies.py);
  a bare 小组 also dropped the service groups a plan sets up (志愿服务小组, 科技服务小组), which are things it makes,
  as its own note keeps 志愿服务队. Only a working or leading 小组 (工作小组, 领导小组, 协调小组) is a working body.
  Constructed sentences (no dev page counts a 小组).
"""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


def test_an_amount_in_digits_before_yi_survives_a_grade_in_its_clause():
    rows = _rows("到2025年，全市万吨级码头年通过能力达到1.2亿吨。", 2025)
    assert [r[2:4] for r in rows] == [(1.2, "亿吨")]


def test_a_spelled_grade_is_still_dropped():
    rows = _rows("到2025年，建成千亩高标准农田示范区，全县高标准农田面积达到1.5亿亩。", 2025)
    assert [r[2:4] for r in rows] == [(1.5, "亿亩")]


def test_a_service_group_counted_is_kept():
    assert [r[2:4] for r in _rows("到2025年，全市组建志愿服务小组100个。", 2025)] == [(100, "个")]
    assert [r[2:4] for r in _rows("到2025年，培育10个创新联合体、建成5个科技服务小组。", 2025)] == [(10, "个"), (5, "个")]


def test_a_working_group_counted_is_still_dropped():
    assert _rows("到2025年，组建10个乡村振兴工作专班。", 2025) == []
    assert [r for r in _rows("到2025年，全县成立12个工作小组、3个领导小组。", 2025) if r[3] == "个"] == []
