"""Old Word (.doc/.wps) and RTF files: read through LibreOffice's conversion to .docx, with the numbering and
tables a Word file has; bad files refused in bounded time with a Chinese message naming the file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.text import legacy
from kechuang.text.load import load_bytes
from tests.text.docs_builders import build_docx, build_legacy, lines_html
from tests.text.test_rev55_legacy_process import live_in_group, recorded_conversions

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
TASKS = [["序号", "重点任务", "牵头单位", "配合单位"],
         ["1", "培育科技型中小企业100家", "县科技局", "县财政局、县工信局"],
         ["2", "新建省级研发平台3个", "县发改局", "县科技局"]]


def _facts(plan) -> tuple:
    return (plan.document.title, [(h.path, h.title) for h in plan.headings],
            sorted((a.role, a.unit) for a in plan.assignments),
            sorted((t.value, t.unit or "", t.year or 0) for t in plan.targets))


@pytest.fixture(scope="module")
def seed_doc() -> tuple[str, bytes]:
    text = (SEEDS / "004_7b7a246dc7d2ef96.txt").read_text("utf-8")
    return text, build_legacy(lines_html(text.splitlines()), "doc")


def test_a_seed_plan_saved_as_doc_reads_as_its_text(seed_doc):
    text, data = seed_doc
    assert data.startswith(b"\xd0\xcf\x11\xe0")  # the OLE2 container of Word 97–2003
    from_doc, from_text = extract_plan(data, name="方案.doc"), extract_plan(text)
    assert from_doc.targets and from_doc.assignments and from_doc.headings
    assert _facts(from_doc) == _facts(from_text)


def test_a_wps_file_in_the_word_binary_format_reads_as_doc(seed_doc):
    text, data = seed_doc
    assert _facts(extract_plan(data, name="方案.wps")) == _facts(extract_plan(text))


def test_doc_numbering_and_task_tables_read_as_in_a_docx():
    html = lines_html(["某县科技创新行动方案", "一、重点任务"], table=TASKS, ordered=["加强平台建设", "壮大人才队伍"])
    doc = load_bytes(build_legacy(html, "doc"), "方案.doc")
    assert doc.format == "doc"
    lines = doc.text.split("\n")
    assert "1.加强平台建设" in [line.replace(" ", "") for line in lines]  # Word's list numbering materialised
    units = sorted((a.role, a.unit) for a in extract_plan(build_legacy(html, "doc"), name="方案.doc").assignments)
    docx = build_docx([(None, "某县科技创新行动方案"), (None, "一、重点任务")], table=TASKS)
    assert units == sorted((a.role, a.unit) for a in extract_plan(docx, name="方案.docx").assignments)
    assert ("lead", "县科技局") in units and ("cooperating", "县工信局") in units


def test_rtf_reads_like_the_same_text_in_word():
    html = lines_html(["到2025年,全县高新技术企业达到50家。(牵头单位:县科技局;配合单位:县财政局)"])
    rtf = build_legacy(html, "rtf")
    assert rtf.startswith(b"{\\rtf")
    assert _facts(extract_plan(rtf, name="方案.rtf")) == _facts(extract_plan(build_legacy(html, "doc"), name="a.doc"))
    assert [t.value for t in extract_plan(rtf, name="方案.rtf").targets] == [50]


@pytest.mark.parametrize("data", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                                  b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(40_000)],
                         ids=["zeros", "random"])
def test_a_broken_doc_gets_a_chinese_error_naming_it(data):
    start = time.monotonic()
    with pytest.raises(KechuangError) as err:
        load_bytes(data, "旧方案.doc")
    assert err.value.code == "KC-TEXT-DOC" and err.value.context["file"] == "旧方案.doc"
    assert "另存为 .docx" in err.value.message_zh
    assert time.monotonic() - start < legacy.TIMEOUT


def test_a_conversion_that_overruns_is_killed_with_its_children(seed_doc, monkeypatch):
    _, data = seed_doc
    started = recorded_conversions(monkeypatch)
    with pytest.raises(KechuangError) as err:
        legacy.legacy_to_text(data, "doc", "慢.doc", timeout=0.05)
    assert err.value.code == "KC-TEXT-DOC" and "未能读完" in err.value.message_zh
    # nothing of this conversion left running (its own group: the machine's other conversions are not its own)
    time.sleep(0.2)  # (SIGKILL is at once; an unkilled conversion of the seed would still be converting)
    assert not live_in_group(started[0].pid)


def test_without_libreoffice_the_clerk_is_told_what_to_do(monkeypatch, seed_doc):
    monkeypatch.setenv("KECHUANG_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(KechuangError) as err:
        load_bytes(seed_doc[1], "方案.doc")
    assert err.value.code == "KC-TEXT-DOC" and "另存为 .docx" in err.value.message_zh
    assert "LibreOffice" in err.value.message_zh


def test_a_doc_named_file_that_is_not_word_is_called_damaged():
    with pytest.raises(KechuangError) as err:
        load_bytes(b"\x00\x01garbage" * 50, "方案.doc")
    assert err.value.code == "KC-TEXT-FORMAT" and "扩展名是 .doc" in err.value.message_zh

