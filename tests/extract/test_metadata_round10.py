"""Round-10 document rules, each a layout of real pages (dev split of tests/fixtures/real/openings; addresses in each
.json and in SOURCES.md), checked on held-out openings (tests/fixtures/heldout/openings.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

from kechuang.extract import extract_text

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


def _document(name: str) -> dict:
    return json.loads(extract_text((OPENINGS / f"{name}.txt").read_text("utf-8")).to_json(include_text=False))[
        "document"]


def _gold(name: str) -> dict:
    return json.loads((OPENINGS / f"{name}.json").read_text("utf-8"))["document"]


# A page's opening cut before the plan's first numbered heading: the paragraph under the plan's title is its preamble,
# whose 为贯彻落实《A》(…)、《B》(…)、《C》 names the basis as it would with a heading below (law-library reprint of
# 穗府办[2016]29号, 广州 2016 科学素质; scored before the rule, fresh dev text of ext-corpus10).
def test_the_paragraph_under_the_title_is_the_preamble_when_no_heading_follows():
    assert _document("gd-guangzhou-kxsz2016")["basis"] == _gold("gd-guangzhou-kxsz2016")["basis"]


# A page in traditional characters prints its title field letter-spaced and glued to the notice's title once the
# space is gone (標 題 市政府辦公室關于印發…, 連云港 2015): the field is read in simplified characters, as the other
# fields are, and its label is no part of the issuer.
def test_a_title_field_in_traditional_characters():
    assert _document("js-lianyungang-nykjyq2015")["issuer"] == ["連云港市人民政府辦公室"]
