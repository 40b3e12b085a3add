"""The registry's rows as the core's facts (``kechuang.enterprises``): the only place the web app builds them."""

from __future__ import annotations

from kechuang.enterprises import (  # noqa: F401  (re-exported for the app's modules)
    EnterpriseFacts,
    IPFacts,
    YearFacts,
    check_hitech,
    check_hitech_many,
    name_key,
    read_enterprises,
    sme_evaluate,
    uscc_check,
    write_enterprise_template,
)
from kechuang.web.enterprises.figures import FIGURE_FIELDS


def year_facts(row) -> YearFacts:
    return YearFacts(year=row.year, **{k: getattr(row, k) for k in FIGURE_FIELDS})


def facts_of(enterprise, years=None, ip=None, judgements: dict | None = None) -> EnterpriseFacts:
    """The core's facts for one enterprise (``years``/``ip`` given when prefetched, else read)."""
    years = enterprise.years.all() if years is None else years
    ip = enterprise.ip.all() if ip is None else ip
    return EnterpriseFacts(
        name=enterprise.name, uscc=enterprise.uscc, registered_on=enterprise.registered_on,
        years=[year_facts(y) for y in sorted(years, key=lambda y: y.year)],
        ip=[IPFacts(ip_class=h.ip_class, category=h.category, granted_on=h.granted_on,
                    used_for_hitech=h.used_for_hitech) for h in ip],
        judgements=dict(judgements or {}))
