"""The page openings of the real corpus are well-formed: every gold value is read from its own page text.

These checks keep hand annotation honest (a title, an issuer, a 文号 or a basis document that is not in the
page cannot be gold) and keep the corpus at the size the issue asks for.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kechuang.extract.corpus import load_openings, split_of

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "real"
OPENINGS = sorted((ROOT / "openings").glob("*.json"))
DOCUMENT_KEYS = {"title", "doc_number", "issuer", "date", "region", "basis"}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", OPENINGS, ids=lambda p: p.stem)
def test_each_opening_gold_is_read_from_its_page(path):
    data = json.loads(path.read_text("utf-8"))
    # `via`: the public repository a page's text was taken from, when its source address is recorded there
    assert set(data) - {"via"} == {"source", "province", "document"}
    assert data["source"].startswith("http") and data["province"]
    assert re.fullmatch(r"[a-z]{2}-[a-z0-9]+-[a-z0-9]+", path.stem)
    text = path.with_suffix(".txt").read_text("utf-8")
    flat = _flat(text)
    doc = data["document"]
    assert set(doc) == DOCUMENT_KEYS
    assert isinstance(doc["title"], str) and _flat(doc["title"]) in flat
    assert doc["doc_number"] is None or doc["doc_number"] in text
    assert isinstance(doc["issuer"], list) and all(_flat(unit) in flat for unit in doc["issuer"])
    assert doc["date"] is None or datetime.date.fromisoformat(doc["date"]).isoformat() == doc["date"]
    assert doc["region"] == "全国" or doc["region"] in flat
    assert isinstance(doc["basis"], list) and all(_flat(b) in flat for b in doc["basis"])
    assert not any(b.startswith("《") or b.endswith("》") for b in doc["basis"])
    # a title is never wrapped in 《》, but may open with a document it names (《政府工作报告》2022年重点工作…分解方案)
    assert not re.fullmatch(r"《[^《》]*》", doc["title"])


def test_the_openings_cover_both_splits_and_many_provinces():
    openings = list(load_openings(ROOT))
    sources = [o.source for o in openings]
    assert len(set(sources)) == len(sources)
    splits = Counter(split_of(s) for s in sources)
    provinces = {o.province for o in openings} - {"全国"}
    assert len(openings) >= 48 and splits["validation"] >= 12
    assert len(provinces) >= 18
    assert any(o.province == "全国" for o in openings)
