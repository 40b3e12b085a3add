"""The 高新技术企业 gap check.

Rules: 国科发火〔2016〕32号 第十一条 and 工作指引 国科发火〔2016〕195号; before 2016, 国科发火〔2008〕172号.
"""

from __future__ import annotations

from datetime import date

from kechuang.enterprises.facts import EnterpriseFacts
from kechuang.enterprises.results import HitechCheck


def check_hitech(facts: EnterpriseFacts, as_of: date) -> HitechCheck:
    """Check every condition of 高企 认定 for an application on ``as_of`` with the rule values in force that day."""
    raise NotImplementedError


def check_hitech_many(many: list[EnterpriseFacts], as_of: date) -> list[HitechCheck]:
    """``check_hitech`` for many enterprises (the rule data is loaded once)."""
    raise NotImplementedError
