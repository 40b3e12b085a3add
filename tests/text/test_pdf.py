"""PDF with a text layer: rejoined lines, no page headers or numbers; scanned PDFs get advice."""

from __future__ import annotations

import pytest

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes
from tests.text.docs_builders import build_blank_pdf, build_pdf

PAGES = [
    ["临泽县科技创新三年行动计划", "一、主要目标", "到2025年,全县高新技术企业达到30家,科技型中小企业达到",
     "100家,技术合同成交额达到2亿元。", "二、重点任务",
     "(一)培育创新主体。实施高新技术企业倍增计划,建立后备培育库,",
     "做好申报辅导。(牵头单位:县科技局;责任单位:县财政局)"],
    ["(二)建设创新平台。新建省级以上研发平台5个。(牵头单位:县", "发改局;责任单位:县工信局)", "三、保障措施"],
    ["(一)加强组织领导。"],
]


def test_pdf_lines_rejoined_and_page_furniture_dropped():
    doc = load_bytes(build_pdf(PAGES, header="临泽县人民政府文件"), "plan.pdf")
    assert "- 1 -" not in doc.text and "临泽县人民政府文件" not in doc.text
    assert "科技型中小企业达到100家" in doc.text
    assert "建立后备培育库,做好申报辅导" in doc.text


def test_pdf_extracts_to_a_plan():
    plan = extract_plan(build_pdf(PAGES, header="临泽县人民政府文件"), name="plan.pdf")
    assert [h.path for h in plan.headings] == ["一", "二", "二/(一)", "二/(二)", "三", "三/(一)"]
    assert [(t.value, t.unit) for t in plan.targets] == [(30, "家"), (100, "家"), (2, "亿元"), (5, "个")]
    assert ("二/(二)", "lead", "县发改局") in {(a.path, a.role, a.unit) for a in plan.assignments}


def test_pdf_without_text_layer_gets_ocr_advice():
    with pytest.raises(KechuangError) as err:
        load_bytes(build_blank_pdf(), "scan.pdf")
    assert err.value.code == "KC-TEXT-PDF-NOTEXT" and "OCR" in err.value.message_zh


def test_corrupt_pdf():
    with pytest.raises(KechuangError) as err:
        load_bytes(b"%PDF-1.4\n" + b"garbage" * 100, "bad.pdf")
    assert err.value.code.startswith("KC-TEXT-PDF")
