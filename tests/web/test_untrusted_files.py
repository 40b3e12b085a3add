"""Hostile text in reports and tasks, and decompression bombs uploaded as plans, through the web."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_control_character_and_formula_do_not_break_the_exports(as_user, users, task):
    from openpyxl import load_workbook

    from kechuang.web.supervision.services import ReportInput, report_approve, report_submit

    task.title = "=1+1"
    task.save()
    report = report_submit(users["responsible"], task, ReportInput(period="2026-11", text="已召开\x07推进会", percent=40))
    report_approve(users["lead"], report)
    client = as_user(users["leader"])
    responses = {name: client.get(reverse(name, args=[task.plan_id]))
                 for name in ("kc-ledger", "kc-bulletin-docx", "kc-bulletin-pdf")}
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(responses, 200)
    sheet = load_workbook(io.BytesIO(responses["kc-ledger"].content))["台账"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == task.path)
    assert (row[2].value, row[2].data_type) == ("=1+1", "s")
    units = load_workbook(io.BytesIO(responses["kc-ledger"].content))["单位进展"]
    mine = next(r for r in units.iter_rows(min_row=2) if r[0].value == task.path and r[3].value == "灵寿县委组织部")
    assert row[11].value == "已召开推进会" and mine[7].value == 40  # the unit's own approved progress


def test_a_zip_bomb_uploaded_as_a_plan_is_refused(as_user, users, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.plans.models import Plan
    from tests.text.test_bombs import _spaces_zip

    settings.MAX_INFLATED_BYTES = 20 * 1024 * 1024
    bomb = _spaces_zip(30 * 1024 * 1024, photo=1024 * 1024)  # a ratio of 30: refused for the setting alone
    response = as_user(users["bureau"]).post(reverse("kc-plans"), {"document": SimpleUploadedFile("炸弹.docx", bomb)})
    body = response.content.decode("utf-8")
    assert response.status_code == 413 and "炸弹.docx" in body and "压缩炸弹" in body and "20 MB" in body
    assert Plan.objects.count() == 0
