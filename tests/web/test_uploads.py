"""Uploads appear only when their transaction commits; a failed or killed upload leaves nothing the cleanup misses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def _files(root: Path, under: str) -> list[Path]:
    return sorted(p for p in (root / under).rglob("*") if p.is_file()) if (root / under).exists() else []


def _report(user, task, files, period="2026-11"):
    from kechuang.web.supervision.services import Evidence, ReportInput, report_submit

    return report_submit(user, task, ReportInput(period=period, text="已召开推进会", percent=40,
                                                 files=[Evidence(n, d) for n, d in files]))


def test_evidence_is_in_place_only_after_the_commit(users, task, media, django_capture_on_commit_callbacks):
    before = _files(media, "tmp")  # the fixtures' plan document: the test's transaction never commits
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = _report(users["responsible"], task, [("纪要.pdf", b"%PDF-1 a"), ("纪要.pdf", b"%PDF-1 b")])
        first, second = report.attachments.order_by("id")
        assert _files(media, "evidence") == [] and len(_files(media, "tmp")) == len(before) + 2  # not in place yet
    for callback in callbacks:
        callback()
    assert Path(first.file.path).read_bytes() == b"%PDF-1 a" and Path(second.file.path).read_bytes() == b"%PDF-1 b"
    assert first.file.name != second.file.name and first.file.name.startswith("evidence/")
    assert _files(media, "tmp") == before


def test_a_report_that_fails_after_writing_its_files_leaves_none(users, task, media, monkeypatch):
    from kechuang.web.supervision import services
    from kechuang.web.supervision.models import Attachment, Report

    def broken(*args, **kwargs):
        raise RuntimeError("the history could not be written")

    before = _files(media, "tmp")  # the fixtures' plan document
    monkeypatch.setattr(services, "change_record", broken)  # fails after the attachments were staged
    with pytest.raises(RuntimeError):
        _report(users["responsible"], task, [("纪要.pdf", b"%PDF-1 minutes"), ("照片.jpg", b"\xff\xd8")])
    assert Report.objects.count() == 0 and Attachment.objects.count() == 0
    assert _files(media, "evidence") == [] and _files(media, "tmp") == before


def test_a_plan_that_fails_after_writing_its_document_leaves_none(users, county, media, monkeypatch):
    from kechuang.web.plans import services
    from kechuang.web.plans.models import Plan

    def broken(*args, **kwargs):
        raise RuntimeError("tasks could not be created")

    monkeypatch.setattr(services, "_create_tasks", broken)
    with pytest.raises(RuntimeError):
        services.plan_create(users["bureau"], county, text="灵寿县测试方案\n一、重点任务\n(一)建设平台。", name="测试.txt")
    assert Plan.objects.count() == 0
    assert _files(media, "plans") == [] and _files(media, "tmp") == []


KILLED_MID_UPLOAD = """
import os, signal, django
django.setup()
from django.db import transaction
from kechuang.web import uploads
from kechuang.web.supervision.models import Attachment
with uploads.staging(), transaction.atomic():
    attachment = Attachment(name="纪要.pdf", size=8)
    uploads.stage(attachment.file, "1-纪要.pdf", b"%PDF-1 x")
    print(attachment.file.name, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 before the commit
"""


def test_a_process_killed_mid_upload_leaves_a_temporary_file_the_cleanup_removes(tmp_path, media):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KECHUANG_", "DJANGO_"))}
    done = subprocess.run([sys.executable, "-c", KILLED_MID_UPLOAD], capture_output=True, text=True, timeout=60,
                          env={**clean, "DJANGO_SETTINGS_MODULE": "kechuang.web.settings",
                               "KECHUANG_DATA_DIR": str(tmp_path / "data"), "KECHUANG_MEDIA_DIR": str(media)})
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.startswith("evidence/")
    assert _files(media, "evidence") == [] and len(_files(media, "tmp")) == 1  # the orphan the audit found
    call_command("cleanup_uploads", "--older-than-hours", "1")
    assert len(_files(media, "tmp")) == 1  # may still be in flight: too recent to remove
    call_command("cleanup_uploads", "--older-than-hours", "0")
    assert _files(media, "tmp") == []


def _age(path: Path, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


def test_cleanup_removes_orphans_recovers_committed_files_and_keeps_referenced_ones(
        users, task, media, capsys, django_capture_on_commit_callbacks):
    from kechuang.web.plans.models import Plan

    with django_capture_on_commit_callbacks(execute=True):
        kept = _report(users["responsible"], task, [("纪要.pdf", b"%PDF-1 kept")]).attachments.get()
    with django_capture_on_commit_callbacks(execute=False):  # committed, then killed before the move
        stranded = _report(users["responsible"], task, [("照片.jpg", b"\xff\xd8 photo")], "2026-12").attachments.get()
    orphan = media / "evidence" / "2025" / "01" / "9-旧文件.pdf"  # its row was deleted
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"%PDF-1 old")
    leftover, fresh = media / "tmp" / ("0" * 40), media / "tmp" / ("1" * 40)
    leftover.write_bytes(b"half an upload")
    fresh.write_bytes(b"an upload in flight")
    for path in (orphan, leftover, Path(kept.file.path)):
        _age(path, 48)
    plans_before = {p.document.name for p in Plan.objects.all()}

    call_command("cleanup_uploads", "--dry-run")
    assert orphan.exists() and leftover.exists() and not Path(stranded.file.path).exists()
    assert f"将删除 {orphan}" in capsys.readouterr().out

    call_command("cleanup_uploads")  # 24 hours
    out = capsys.readouterr().out
    assert Path(kept.file.path).read_bytes() == b"%PDF-1 kept"  # named by a row: never removed, however old
    assert Path(stranded.file.path).read_bytes() == b"\xff\xd8 photo"  # moved into place, not removed
    assert not orphan.exists() and not leftover.exists() and fresh.exists()
    assert "1 个未完成的上传、1 个无引用的文件" in out, out
    call_command("cleanup_uploads", "--older-than-hours", "0")
    assert not fresh.exists() and Path(kept.file.path).exists() and Path(stranded.file.path).exists()
    assert {p.document.name for p in Plan.objects.all()} == plans_before
    for plan in Plan.objects.exclude(document=""):
        assert Path(plan.document.path).is_file()  # the fixtures' plans, committed but never moved: recovered


def test_cleanup_refuses_a_negative_age():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="older-than-hours"):
        call_command("cleanup_uploads", "--older-than-hours", "-1")
