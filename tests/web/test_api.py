"""The JSON API: token authentication, one error shape, the same permissions as the pages, OpenAPI."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import LINGSHOU

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    def call(user, method, path, data=None, **kwargs):
        headers = {}
        if user is not None:
            token = secrets.token_urlsafe(16)
            ApiToken.objects.create(user=user, digest=token_digest(token))
            headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        if method in ("post", "put") and not kwargs.pop("form", False):
            kwargs["content_type"] = "application/json"
            data = json.dumps(data or {})
        response = getattr(client, method)(f"/api/v1{path}", data, **headers, **kwargs)
        return response.status_code, response.json() if response.content else None

    return call


def _is_error(body, code):
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "context"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/v1/plans", "/api/v1/plans/{plan_id}", "/api/v1/plans/{plan_id}/confirm", "/api/v1/tasks",
            "/api/v1/tasks/{task_id}", "/api/v1/tasks/{task_id}/assignments", "/api/v1/tasks/{task_id}/reports",
            "/api/v1/reports/{report_id}/approve", "/api/v1/reports/{report_id}/return",
            "/api/v1/departments"} <= paths


def test_without_a_token(api):
    status, body = api(None, "get", "/plans")
    assert status == 401
    _is_error(body, "KC-WEB-AUTH")


def test_the_whole_loop_through_the_api(api, users):
    status, plan = api(users["bureau"], "post", "/plans", {"text": LINGSHOU.read_text("utf-8"), "name": "灵寿.txt"},
                       form=True)
    assert status == 201 and plan["status"] == "draft"
    status, body = api(users["leader"], "post", f"/plans/{plan['id']}/confirm", {"version": plan["version"]})
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")
    status, confirmed = api(users["bureau"], "post", f"/plans/{plan['id']}/confirm",
                            {"version": plan["version"], "acknowledge_unassigned": True})
    assert status == 200 and confirmed["status"] == "confirmed"
    status, tasks = api(users["responsible"], "get", f"/tasks?plan={plan['id']}")
    assert status == 200 and tasks and all(t["light"] in ("red", "yellow", "green") for t in tasks)
    task = next(t for t in tasks if t["path"] == "五/(一)/1")
    status, assignments = api(users["responsible"], "get", f"/tasks/{task['id']}/assignments")
    assert {a["role"] for a in assignments} == {"lead", "responsible"}
    status, report = api(users["responsible"], "post", f"/tasks/{task['id']}/reports",
                         {"period": "2026-11", "text": "推进中", "percent": "55"}, form=True)
    assert status == 201 and report["status"] == "submitted"
    status, body = api(users["responsible"], "post", f"/reports/{report['id']}/approve", {})
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")
    status, approved = api(users["lead"], "post", f"/reports/{report['id']}/approve", {"comment": "同意"})
    assert status == 200 and approved["status"] == "approved"
    status, body = api(users["lead"], "post", f"/reports/{report['id']}/return", {"comment": "再看"})
    assert status == 409
    _is_error(body, "KC-WEB-CONFLICT")
    status, after = api(users["leader"], "get", f"/tasks/{task['id']}")
    units = {u["department"]: u for u in after["units"]}
    assert units["灵寿县委组织部"]["percent"] == 55 and units["灵寿县委组织部"]["light"] in ("red", "yellow", "green")
    assert units["灵寿县发展和改革局"]["percent"] is None  # the lead has not reported: its own light says so
    responsible = [u for u in after["units"] if u["role"] == "responsible"]
    assert after["percent"] == round(0.5 * 0 + 0.5 * 55 / len(responsible))  # lead half, responsible half


def test_region_scoping_and_bad_ids(api, users, plan, task):
    status, body = api(users["other_bureau"], "get", f"/plans/{plan.pk}")
    assert status == 404
    _is_error(body, "KC-WEB-NOTFOUND")
    status, plans = api(users["other_bureau"], "get", "/plans")
    assert plans == []
    status, tasks = api(users["other_dept"], "get", "/tasks")
    assert tasks == []
    status, body = api(users["bystander"], "get", f"/tasks/{task.pk}")
    assert status == 404
    status, body = api(users["admin"], "get", "/tasks/987654")
    assert status == 404


def test_validation_errors_have_the_same_shape(api, users, task):
    status, body = api(users["bureau"], "put", f"/tasks/{task.pk}", {"title": "缺少版本号"})
    assert status == 400
    _is_error(body, "KC-API-VALIDATION")
    status, body = api(users["responsible"], "post", f"/tasks/{task.pk}/reports",
                       {"period": "2026-11", "text": "x", "percent": "两成"}, form=True)
    assert status == 400
    _is_error(body, "KC-WEB-FIELD")
    assert body["error"]["context"]["field"] == "percent"


def test_concurrent_edits_through_the_api(api, users, task):
    payload = {"path": task.path, "title": "甲的修改", "lead": ["灵寿县发展和改革局"], "version": task.version}
    assert api(users["bureau"], "put", f"/tasks/{task.pk}", payload)[0] == 200
    status, body = api(users["bureau"], "put", f"/tasks/{task.pk}", {**payload, "title": "乙的修改"})
    assert status == 409
    _is_error(body, "KC-WEB-CONFLICT")


def test_departments(api, users):
    status, body = api(users["bureau"], "post", "/departments", {"name": "灵寿县数据局", "aliases": ["县数据局"]})
    assert status == 201 and body["region_code"] == "130126"
    status, body = api(users["bureau"], "post", "/departments", {"name": "灵寿县数据局"})
    assert status == 400
    _is_error(body, "KC-WEB-DUPLICATE")
    assert api(users["leader"], "post", "/departments", {"name": "x"})[0] == 403
    status, rows = api(users["leader"], "get", "/departments")
    assert "灵寿县数据局" in {r["name"] for r in rows}


def test_the_督办_cycle_through_the_api(api, users, task, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    status, body = api(users["bureau"], "post", f"/tasks/{task.pk}/acknowledge")
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")
    status, body = api(users["responsible"], "post", f"/tasks/{task.pk}/acknowledge")
    assert status == 200 and body["acknowledged"] == 1
    status, body = api(users["responsible"], "post", f"/tasks/{task.pk}/acknowledge")
    assert status == 409
    status, body = api(users["bureau"], "put", f"/tasks/{task.pk}/reviewer",
                       {"department_id": users["bystander"].profile.department_id})
    assert status == 200
    status, body = api(users["other_bureau"], "post", f"/plans/{task.plan_id}/reminders")
    assert status == 404
    status, issued = api(users["bureau"], "post", f"/plans/{task.plan_id}/reminders")
    assert status == 200 and issued["new"] > 0
    status, items = api(users["leader"], "get", f"/plans/{task.plan_id}/reminders")
    assert status == 200 and {i["kind"] for i in items} == {"overdue"} and items[0]["level_name"] == "提醒"
    status, extension = api(users["lead"], "post", f"/tasks/{task.pk}/extension",
                            {"new_deadline": "2027-06-30", "reason": "资金分批到位"})
    assert status == 201 and extension["old_deadline"] == task.deadline.isoformat()
    status, body = api(users["lead"], "post", f"/extensions/{extension['id']}/decide", {"grant": True})
    assert status == 403
    status, decided = api(users["bureau"], "post", f"/extensions/{extension['id']}/decide", {"grant": True})
    assert status == 200 and decided["status"] == "granted"
    status, after = api(users["leader"], "get", f"/tasks/{task.pk}")
    assert after["deadline"] == "2027-06-30"
    status, completion = api(users["lead"], "post", f"/tasks/{task.pk}/completion",
                             {"reason": "已完成", "files": SimpleUploadedFile("验收.pdf", b"%PDF-1.4")}, form=True)
    assert status == 201 and completion["attachments"] == ["验收.pdf"]
    status, decided = api(users["bureau"], "post", f"/completions/{completion['id']}/decide",
                          {"grant": False, "comment": "缺少验收意见"})
    assert status == 200 and decided["status"] == "refused"
    status, requests = api(users["lead"], "get", f"/tasks/{task.pk}/requests")
    assert {(r["kind"], r["status"]) for r in requests} == {("extension", "granted"), ("completion", "refused")}
    status, messages = api(users["lead"], "get", "/notifications")
    assert status == 200 and any("未同意" in m["text"] for m in messages)
    status, body = api(users["lead"], "post", "/notifications/read", {"ids": [10**22]})
    assert status == 400
    _is_error(body, "KC-API-VALIDATION")
    status, read = api(users["lead"], "post", "/notifications/read", {})
    assert status == 200 and read["read"] == len(messages)
