"""Alias brackets: ``(以下简称“新三年行动”)`` gives the short name of the plan, programme or body just before it.

It says nothing of the value of its clause: 以下简称 is a not-target word (rules/targets.yaml) so that an alias's
own words are never read, and the value after the bracket is judged without it — 2024年至2026年新一轮违法用地综合
整治三年行动(以下简称“新三年行动”)完成2300亩存量违法用地整治 (奉贤 2024, https://www.shanghai.gov.cn/zhengce/
detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084, dev), as a plan's goals are after ``(以下简称
《实施方案》),`` (四川 2011, http://jingji.cntv.cn/20120221/108554.shtml; 成都 2025, 云南 2023, dev), where a comma
cuts the bracket off already. Only the clause loses its alias: one in the value's own name still refuses it
(军地12个部门联合印发《…》(以下简称《意见》): the issuers of the document, no goal).
tests/extract/test_indic40_aliases.py.
"""

from __future__ import annotations

import re

# from 以下简称 to the bracket that closes it (or to a clause mark, when the page left it open), bounded
_ALIAS = re.compile(r"[(（]?以下简称[^()（）,，。;；]{0,30}[)）]?")


def without_alias(clause: str) -> str:
    """``clause`` with its alias brackets taken out (the clause itself when it holds none)."""
    return _ALIAS.sub("", clause) if "以下简称" in clause else clause
