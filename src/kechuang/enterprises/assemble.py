"""Facts from an imported workbook: the rows of one enterprise (by USCC, else by name key) put together."""

from __future__ import annotations

from kechuang.enterprises.facts import EnterpriseFacts, IPFacts, YearFacts
from kechuang.enterprises.identifiers import name_key
from kechuang.enterprises.rows import EnterpriseImport


def facts_from_import(data: EnterpriseImport) -> list[EnterpriseFacts]:
    """One ``EnterpriseFacts`` per enterprise of the 企业信息 sheet, plus one per enterprise named only in the other
    sheets; figures and IP are matched by USCC when given, else by the name key."""
    keys: dict[str, dict] = {}
    order: list[dict] = []

    def entry(uscc: str, name: str) -> dict:
        found = keys.get(uscc) if uscc else None
        found = found or keys.get(name_key(name))
        if found is None:
            found = {"name": name, "uscc": uscc, "registered_on": None, "years": [], "ip": []}
            order.append(found)
        for key in (uscc, name_key(name)):
            if key:
                keys.setdefault(key, found)
        return found

    for row in data.enterprises:
        entry(row.uscc, row.name)["registered_on"] = row.registered_on
    for row in data.figures:
        entry(row.uscc, row.name)["years"].append(YearFacts(row.year, **row.values))
    for row in data.ip:
        entry(row.uscc, row.name)["ip"].append(IPFacts(row.ip_class, row.category, row.granted_on,
                                                       row.used_for_hitech))
    return [EnterpriseFacts(e["name"] or e["uscc"], e["uscc"], e["registered_on"],
                            sorted(e["years"], key=lambda y: y.year), e["ip"]) for e in order]
