"""The supervision loop: report, review, lights, missing reports, 台账, 通报, history, queries, a locked database."""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 21)


def _state(task):
    from kechuang.web.supervision.selectors import plan_states

    return next(s for s in plan_states(task.plan, TODAY) if s.task.id == task.id)


def test_only_approved_reports_count_and_each_unit_has_its_own_light(users, task, report):
    from kechuang.web.supervision.services import ReportInput, report_approve, report_submit

    responsible = users["responsible"].profile.department_id
    lead = users["lead"].profile.department_id
    assert _state(task).light.colour == "red"  # the plan ran to 2025: overdue
    assert _state(task).percent is None  # submitted, not yet approved
    assert _state(task).unit(responsible).status == "待审核"
    report_approve(users["lead"], report)
    assert _state(task).unit(responsible).percent == 40
    done = report_submit(users["responsible"], task, ReportInput(period="2026-10", text="全部完成", percent=100))
    report_approve(users["lead"], done, "同意")
    state = _state(task)
    assert state.unit(responsible).light.colour == "green" and state.unit(responsible).percent == 100
    # The lead never reported: its own light stays red, and so does the task (the worst unit's light).
    assert state.unit(lead).light.colour == "red" and state.light.colour == "red"
    owing = [u for u in state.unit_states if u.role in ("lead", "responsible")]
    assert all(u.light.colour == "red" for u in owing if u.department_id != responsible)
    assert state.percent < 100 and state.approved == 2


def test_approval_by_someone_not_the_lead_is_refused_and_changes_nothing(users, report, as_user):
    from kechuang.web.supervision.models import Report
    from kechuang.web.supervision.services import report_approve

    for who in ("responsible", "bureau", "leader", "other_dept"):
        with pytest.raises(KechuangError) as info:
            report_approve(users[who], report)
        assert info.value.code == "KC-WEB-FORBIDDEN"
    response = as_user(users["responsible"]).post(reverse("kc-report-approve", args=[report.pk]))
    assert response.status_code == 403
    assert Report.objects.get(pk=report.pk).status == "submitted"


def test_a_report_reviewed_twice_is_a_conflict(users, report):
    from kechuang.web.supervision.services import report_approve, report_return

    report_approve(users["lead"], report)
    with pytest.raises(KechuangError) as info:
        report_return(users["lead"], report, "晚了")
    assert info.value.code == "KC-WEB-CONFLICT"


def test_returned_twice_is_red(users, plan):
    from kechuang.web.plans.models import Task
    from kechuang.web.supervision.services import ReportInput, report_return, report_submit

    task = plan.tasks.get(path="五/(一)/1")
    Task.objects.filter(pk=task.pk).update(deadline=date(2027, 12, 31))
    task.refresh_from_db()
    for _ in range(2):
        r = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="进展", percent=95))
        report_return(users["lead"], r, "佐证材料不足")
    state = _state(task)
    unit = state.unit(users["responsible"].profile.department_id)
    assert unit.light.colour == "red" and "退回2次" in unit.light.reason
    assert state.light.colour == "red"  # the task takes its worst unit's light
    # The lead unit's own light does not carry the responsible unit's returns.
    assert "退回" not in state.unit(users["lead"].profile.department_id).light.reason


def test_bad_reports_are_refused_whole(users, task):
    from kechuang.web.supervision.models import Report
    from kechuang.web.supervision.services import Evidence, ReportInput, report_submit

    target = task.targets.first()
    bad = [
        ReportInput(period="2026-13", text="x", percent=1),
        ReportInput(period="2026-11", text=" ", percent=1),
        ReportInput(period="2026-11", text="x", percent=101),
        ReportInput(period="2026-11", text="x", percent="很多"),
        ReportInput(period="2026-11", text="x", percent=5, files=[Evidence("病毒.exe", b"MZ")]),
        ReportInput(period="2026-11", text="x", percent=5, files=[Evidence("空.pdf", b"")]),
    ]
    if target is not None:
        bad.append(ReportInput(period="2026-11", text="x", percent=5, values={target.id: "三十家"}))
    for data in bad:
        with pytest.raises(KechuangError):
            report_submit(users["responsible"], task, data)
    assert Report.objects.count() == 0


