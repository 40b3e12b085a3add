"""The project page's duplicate check is computed when a project is written (a background job, batched) and
stored per project (``StoredCheck``); the page runs no check, scores only the rows written since, and runs the
full check again when too much was written or the project's own text changed."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kechuang.matching import DuplicateIndex
from kechuang.web.libraries import checking, stored, stored_checks
from kechuang.web.libraries.models import Project, StoredCheck
from tests.web.calls import calls_of
from tests.web.library_fixtures import NEAR, own_index_store, projects  # noqa: F401  (fixtures)
from tests.web.test_api import api  # noqa: F401  (the token-calling fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_index_store")]


def _counting(monkeypatch) -> list:
    return calls_of(monkeypatch, DuplicateIndex, "check")


def _similar(client, project) -> list[tuple[int, str]]:
    """(project id, score) of the page's block of similar projects."""
    body = client.get(f"/libraries/projects/{project.pk}/").content.decode()
    block = body[body.index('id="similar"'):].split("</table>")[0]
    return [(int(pk), score) for score, pk in
            re.findall(r'data-score="([\d.]+)".*?href="/libraries/projects/(\d+)/"', block, re.S)]


def _fresh(project) -> list[tuple[int, str]]:
    """The full check of the project as it is now (what the page showed before the store)."""
    values = {c: getattr(project, c) for c in stored_checks.FIELDS if c not in ("id", "version", "updated_at")}
    return [(s.project.pk, f"{s.score:.3f}") for s in checking.check(project.region_id, values, project.pk)]


def _written_long_ago() -> None:
    """The fixtures' rows as if written an hour ago (before any watermark and its slack)."""
    Project.objects.update(updated_at=timezone.now() - timedelta(hours=1))


def test_a_write_stores_the_check_in_the_background_and_the_page_runs_none(
        client, users, county, projects, monkeypatch, django_capture_on_commit_callbacks):  # noqa: F811
    from kechuang.web.libraries.services import project_create

    _written_long_ago()
    with django_capture_on_commit_callbacks(execute=True) as jobs:
        made = project_create(users["bureau"], county, {
            "title": "玉米秸秆还田机械化技术集成示范", "applicant": "灵寿县丙农机专业合作社", "year": "2025",
            "summary": "集成玉米秸秆粉碎还田与深松整地技术。"}).project
    assert len(jobs) == 1 and StoredCheck.objects.filter(pk=made.pk, text_key=stored_checks.text_key(made)).exists()
    _written_long_ago()  # the new project too: nothing written since the next check's watermark
    stored_checks.precompute([projects["original"].pk])
    checks = _counting(monkeypatch)
    client.force_login(users["bureau"])
    with CaptureQueriesContext(connection) as captured:
        shown = _similar(client, projects["original"])
    assert checks == [] and shown and shown == _fresh(projects["original"])[:len(shown)]
    stored = [q["sql"] for q in captured if "libraries_storedcheck" in q["sql"]]
    since = [q["sql"] for q in captured if '"updated_at" >=' in q["sql"]]
    assert len(stored) == 1 and since == []  # nothing written since: one query, the row and the newest write
    # The newest write is read by the index on updated_at, uncorrelated: PostgreSQL planned the correlated EXISTS
    # (updated_at >= the row's watermark, a value unknown when planning) as a sequential scan of every project,
    # 28 ms a page at 100,000 with nothing to find.
    newest = re.search(r'\(SELECT (\w+)\."updated_at" AS "updated_at" FROM "libraries_project" \1 ORDER BY ([^)]*)\)',
                       stored[0])
    assert "EXISTS" not in stored[0].upper() and newest and "WHERE" not in newest.group(0), stored[0]


def test_a_better_suspect_written_after_the_store_shows_at_once(client, users, county, projects,  # noqa: F811
                                                                 monkeypatch):
    from kechuang.web.libraries.services import project_create

    _written_long_ago()
    original = projects["original"]
    stored_checks.precompute([original.pk])
    before = [pk for pk, _ in _similar(client_logged(client, users), original)]
    checks = _counting(monkeypatch)
    near = project_create(users["bureau"], county, NEAR, reason="同一单位的续建项目").project  # its job not run
    assert len(checks) == 1  # the write's own check
    shown = _similar(client, original)
    assert len(checks) == 1 and near.pk not in before and shown[0][0] == near.pk  # scored, not checked again
    assert shown[0] == _fresh(Project.objects.get(pk=original.pk))[0]  # the same score as a full check's


