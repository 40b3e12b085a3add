"""review46: mends of session 46's merged rules (years46, fresh46, invented46, prose46), each test failing before its
mend. The shapes are the rules' own (their dev families are cited in the rule's tests); the sentences here are near
variants that exercise the mend."""

from __future__ import annotations

from kechuang.extract.targets.base_clauses import in_base


def test_a_value_inside_a_base_holding_two_basis_clauses_is_in_the_base() -> None:
    # F2: invented46's basis clauses (按照…标准/要求) may stand inside a base clause (在…基础上); with two of them
    # the value after the second was read outside the base (only the clause before the last was checked)
    s = "在按照省标准、按照市要求改造的128个村的基础上,新建5个"
    assert in_base(s, s.index("128"))
    assert not in_base(s, s.index("5个"))
