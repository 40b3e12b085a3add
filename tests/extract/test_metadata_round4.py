"""Round-4 metadata rules, each from real page openings of at least two documents (dev split of
tests/fixtures/real/openings; the address of each is in its .json and in SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract import extract_text

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


# A page's title field prints the 文号 before the notice's title on one line: the number is no part of the issuer
# (shui5.cn 国办发[2019]24号 国务院办公厅关于印发职业技能提升行动方案…; panjin.gov.cn 盘政办发〔2021〕10号
# 盘锦市人民政府办公室关于 印发加快科技双创孵化载体建设引育科技型中小微企业实施方案的通知).
@pytest.mark.parametrize("name, issuer", [
    ("cn-guoban-zyjnts2019", ["国务院办公厅"]),
    ("ln-panjin-fhzt2021", ["盘锦市人民政府办公室"]),
])
def test_a_number_before_the_notice_title_is_no_issuer(name, issuer):
    document = extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).document
    assert document.issuer == issuer