def client_logged(client, users):
    client.force_login(users["bureau"])
    return client


def test_more_rows_written_than_the_delta_limit_run_the_full_check_and_store_it(client, users, county,
                                                                                 projects, monkeypatch):  # noqa: F811
    from kechuang.web.libraries.services import project_create

    _written_long_ago()
    original = projects["original"]
    stored_checks.precompute([original.pk])
    before = StoredCheck.objects.get(pk=original.pk).watermark
    monkeypatch.setattr(stored, "DELTA_LIMIT", 0)
    project_create(users["bureau"], county, {"title": "食用菌菌渣基质化利用", "applicant": "灵寿县丁食用菌合作社",
                                             "year": "2025", "summary": "菌渣制备育苗基质。"})
    checks = _counting(monkeypatch)
    _similar(client_logged(client, users), original)
    assert len(checks) == 1 and StoredCheck.objects.get(pk=original.pk).watermark > before


def test_a_project_whose_text_changed_is_checked_again(client, users, projects, monkeypatch):  # noqa: F811
    _written_long_ago()
    original = projects["original"]
    stored_checks.precompute([original.pk])
    Project.objects.filter(pk=original.pk).update(title="中药材黄芩规范化种植基地建设")  # not through a service
    checks = _counting(monkeypatch)
    edited = Project.objects.get(pk=original.pk)
    shown = _similar(client_logged(client, users), edited)
    assert len(checks) == 1 and shown == _fresh(edited)[:len(shown)]
    assert StoredCheck.objects.get(pk=original.pk).text_key == stored_checks.text_key(edited)


def test_many_written_projects_queue_a_job_a_batch(projects, monkeypatch,  # noqa: F811
                                                   django_capture_on_commit_callbacks):
    monkeypatch.setattr(stored, "CHUNK", 2)
    pks = list(Project.objects.values_list("pk", flat=True))
    StoredCheck.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True) as jobs:
        stored_checks.queue(pks)
    assert len(pks) >= 5 and len(jobs) == (len(pks) + 1) // 2
    assert set(StoredCheck.objects.values_list("pk", flat=True)) == set(pks)


def test_an_import_stores_its_projects_checks_by_batches(api, users, projects, monkeypatch,  # noqa: F811
                                                         django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    monkeypatch.setattr(stored, "CHUNK", 2)
    batches: list = []
    real = stored_checks.precompute
    monkeypatch.setattr(stored_checks, "precompute", lambda pks: batches.append(pks) or real(pks))
    titles = ["高寒地区马铃薯脱毒种薯繁育", "光伏农业大棚环境调控系统", "废旧锂电池正极材料回收工艺"]
    text = "项目名称,申报单位,年度,项目摘要\n" + "\n".join(f"{t},灵寿县戊科技有限公司,2025,{t}研究" for t in titles)
    upload = SimpleUploadedFile("项目.csv", text.encode("utf-8-sig"))
    with django_capture_on_commit_callbacks(execute=True):
        status, body = api(users["bureau"], "post", "/libraries/projects/import", {"file": upload}, form=True)
    made = set(Project.objects.filter(title__in=titles).values_list("pk", flat=True))
    assert status == 201 and body["created"] == 3 and len(made) == 3
    assert [len(b) for b in batches] == [2, 1] and set(StoredCheck.objects.values_list("pk", flat=True)) == made


def test_writes_in_another_county_do_not_renew_a_county_s_checks(client, users, other_county, projects,  # noqa: F811
                                                                   monkeypatch):
    from kechuang.web.libraries.services import project_create

    _written_long_ago()
    original = projects["original"]
    stored_checks.precompute([original.pk])
    monkeypatch.setattr(stored, "READ_LIMIT", 0)  # the other county wrote more than is read by time alone
    project_create(users["other_bureau"], other_county, {"title": "戈壁设施农业水肥一体化", "applicant": "金塔县农业公司",
                                                         "year": "2025", "summary": "戈壁设施农业。"})
    checks = _counting(monkeypatch)
    shown = _similar(client_logged(client, users), original)
    assert checks == [] and shown == _fresh(original)[:len(shown)]
