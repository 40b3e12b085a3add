"""review46: mends of session 46's merged rules (years46, fresh46, invented46, prose46), each test failing before its
mend. The shapes are the rules' own (their dev families are cited in the rule's tests); the sentences here are near
variants that exercise the mend."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.base_clauses import in_base
from tests.extract.passages import target_values
from tests.timing import assert_linear_far


def _values(text: str, plan_year: int | None = None) -> set:
    return set(target_values(text, plan_year))


def test_a_value_inside_a_base_holding_two_basis_clauses_is_in_the_base() -> None:
    # F2: invented46's basis clauses (按照…标准/要求) may stand inside a base clause (在…基础上); with two of them
    # the value after the second was read outside the base (only the clause before the last was checked)
    s = "在按照省标准、按照市要求改造的128个村的基础上,新建5个"
    assert in_base(s, s.index("128"))
    assert not in_base(s, s.index("5个"))


def test_a_standardised_thing_is_no_standard_followed() -> None:
    # F3: 标准化 grades the thing counted (标准化学校, 标准化厂房); invented46's basis clause ended at its 标准 and took
    # the count before it (按照…的标准 of 甘肃 2019 and 河北 2018 stays, test_invented46_basis_clauses.py)
    assert 10 in _values("2025年,按照新建10所标准化学校的目标推进。", 2025)
    assert 1 not in _values("2025年,按照每100户设置1名保洁员的标准配备保洁员。", 2025)


def test_a_roll_drawn_up_started_or_an_events_stays_a_roll_whatever_verb_it_prints() -> None:
    # F4: fresh46 keeps a count of projects carried out before the list's total cost, and leaves a list drawn up
    # (谋划: 大宁 2025), planned to start or resume (计划开复工: 延吉 2025) or an event's count (本次开工) a roll; a
    # verb of carrying out beside those words (谋划新建, 开复工续建, 开工建设) had made them targets
    assert 70 not in _values("全年谋划新建项目70个,总投资252亿元。", 2025)
    assert 59 not in _values("计划开复工续建项目59个,总投资175.8亿元。", 2025)
    assert 587 not in _values("本次集中开工建设重大项目587个,总投资3000亿元,年度计划投资426.9亿元。", 2025)
    assert 59 in _values("计划新开工建设重大项目59个,总投资175.8亿元。", 2025)  # 新开工 carries out


def test_a_count_before_a_rolls_length_is_decided_as_before_its_cost() -> None:
    # F5: invented46 drops a roll's length after its count (续建项目37个,续建里程3392公里: 四川 2024, dev), fresh46 keeps
    # the count before a total cost only when the clause carries the projects out; the count before a length kept its
    # target whatever the clause (计划开复工…37个,总里程… kept what 计划开复工…37个,总投资… drops)
    assert 37 not in _values("2024年,全省计划开复工项目37个,总里程3392公里。", 2024)
    assert 44 not in _values("2024年,全市重点建设项目44个,建设总里程339公里。", 2024)
    assert 37 not in _values("2024年,全省计划开复工项目37个,总投资3392亿元。", 2024)
    got = _values("2024年,全省高速公路续建项目37个,续建里程3392公里,年度计划完成投资1460亿元。", 2024)
    assert 37 in got and 3392 not in got and 1460 in got  # 续建 carries the projects out: the count stays


def test_counts_before_lengths_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "计划开复工项目37个,总里程3392公里," * n + "。")
