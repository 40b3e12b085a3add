"""Enterprises: identifiers (统一社会信用代码), name keys, versioned 高企 and 科小 rules, the gap check, the import
workbook. Pure Python — never imports Django; ``kechuang.web.enterprises`` stores and presents what this computes.

Interface (money in 万元):
- ``YearFacts``, ``IPFacts``, ``EnterpriseFacts`` — the inputs;
- ``check_hitech(facts, as_of) -> HitechCheck`` and ``check_hitech_many(list, as_of)``;
- ``sme_evaluate(facts, year) -> SmeResult``;
- ``uscc_check(code) -> (normalised, warning | None)``, ``name_key(name)``;
- ``read_enterprises(path) -> EnterpriseImport``, ``write_enterprise_template(path)``.
"""

from kechuang.enterprises.facts import YEAR_FIELDS, EnterpriseFacts, IPFacts, YearFacts
from kechuang.enterprises.hitech import check_hitech, check_hitech_many
from kechuang.enterprises.identifiers import name_key, uscc_check
from kechuang.enterprises.results import OVERALL_ZH, STATUS_ZH, Condition, HitechCheck, ScorePart, SmeResult
from kechuang.enterprises.rows import EnterpriseImport, EnterpriseRow, FigureRow, IPRow, RowError
from kechuang.enterprises.sme import sme_evaluate
from kechuang.enterprises.workbook import read_enterprises, write_enterprise_template

__all__ = [
    "OVERALL_ZH", "STATUS_ZH", "YEAR_FIELDS", "Condition", "EnterpriseFacts", "EnterpriseImport", "EnterpriseRow",
    "FigureRow", "HitechCheck", "IPFacts", "IPRow", "RowError", "ScorePart", "SmeResult", "YearFacts",
    "check_hitech", "check_hitech_many", "name_key", "read_enterprises", "sme_evaluate", "uscc_check",
    "write_enterprise_template",
]
