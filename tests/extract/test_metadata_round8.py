"""Round-8 document rules, from the dev split of tests/fixtures/real/openings: a signature's layout (the signer and its
date on one line) and the one body a notice's title and its signature name in two forms."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract import extract_text

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _document(name: str):
    return extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document


# The signer and its date on one line, the page's line break lost (Guangdong 2021: 省政府办公厅2021年6月10日; 蒙城
# 2023 with spaces: 蒙城县人民政府办公室 2023 年 2 月 3 日): a signature like the two-line one.
def test_a_signature_on_one_line():
    doc = _document("gd-guangdong-xczxgzyd2021")
    assert (doc.issuer, doc.date) == (["省政府办公厅"], "2021-06-10")
    doc = _document("ah-mengcheng-kjcgzh2023")
    assert (doc.issuer, doc.date) == (["蒙城县人民政府办公室"], "2023-02-03")


# The notice's title names the signer in full, the signature in its own form (廣東省人民政府辦公廳 / 省政府辦公廳,
# Guangdong 2020; 溫州市政府辦公室 / 溫州市人民政府辦公室, Wenzhou 2006): one issuer, as signed; the region is the
# full name's.
def test_one_body_in_two_forms_is_one_issuer():
    doc = _document("gd-guangdong-xczxgzyd2020")
    assert (doc.issuer, doc.region) == (["省政府辦公廳"], "廣東省")
    assert _document("zj-wenzhou-jyqs2006").issuer == ["中共溫州市委辦公室", "溫州市人民政府辦公室"]
    assert _document("gd-guangdong-xczxgzyd2021").region == "广东省"
