"""The hand-annotated real passages keep to the gold contract: a quote is an exact substring of its passage,
values are numbers (strings only for category), kinds and roles come from the closed lists, units are printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "passages"
FILES = sorted(ROOT.glob("*.json"))
KINDS = {"level", "growth", "multiple", "category", "rank", "increase"}
ROLES = {"lead", "responsible", "cooperating"}
TARGET_KEYS = {"indicator", "kind", "value", "unit", "year", "recurring", "quote"}


# A page's footer lines (at most four, each short) printed inside a unit's name by a PDF's page break:
# `省人力资源社会\n皖民生办〔\n20241\n2\n保障厅` prints `省人力资源社会保障厅` (README, "Units broken by the page").
_FOOTER_CUT = r"\n(?:[^\n]{0,12}\n){1,4}"


def _printed(unit: str, text: str) -> bool:
    """The unit is a substring of the passage, or two parts of it stand on either side of a page footer's lines."""
    if unit in text:
        return True
    return any(re.search(re.escape(unit[:k]) + _FOOTER_CUT + re.escape(unit[k:]), text)
               for k in range(2, len(unit) - 1))


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _problems(data: dict) -> list[str]:
    out = []
    if not str(data.get("source", "")).startswith("http") or not data.get("province"):
        out.append("source and province are required")
    if data.get("plan_year") is not None and not isinstance(data["plan_year"], int):
        out.append("plan_year must be an int or null")
    for i, p in enumerate(data.get("passages") or [], 1):
        text = p["text"]
        for t in p.get("targets") or []:
            where = f"passage {i} target {t.get('indicator')!r}"
            if missing := TARGET_KEYS - set(t):
                out.append(f"{where}: missing {sorted(missing)}")
                continue
            if t["kind"] not in KINDS:
                out.append(f"{where}: kind {t['kind']!r}")
            if t["kind"] == "category" and not isinstance(t["value"], str):
                out.append(f"{where}: a category value is a string")
            if t["kind"] != "category" and not _number(t["value"]):
                out.append(f"{where}: value {t['value']!r} is not a number")
            if "value_max" in t and not (_number(t["value_max"]) and t["value_max"] > t["value"]):
                out.append(f"{where}: value_max must exceed value")
            if t["year"] is not None and not isinstance(t["year"], int):
                out.append(f"{where}: year {t['year']!r}")
            if not isinstance(t["recurring"], bool):
                out.append(f"{where}: recurring must be a bool")
            if t["quote"] not in text:
                out.append(f"{where}: quote {t['quote']!r} is not in the passage")
        for a in p.get("assignments") or []:
            if a.get("role") not in ROLES:
                out.append(f"passage {i}: role {a.get('role')!r}")
            if not a.get("unit") or not _printed(a["unit"], text):
                out.append(f"passage {i}: unit {a.get('unit')!r} is not printed in the passage")
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_passage_fixture_keeps_to_the_contract(path):
    assert _problems(json.loads(path.read_text("utf-8"))) == []


def test_the_check_catches_a_quote_that_is_not_in_the_text():
    bad = {"source": "https://example.gov.cn/1.html", "province": "浙江省", "plan_year": 2023,
           "passages": [{"text": "新增托位100个。", "targets": [
               {"indicator": "托位", "kind": "level", "value": "100", "unit": "个", "year": 2023,
                "recurring": False, "quote": "新增托位200个"}],
               "assignments": [{"role": "owner", "unit": "县卫健局"}]}]}
    problems = _problems(bad)
    assert any("not a number" in p for p in problems)
    assert any("is not in the passage" in p for p in problems)
    assert any("role" in p for p in problems) and any("not printed" in p for p in problems)


def test_every_source_address_has_one_fixture():
    sources = [json.loads(p.read_text("utf-8"))["source"] for p in FILES]
    assert len(sources) == len(set(sources))


def test_a_unit_cut_by_a_page_footer_is_printed_and_a_unit_not_printed_is_not():
    text = "(牵头单位:省人力资源社会\n皖民生办〔\n20241\n2\n保障厅)"
    assert _printed("省人力资源社会保障厅", text)
    assert not _printed("省人力资源社会保障局", text)
    assert not _printed("省人力资源社会保障厅", "(牵头单位:省人力资源社会,另有一段很长的说明文字远超十二个字符\n保障厅)")
