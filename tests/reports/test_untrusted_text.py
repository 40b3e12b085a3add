"""Text from users in every file we write: formula-like text stays text, control characters and lone
surrogates are dropped (no IllegalCharacterError, no ValueError from lxml), numbers stay numbers."""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from kechuang.extract import extract_text
from kechuang.reports.bulletin import bulletin_docx, bulletin_pdf
from kechuang.reports.cells import xml_text
from kechuang.reports.ledger import ledger_xlsx
from kechuang.reports.supervision import DepartmentRow, Supervision, TaskRow
from kechuang.reports.xlsx import write_xlsx

HOSTILE = ['=HYPERLINK("http://evil.example","点击")', "+1", "-1+2", "@SUM(A1:A9)", "#N/A", "进展\x07顺利",
           "空\x00字符", "半个\ud800代理", "=1+1"]
CLEAN = [xml_text(s) for s in HOSTILE]


def _cells(data_or_path) -> list:
    wb = load_workbook(io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]


def _assert_all_text(cells, expected: list[str]) -> None:
    assert not [c.coordinate for c in cells if c.data_type in ("f", "e")]
    values = {c.value for c in cells}
    for text in expected:
        assert text in values, text
    for c in cells:
        if isinstance(c.value, str) and c.value.startswith("="):
            assert c.data_type == "s" and c.quotePrefix  # Excel keeps it text even after an edit


def test_cleaning_keeps_the_rest():
    assert CLEAN[5:8] == ["进展顺利", "空字符", "半个代理"]
    assert xml_text("第一行\n\t第二行\r") == "第一行\n\t第二行\r"


def _supervision() -> Supervision:
    tasks = [TaskRow(path=f"一/{i}", title=text, lead=[HOSTILE[(i + 1) % len(HOSTILE)]], responsible=["县科技局"],
                     cooperating=[], deadline=date(2026, 12, 31), cycle="每月", targets=[text],
                     percent=40, latest_period="2026-11", latest_text=text, light="红" if i % 2 else "黄",
                     reason=text, approved_reports=1, missing=[HOSTILE[i]])
             for i, text in enumerate(HOSTILE)]
    departments = [DepartmentRow(name=text, tasks=1, green=0, yellow=1, red=0, missing=1) for text in HOSTILE]
    return Supervision(plan_title="=计划\x07\ud800", region="灵寿县", as_of=date(2026, 11, 21), period_label="2026年11月",
                       tasks=tasks, departments=departments, issuer="@科技局\ud800")


def test_ledger_cells_are_text_and_numbers_stay_numbers():
    cells = _cells(ledger_xlsx(_supervision()))
    _assert_all_text(cells, CLEAN)
    assert {c.value for c in cells if c.column_letter == "J" and c.row > 1} == {40}  # 最新进度(%)


def test_bulletin_docx_and_pdf_render_the_same_text():
    data = _supervision()
    doc = Document(io.BytesIO(bulletin_docx(data)))
    texts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    for text in CLEAN:
        assert text in texts, text
    assert texts[0] == "关于《=计划》任务推进情况的通报"
    assert "@科技局" in texts
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(bulletin_pdf(data))).pages)
    for text in ("进展顺利", "空字符", "半个代理", "=1+1", "@SUM(A1:A9)"):
        assert text in pdf, text


def test_task_breakdown_xlsx(tmp_path):
    plan = extract_text("某县科技创新方案\n一、主要目标\n到2025年,高新技术企业达到30家。(牵头单位:县科技局)")
    plan.document.title = HOSTILE[0]
    plan.document.issuer = [HOSTILE[7]]
    plan.assignments[0].unit, plan.assignments[0].canonical = HOSTILE[5], HOSTILE[3]
    plan.targets[0].quote, plan.targets[0].unit = HOSTILE[2], HOSTILE[6]
    plan.warnings.append(HOSTILE[1])
    write_xlsx(plan, tmp_path / "p.xlsx")
    cells = _cells(tmp_path / "p.xlsx")
    _assert_all_text(cells, [CLEAN[i] for i in (0, 1, 2, 3, 5, 6, 7)])
    assert 30 in {c.value for c in cells}


def test_evaluation_workbook(tmp_path):
    from kechuang.evaluation import evaluate
    from kechuang.evaluation.report import write_xlsx as write_evaluation
    from kechuang.indicators.panel import load_panel
    from tests.evaluation.test_engine import DATA, fw, write

    data = DATA.replace("甲", "=1+1").replace("乙", "@SUM(A1)").replace("丙", "进展\x07顺利")
    write_evaluation(evaluate(load_panel(write(tmp_path, data)), fw()), tmp_path / "e.xlsx")
    _assert_all_text(_cells(tmp_path / "e.xlsx"), ["=1+1", "@SUM(A1)", "进展顺利"])


def test_observation_template(tmp_path):
    from kechuang.indicators.catalog import load_catalog
    from kechuang.indicators.template import write_template

    path = write_template(tmp_path / "t.xlsx", load_catalog(), ["=cmd|' /C calc'!A0", "-灵寿县\x0b"], [2023])
    cells = _cells(path)
    _assert_all_text(cells, ["=cmd|' /C calc'!A0", "-灵寿县"])
    assert 2023 in {c.value for c in cells}


def test_monitoring_workbook(tmp_path):
    import json

    from kechuang.cli import main
    from tests.cli.test_evaluation_cli import COUNTIES
    from tests.conftest import SEEDS

    seed = next(s for s in SEEDS if s.name.startswith("003"))
    assert main(["extract", str(seed), "-o", str(tmp_path), "--format", "json", "-q"]) == 0
    path = tmp_path / f"{seed.stem}.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["targets"][0]["indicator"] = "=HYPERLINK(\"x\")\x07"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    out = tmp_path / "m.xlsx"
    assert main(["monitor", str(path), str(COUNTIES), "--region", "示例县01", "-o", str(out)]) == 0
    _assert_all_text(_cells(out), ["=HYPERLINK(\"x\")"])
