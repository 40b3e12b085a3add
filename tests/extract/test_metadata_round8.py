"""Round-8 document rules, from the dev split of tests/fixtures/real/openings and held-out openings gathered by search
(tests/fixtures/heldout/openings.yaml): a signature's layout (the signer and its date on one line), the one body a
notice's title and its signature name in two forms, and a page's fields read whatever the script of the page."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.fields import ISSUER_FIELD, field_rows, field_value
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OPENINGS = FIXTURES / "real" / "openings"
HELD_OUT = yaml.safe_load((FIXTURES / "heldout" / "openings.yaml").read_text("utf-8"))


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


# A page's fields read in simplified characters without a mirror's readings, values as printed (held out:
# goodshops.com.cn 發(fā)布機(jī)構(gòu): 宣州區(qū)科技局, 名稱: …, 生成日期: …); a label alone on its line takes the line
# below as its value (gov.cn's template, five State Council pages of the dev split: 发文机关： / 国务院办公厅).
def test_fields_read_in_simplified_characters_and_labels_over_their_values():
    case = next(c for c in HELD_OUT if c["address"].startswith("http://goodshops.com.cn/"))
    doc = extract_text(case["text"]).document
    assert (doc.title, doc.issuer, doc.date) == ("宣州區(qū)科技局政府信息公開統(tǒng)計制度", ["宣州區(qū)科技局"], "2024-04-05")
    lines = split_lines(normalise((OPENINGS / "cn-guoban-tyjsby2018.txt").read_text("utf-8")))
    rows = field_rows(lines[:60])
    assert field_value(rows, ISSUER_FIELD) == "国务院办公厅"
    assert any(printed.startswith("成文日期") and printed.endswith("2018年12月11日") for _, printed, _ in rows)


# A stamp later than the year of the 文号 is no signature date (a mirror's 時間:2024-01-10 over 武政辦〔2023〕1號, now
# that its traditional label is read), nor is an archiving stamp (歸檔時間, held out: moonvisionstudio.com).
def test_later_and_archiving_stamps_are_no_date():
    assert _document("hb-wuhan-zrfjfa2023").date is None
    case = next(c for c in HELD_OUT if "moonvisionstudio" in c["address"])
    assert extract_text(case["text"]).document.date == "2021-08-26"
