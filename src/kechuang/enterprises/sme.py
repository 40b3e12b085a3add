"""科技型中小企业评价 (国科发政〔2017〕115号 and its 工作指引): conditions, direct confirmation, the 100-point score."""

from __future__ import annotations

from kechuang.enterprises.facts import EnterpriseFacts
from kechuang.enterprises.results import SmeResult


def sme_evaluate(facts: EnterpriseFacts, year: int) -> SmeResult:
    """Evaluate with the figures of ``year`` (the 上一年度 of the evaluation) and the rules in force then."""
    raise NotImplementedError
