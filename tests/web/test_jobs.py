"""Background jobs on the real queue: a huey consumer thread on settings.HUEY (SQLite in the data directory, or
Redis when KECHUANG_REDIS_URL is set) runs them. Cold exports answer at once (202) and are built once per key;
failures keep their Chinese message; a job is seen only by its user and the plan's viewers."""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from tests.web.conftest import LINGSHOU

DEADLINE = 60.0  # seconds a test waits for a job (a 台账 takes well under one)


@contextlib.contextmanager
def consumer(huey):
    """A real consumer (one worker thread) on the queue; the signal handlers it sets are put back after."""
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    running = huey.create_consumer(workers=1, worker_type="thread", periodic=False, initial_delay=0.05,
                                   max_delay=0.2, check_worker_health=False)
    running.start()
    try:
        yield running
    finally:
        running.stop(graceful=True)
        for number, handler in handlers.items():
            signal.signal(number, handler)


def _state(client, job_id):
    response = client.get(reverse("kc-job-status", args=[job_id]), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    return response.json()


def _wait(client, job_id, until=("done", "failed")):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        state = _state(client, job_id)
        if state["status"] in until:
            return state
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} still {state['status']} after {DEADLINE} s")


def _scripts(page: str) -> list[str]:
    return [chunk.split(">", 1)[0] for chunk in page.split("<script")[1:]]