def test_report_with_evidence_and_numbers_through_the_page(as_user, users, task, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.supervision.models import Report

    client = as_user(users["responsible"])
    with django_capture_on_commit_callbacks(execute=True):  # the evidence is moved into place on commit
        response = client.post(reverse("kc-report-new", args=[task.pk]), {
            "period": "2026-11", "text": "召开联席会议<script>x</script>", "percent": "30",
            "files": [SimpleUploadedFile("会议纪要.pdf", b"%PDF-1.4 minutes")]})
    assert response.status_code == 302
    report = Report.objects.get()
    attachment = report.attachments.get()
    page = client.get(reverse("kc-task", args=[task.pk])).content.decode("utf-8")
    assert "会议纪要.pdf" in page and "&lt;script&gt;" in page
    download = as_user(users["lead"]).get(reverse("kc-attachment", args=[attachment.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 minutes"
    assert as_user(users["other_dept"]).get(reverse("kc-attachment", args=[attachment.pk])).status_code == 404


def test_missing_reports_become_reminders(users, plan):
    from django.utils import timezone

    from kechuang.web.plans.models import Plan
    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import reminders_issue
    from kechuang.web.supervision.services import ReportInput, report_submit

    issued = reminders_issue(users["bureau"], plan, TODAY)  # confirmed today: no report was due yet
    assert not Reminder.objects.filter(kind=Reminder.REPORT).exists()
    Plan.objects.filter(pk=plan.pk).update(confirmed_at=timezone.make_aware(timezone.datetime(2026, 9, 1)))
    plan.refresh_from_db()
    issued = reminders_issue(users["bureau"], plan, TODAY)
    assert issued.new > 0 and reminders_issue(users["bureau"], plan, TODAY).total == 0  # same day: idempotent
    task = plan.tasks.get(path="五/(一)/1")
    reminder = Reminder.objects.get(task=task, department=users["responsible"].profile.department, kind="report")
    assert reminder.period == "2026-10"
    report_submit(users["responsible"], task, ReportInput(period="2026-10", text="补报", percent=20))
    reminder.refresh_from_db()
    assert reminder.resolved_at is not None


def test_board_filters_and_league(as_user, users, plan):
    client = as_user(users["leader"])
    page = client.get(reverse("kc-board", args=[plan.pk])).content.decode("utf-8")
    assert "部门排名" in page and "灵寿县发展和改革局" in page
    department = users["responsible"].profile.department_id
    filtered = client.get(reverse("kc-board", args=[plan.pk]), {"department": department, "role": "responsible"})
    assert filtered.content.decode("utf-8").count('data-task="') == plan.tasks.filter(
        assignments__department_id=department, assignments__role="responsible").distinct().count()


def test_ledger_has_every_task_and_a_sheet_per_department(as_user, users, plan):
    from openpyxl import load_workbook

    response = as_user(users["leader"]).get(reverse("kc-ledger", args=[plan.pk]))
    wb = load_workbook(io.BytesIO(response.content))
    assert wb["台账"].max_row == plan.tasks.count() + 1
    assert "灵寿县发展和改革局" in wb.sheetnames
    assert wb["台账"]["N2"].value in ("红", "黄", "绿")


def test_bulletin_docx_follows_the_layout(as_user, users, plan):
    from docx import Document

    response = as_user(users["leader"]).get(reverse("kc-bulletin-docx", args=[plan.pk]))
    doc = Document(io.BytesIO(response.content))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0].startswith("关于《灵寿县") and texts[0].endswith("通报")
    assert "一、总体情况" in texts and "(一)加快推进滞后任务" in texts
    assert any(t.startswith("1.") for t in texts)
    assert len(doc.tables) >= 3


def test_bulletin_pdf_renders_chinese_without_tofu(as_user, users, plan, tmp_path):
    """Every character is in the embedded font, and the rendered page carries ink where the title is."""
    from fontTools.ttLib import TTCollection
    from pypdf import PdfReader

    from kechuang.reports.bulletin import cjk_font_path

    pdf = as_user(users["leader"]).get(reverse("kc-bulletin-pdf", args=[plan.pk])).content
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "总体情况" in text and "灵寿县" in text
    cmap = TTCollection(str(cjk_font_path())).fonts[0].getBestCmap()
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
    assert not missing
    assert shutil.which("pdftoppm"), "poppler-utils is installed by make test"
    (tmp_path / "b.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(tmp_path / "b.pdf"),
                    str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.pgm")).read_bytes()
    pixels = image.split(b"\n", 3)[3]
    assert sum(1 for p in pixels if p < 128) > 500  # glyphs drawn, not an empty page


def test_history_on_the_task_page(as_user, users, task, report):
    from kechuang.web.supervision.services import report_return

    report_return(users["lead"], report, "请补充佐证材料")
    page = as_user(users["bureau"]).get(reverse("kc-task", args=[task.pk])).content.decode("utf-8")
    assert "退回" in page and "请补充佐证材料" in page and "lead" in page


def _queries(client, url):
    """Queries of computing the page (the page cache is emptied first; test_pagecache covers hits)."""
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_no_n_plus_one_queries(as_user, users, plan):
    """The number of queries of each page does not grow with the number of tasks and reports."""
    from kechuang.web.supervision.services import ReportInput, report_submit

    leader, lead = as_user(users["leader"]), None
    urls = [reverse("kc-board", args=[plan.pk]), reverse("kc-ledger", args=[plan.pk])]
    before = [_queries(leader, u) for u in urls]
    lead = as_user(users["lead"])
    mine_before = _queries(lead, reverse("kc-my-tasks"))
    for task in plan.tasks.filter(assignments__department=users["lead"].profile.department).distinct()[:10]:
        report_submit(users["lead"], task, ReportInput(period="2026-11", text="进展", percent=10))
    leader = as_user(users["leader"])
    assert [_queries(leader, u) for u in urls] == before
    assert _queries(as_user(users["lead"]), reverse("kc-my-tasks")) == mine_before


@pytest.mark.django_db(transaction=True)
def test_locked_or_stopped_database_gives_a_clear_503_and_saves_nothing(as_user, users, task):
    """SQLite: another process holds the write lock. PostgreSQL: the server stops answering."""
    from kechuang.web.supervision.models import Report

    client = as_user(users["responsible"])
    url = reverse("kc-report-new", args=[task.pk])
    saved = dict(connection.settings_dict)
    vendor = connection.vendor
    connection.close()
    blocker = None
    try:
        if vendor == "sqlite":
            blocker = sqlite3.connect(saved["NAME"], timeout=0.1)
            blocker.execute("BEGIN EXCLUSIVE")
            connection.settings_dict["OPTIONS"] = {**saved["OPTIONS"], "timeout": 0.2}
        else:
            connection.settings_dict.update(HOST="127.0.0.1", PORT="1")  # nothing listens there
        response = client.post(url, {"period": "2026-11", "text": "进展", "percent": "10"})
        health = client.get(reverse("kc-healthz"))
    finally:
        if blocker is not None:
            blocker.rollback()
            blocker.close()
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert health.status_code == (200 if vendor == "sqlite" else 503)  # WAL: SQLite still answers reads
    assert "数据库暂时不可用" in response.content.decode("utf-8")
    assert Report.objects.count() == 0
