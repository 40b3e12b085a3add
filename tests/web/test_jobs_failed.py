"""A failed background job says what did not finish in its own words (方案识别, 台账生成 — never 任务, which is a
plan's task everywhere else), keeps the error's text that names the file, and offers the way to try again: the
upload form after a failed upload, the export's link after a failed export (walk-through of an unseen plan: a
binary renamed .docx)."""

from __future__ import annotations

import pytest
from django.urls import reverse

FAKE = b"PK\x03\x04 not really a zip"


def _section(body: str) -> str:
    return body.split('<section id="job"', 1)[1].split("</section>", 1)[0]


def _failed_upload(users, county):
    from kechuang.errors import KechuangError
    from kechuang.web.jobs.models import Job
    from kechuang.web.plans.services import plan_create

    with pytest.raises(KechuangError) as failure:
        plan_create(users["bureau"], county, data=FAKE, name="fake.docx")
    return Job.objects.create(kind=Job.EXTRACT, user=users["bureau"], region=county, title="fake.docx",
                              status=Job.FAILED, error=failure.value.to_dict())


@pytest.mark.django_db
def test_a_failed_upload_speaks_of_the_extraction_names_the_file_and_offers_the_upload_form(as_user, users, county):
    job = _failed_upload(users, county)
    page = as_user(users["bureau"]).get(reverse("kc-job", args=[job.pk]))
    assert page.status_code == 200
    section = _section(page.content.decode())
    assert "任务" not in section  # 任务 is a plan's task
    assert "方案识别未能完成" in section and "未能识别《fake.docx》" in section
    assert 'id="job-error"' in section and "fake.docx:" in section.split('id="job-error"', 1)[1]
    retry = section.split('id="job-retry"', 1)[1]
    assert retry.startswith(">")  # shown, not hidden
    assert f'action="{reverse("kc-plans")}"' in retry and 'name="document"' in retry and 'name="text"' in retry
    assert "重新上传方案" in retry


@pytest.mark.django_db
def test_the_upload_form_on_a_failed_upload_page_takes_a_new_file(as_user, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.plans.models import Plan
    from tests.web.conftest import LINGSHOU

    job = _failed_upload(users, county)
    bureau = as_user(users["bureau"])
    assert "上传并抽取" in bureau.get(reverse("kc-job", args=[job.pk])).content.decode()
    upload = SimpleUploadedFile("灵寿.txt", LINGSHOU.read_bytes())
    response = bureau.post(reverse("kc-plans"), {"document": upload})
    assert response.status_code == 302 and Plan.objects.count() == 1


@pytest.mark.django_db
def test_a_waiting_job_keeps_the_retry_hidden_and_an_extraction_is_called_识别(as_user, users, county):
    from kechuang.web.jobs.models import Job

    job = Job.objects.create(kind=Job.EXTRACT, user=users["bureau"], region=county, title="a.docx",
                             status=Job.RUNNING)
    bureau = as_user(users["bureau"])
    section = _section(bureau.get(reverse("kc-job", args=[job.pk])).content.decode())
    assert '<div id="job-retry" hidden>' in section and '<div id="job-error" class="error" role="alert" hidden>' in section
    assert 'data-failed-message="方案识别未能完成。' in section and "任务" not in section
    status = bureau.get(reverse("kc-job-status", args=[job.pk])).json()
    assert status["status_name"] == "正在识别"  # nothing is 生成 by an upload


@pytest.mark.django_db
def test_a_failed_export_names_the_export_and_links_to_generate_it_again(as_user, users, plan):
    from kechuang.errors import KechuangError
    from kechuang.web.jobs.models import Job

    error = KechuangError("KC-JOB-FAILED", "生成台账时出错,未能完成。请稍后重试;如仍失败,请联系管理员")
    job = Job.objects.create(kind=Job.LEDGER, user=users["leader"], region=plan.region, plan=plan, title=plan.title,
                             status=Job.FAILED, error=error.to_dict(), filters={"role": "lead"}, key="k")
    section = _section(as_user(users["leader"]).get(reverse("kc-job", args=[job.pk])).content.decode())
    assert "任务未能完成" not in section and "台账生成未能完成" in section and "生成台账时出错" in section
    link = reverse("kc-ledger", args=[plan.pk]) + "?role=lead"
    assert f'<a href="{link}" id="job-retry-link">重新生成台账</a>' in section
    assert 'id="upload"' not in section  # no upload form on an export