@pytest.mark.django_db(transaction=True)
def test_a_cold_ledger_is_queued_built_by_the_worker_and_then_downloaded(queue, as_user, users, plan):
    from kechuang.web.jobs.models import Job

    leader = as_user(users["leader"])
    url = reverse("kc-ledger", args=[plan.pk])
    started = time.monotonic()
    waiting = leader.get(url)
    assert time.monotonic() - started < 1.0  # the request does not wait for the 台账
    assert waiting.status_code == 202
    page = waiting.content.decode()
    assert f"正在生成《{plan.title}》台账,完成后自动下载" in page
    assert ' src="/static/kechuang/job.js"' in _scripts(page)  # polling from a static file, no inline script
    job = Job.objects.get()
    assert f'data-status-url="{reverse("kc-job-status", args=[job.pk])}"' in page
    assert job.status == Job.QUEUED and queue.pending_count() == 1
    with consumer(queue):
        state = _wait(leader, job.pk)
    assert state["status"] == "done" and state["error"] is None
    download = leader.get(url)
    assert download.status_code == 200
    assert download["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert download.content[:2] == b"PK"
    assert leader.get(state["url"]).content == download.content  # the job page serves the same file
    assert Job.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_twenty_clients_asking_for_one_cold_ledger_make_one_job(queue, users, plan):
    from kechuang.web.jobs.models import Job

    url = reverse("kc-ledger", args=[plan.pk])
    clients = []
    for who in ["leader", "bureau"] * 10:
        client = Client()
        client.force_login(users[who])
        clients.append(client)
    statuses, ids = [], []
    barrier = threading.Barrier(len(clients))

    def ask(client):
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            response = client.get(url, HTTP_ACCEPT="application/json")
            statuses.append(response.status_code)
            ids.append(response.json()["job"])
        finally:
            connections.close_all()  # this thread's connection (PostgreSQL drops the test database at the end)

    threads = [threading.Thread(target=ask, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert statuses == [202] * 20
    assert len(set(ids)) == 1 and Job.objects.count() == 1
    assert queue.pending_count() == 1


@pytest.mark.django_db
def test_an_api_client_gets_202_with_the_job_and_its_status_url(queue, client, users, plan):
    client.force_login(users["bureau"])
    response = client.get(reverse("kc-bulletin-docx", args=[plan.pk]), HTTP_ACCEPT="application/json")
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued" and body["status_url"] == reverse("kc-job-status", args=[body["job"]])
    assert _state(client, body["job"])["status_name"] == "排队中"


@pytest.mark.django_db(transaction=True)
def test_a_failed_export_shows_its_chinese_message_and_stops_polling(queue, as_user, users, plan):
    from kechuang.web.plans.models import Plan

    leader = as_user(users["leader"])
    job_id = leader.get(reverse("kc-ledger", args=[plan.pk]), HTTP_ACCEPT="application/json").json()["job"]
    Plan.objects.filter(pk=plan.pk).update(status=Plan.SUPERSEDED)  # a revision replaced it meanwhile
    with consumer(queue):
        state = _wait(leader, job_id)
    assert state["status"] == "failed" and state["url"] is None
    assert "不再处于已确认状态" in state["error"]["text"]
    page = leader.get(reverse("kc-job", args=[job_id]))
    body = page.content.decode()
    assert page.status_code == 200 and 'data-status="failed"' in body
    assert "不再处于已确认状态" in body and "Traceback" not in body


@pytest.mark.django_db(transaction=True)
def test_a_docx_upload_is_extracted_by_the_worker_then_opens_the_review_page(queue, as_user, users):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.jobs.models import Job
    from kechuang.web.plans.models import Plan
    from tests.web.test_plans import _docx

    bureau = as_user(users["bureau"])
    upload = SimpleUploadedFile("灵寿.docx", _docx(LINGSHOU.read_text("utf-8")))
    response = bureau.post(reverse("kc-plans"), {"document": upload})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("kc-job", args=[job.pk])
    assert "正在识别《灵寿.docx》,完成后自动打开审核页面" in bureau.get(response["Location"]).content.decode()
    with consumer(queue):
        state = _wait(bureau, job.pk)
    plan = Plan.objects.get()
    assert state["status"] == "done"
    assert bureau.get(state["url"])["Location"] == reverse("kc-plan", args=[plan.pk]) + "?uploaded=1"
    assert plan.title.startswith("灵寿县县域科技创新跃升计划工作方案") and plan.tasks.count() >= 20
    # the review page says what was extracted, as after an upload read within the request (it said nothing)
    review = bureau.get(reverse("kc-plan", args=[plan.pk]) + "?uploaded=1").content.decode()
    assert f"已上传“灵寿.docx”并抽取出 {plan.tasks.count()} 项任务" in review
    assert not Path(job.upload).exists()  # the kept upload is removed once extracted


def _old_word(lines: list[str]) -> bytes:
    from tests.text.docs_builders import build_legacy, lines_html

    return build_legacy(lines_html(lines), "doc")


def _ofd(lines: list[str]) -> bytes:
    from tests.text.docs_builders import build_ofd

    lines = [line for line in lines if line.strip()]
    return build_ofd([lines[i:i + 20] for i in range(0, len(lines), 20)])  # (20 lines fit an A4 page)


@pytest.mark.parametrize(("name", "build"), [("灵寿.doc", _old_word), ("灵寿.ofd", _ofd)], ids=["doc", "ofd"])
@pytest.mark.django_db(transaction=True)
def test_an_old_word_or_ofd_upload_is_extracted_by_the_worker(queue, as_user, users, name, build):
    """A .doc downloaded from a county site (LibreOffice converts it in the worker) or an OFD (GB/T 33190, read as a
    PDF is: tests/text/test_ofd.py): the worker extracts it and the review page opens."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.jobs.models import Job
    from kechuang.web.plans.models import Plan

    bureau = as_user(users["bureau"])
    data = build(LINGSHOU.read_text("utf-8").splitlines())
    response = bureau.post(reverse("kc-plans"), {"document": SimpleUploadedFile(name, data)})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("kc-job", args=[job.pk])
    with consumer(queue):
        state = _wait(bureau, job.pk)
    plan = Plan.objects.get()
    assert state["status"] == "done"
    assert plan.title.startswith("灵寿县县域科技创新跃升计划工作方案") and plan.tasks.count() >= 20


@pytest.mark.django_db(transaction=True)
def test_a_bad_upload_fails_in_the_worker_with_the_message_of_the_request(queue, as_user, users, county):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.errors import KechuangError
    from kechuang.web.plans.models import Plan
    from kechuang.web.plans.services import plan_create

    data = b"PK\x03\x04 not really a zip"
    with pytest.raises(KechuangError) as in_request:
        plan_create(users["bureau"], county, data=data, name="fake.docx")
    bureau = as_user(users["bureau"])
    location = bureau.post(reverse("kc-plans"), {"document": SimpleUploadedFile("fake.docx", data)})["Location"]
    job_id = int(location.rstrip("/").rsplit("/", 1)[1])
    with consumer(queue):
        state = _wait(bureau, job_id)
    assert state["status"] == "failed"
    assert state["error"]["message"] == in_request.value.message_zh and state["error"]["code"] == in_request.value.code
    assert state["error"]["text"].startswith("fake.docx:")
    assert "fake.docx" in bureau.get(location).content.decode()
    assert Plan.objects.count() == 0


@pytest.mark.django_db
def test_a_job_is_seen_by_its_user_and_the_plans_viewers_only(as_user, users, plan):
    """Immediate mode: the jobs are done when the requests return; visibility is what is tested."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.jobs.models import Job
    from tests.web.test_plans import _docx

    as_user(users["leader"]).get(reverse("kc-ledger", args=[plan.pk]))
    as_user(users["bureau"]).post(reverse("kc-plans"), {"document": SimpleUploadedFile(
        "灵寿.docx", _docx(LINGSHOU.read_text("utf-8")))})
    ledger, extraction = Job.objects.get(kind="ledger"), Job.objects.get(kind="extract")
    expected = {("leader", ledger): 200, ("bureau", ledger): 200, ("admin", ledger): 200,
                ("lead", ledger): 404, ("other_bureau", ledger): 404, ("other_dept", ledger): 404,
                ("bureau", extraction): 200, ("leader", extraction): 404, ("other_bureau", extraction): 404}
    for (who, job), status in expected.items():
        client = as_user(users[who])
        response = client.get(reverse("kc-job-status", args=[job.pk]))
        assert response.status_code == status, (who, job.kind)
        if status == 404:
            assert "不存在" in response.content.decode()
        else:
            assert json.loads(response.content)["status"] == "done"


@pytest.mark.django_db
def test_small_pasted_text_is_still_extracted_within_the_request(as_user, users):
    from kechuang.web.jobs.models import Job

    response = as_user(users["bureau"]).post(reverse("kc-plans"), {"text": LINGSHOU.read_text("utf-8")})
    assert response.status_code == 302 and response["Location"].startswith("/plans/")
    assert Job.objects.count() == 0


@pytest.mark.django_db
def test_a_job_left_running_by_a_stopped_worker_is_queued_again(queue, as_user, users, plan):
    from datetime import timedelta

    from django.utils import timezone

    from kechuang.web.jobs.models import Job

    leader = as_user(users["leader"])
    url = reverse("kc-ledger", args=[plan.pk])
    job_id = leader.get(url, HTTP_ACCEPT="application/json").json()["job"]
    queue.flush()  # the worker took it off the queue and was stopped while building
    Job.objects.filter(pk=job_id).update(status=Job.RUNNING, started_at=timezone.now() - timedelta(minutes=5))
    assert leader.get(url, HTTP_ACCEPT="application/json").json()["status"] == "running"
    assert queue.pending_count() == 0  # still within the time an export may take
    Job.objects.filter(pk=job_id).update(started_at=timezone.now() - timedelta(minutes=11))
    again = leader.get(url, HTTP_ACCEPT="application/json")
    assert again.status_code == 202 and again.json()["job"] == job_id and again.json()["status"] == "queued"
    assert Job.objects.get(pk=job_id).status == Job.QUEUED and queue.pending_count() == 1


@pytest.mark.django_db
def test_old_jobs_and_their_uploads_are_pruned(as_user, users, plan, tmp_path):
    from datetime import timedelta

    from django.utils import timezone

    from kechuang.web.jobs.models import Job
    from kechuang.web.jobs.services import jobs_prune

    as_user(users["leader"]).get(reverse("kc-ledger", args=[plan.pk]))
    left = tmp_path / "left.pdf"
    left.write_bytes(b"%PDF")
    old = Job.objects.create(kind=Job.EXTRACT, user=users["bureau"], region=plan.region, title="left.pdf",
                             upload=str(left), status=Job.RUNNING)
    Job.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert jobs_prune() == 1
    assert list(Job.objects.values_list("kind", flat=True)) == ["ledger"] and not left.exists()


def _bearer(user) -> dict:
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=user, digest=token_digest(token))
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.mark.django_db(transaction=True)
def test_a_token_client_gets_202_polls_the_api_and_downloads(queue, client, users, plan):
    leader, other = _bearer(users["leader"]), _bearer(users["other_bureau"])
    url = f"/api/v1/plans/{plan.pk}/exports/bulletin-pdf"
    accepted = client.get(url, **leader)
    assert accepted.status_code == 202
    body = accepted.json()
    assert body["status"] == "queued" and body["status_url"] == f"/api/v1/jobs/{body['job']}"
    assert client.get(body["status_url"], **other).status_code == 404  # another county: no such job
    assert client.get(url, **other).status_code == 404
    with consumer(queue):
        deadline = time.monotonic() + DEADLINE
        while (state := client.get(body["status_url"], **leader).json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, state
            time.sleep(0.1)
    assert state["status"] == "done" and state["url"] == url
    pdf = client.get(state["url"], **leader)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"/api/v1/plans/{plan.pk}/exports/nonsense", **leader).json()["error"]["code"] == "KC-WEB-NOTFOUND"
    assert client.get(url).status_code == 401
