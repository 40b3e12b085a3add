"""The API of outcomes: target monitoring, links and the cockpit, with the pages' permissions, in OpenAPI."""

from __future__ import annotations

import pytest

from kechuang.web.supervision.services import ReportInput, report_approve, report_submit
from tests.web.conftest import make_user
from tests.web.test_api import _is_error, api  # noqa: F401 — the token client fixture
from tests.web.test_outcomes_monitor import HISTORY, hitech_target, record

pytestmark = pytest.mark.django_db


def test_openapi_describes_the_outcome_endpoints(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {"/api/v1/plans/{plan_id}/monitoring", "/api/v1/targets/{target_id}/link", "/api/v1/dashboard"} <= paths


def test_monitoring_of_a_plan_per_role(api, plan, task, county, users):  # noqa: F811
    target = hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY)
    for who in ("bureau", "leader", "lead", "admin"):
        status, body = api(users[who], "get", f"/plans/{plan.pk}/monitoring")
        assert status == 200, who
    row = next(t for t in body["targets"] if t["target_id"] == target.pk)
    assert (row["indicator"], row["latest_value"], row["status"], row["monitored"]) == (
        "hitech_enterprises", 18.0, "red", True)
    assert row["history"] == [[y, float(v)] for y, v in HISTORY.items()] and row["provenance"] == "手工填报"
    category = next(t for t in body["targets"] if t["task_path"] == "三")
    assert category["monitored"] is False and "定性目标" in category["reason"]
    assert body["summary"]["total"] == len(body["targets"])
    for who in ("other_bureau", "other_dept"):
        status, body = api(users[who], "get", f"/plans/{plan.pk}/monitoring")
        assert status == 404
        _is_error(body, "KC-WEB-NOTFOUND")


def test_an_approved_report_changes_the_status_read_through_the_api(api, plan, task, county, users):  # noqa: F811
    target = hitech_target(users, task)
    record(county, "hitech_enterprises", HISTORY)
    report = report_submit(users["responsible"], task, ReportInput("2026-11", "新认定", 60, values={target.pk: "29"}))
    report_approve(users["lead"], report)
    body = api(users["leader"], "get", f"/plans/{plan.pk}/monitoring")[1]
    row = next(t for t in body["targets"] if t["target_id"] == target.pk)
    assert (row["latest_year"], row["latest_value"], row["status"]) == (2026, 29.0, "green")
    assert row["provenance"].startswith(f"进度报送 #{report.pk}")


def test_link_through_the_api(api, plan, task, users):  # noqa: F811
    target = hitech_target(users, task)
    status, body = api(users["bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "tech_smes"})
    assert status == 200 and body["indicator"] == "tech_smes" and body["link_method"] == "人工指定"
    status, body = api(users["bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "none"})
    assert status == 200 and body["monitored"] is False and body["reason"] == "经办人标记为不监测"
    status, body = api(users["bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "无此指标"})
    assert status == 400
    _is_error(body, "KC-WEB-FIELD")
    assert api(users["leader"], "put", f"/targets/{target.pk}/link", {"indicator": "auto"})[0] == 403
    assert api(users["other_bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "auto"})[0] == 404


def test_the_cockpit_through_the_api(api, plan, county, users):  # noqa: F811
    status, body = api(users["leader"], "get", "/dashboard")
    assert status == 200 and body["region"]["name"] == county.name and body["forecast"] is None
    assert [p["id"] for p in body["plans"]] == [plan.pk] and len(body["trend"]) == 6
    city_leader = make_user("city_leader", "leader", county.parent)
    status, body = api(city_leader, "get", f"/dashboard?region={county.code}")
    assert status == 200 and body["region"]["code"] == county.code
    assert api(users["other_bureau"], "get", f"/dashboard?region={county.code}")[0] == 404
    status, body = api(users["lead"], "get", "/dashboard")
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")


def test_a_target_of_an_archived_plan_keeps_its_link(api, plan, task, users, client):  # noqa: F811
    """An archived plan's targets are kept as they were (``require_editable``): their link too, through the API and
    the form (it could still be switched to 不监测 while the target itself was refused). Taken out of the archive, the
    link can be changed again."""
    from kechuang.web.plans.models import Target
    from kechuang.web.plans.services import plan_archive

    target = hitech_target(users, task)
    before = Target.objects.values("monitored", "link_method", "catalog_indicator_id").get(pk=target.pk)
    plan_archive(users["bureau"], plan)
    status, body = api(users["bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "none"})
    assert status == 409
    _is_error(body, "KC-WEB-CONFLICT")
    assert "已归档" in body["error"]["message"]
    client.force_login(users["bureau"])
    page = client.post(f"/targets/{target.pk}/link/", {"indicator": "none"})
    assert page.status_code == 409 and "已归档" in page.content.decode()
    assert Target.objects.values("monitored", "link_method", "catalog_indicator_id").get(pk=target.pk) == before
    plan_archive(users["bureau"], plan, archive=False)
    status, body = api(users["bureau"], "put", f"/targets/{target.pk}/link", {"indicator": "none"})
    assert status == 200 and body["monitored"] is False
