"""A new record starts in the state its workflow gives it: a ``status`` sent with it is refused by name.

The review's fault: ``POST /transfer/demands`` and ``POST /transfer/achievements`` took any ``status`` (the form hides
the field; the API did not), so an enterprise's new demand could be registered 已解决 before any 对接. The other create
endpoints were checked for a body field that sets a workflow state (``test_no_other_create_body_takes_a_state``).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.transfer.models import Achievement, Demand
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.transfer_fixtures import achievements  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

DEMAND = {"title": "API 需求", "problem": "需要菌渣制备基质的工艺"}
ACHIEVEMENT = {"title": "API 成果", "holder": "河北农业大学", "holder_kind": "university", "summary": "简介"}


def _refused_status(answer, words: str):
    status, body = answer
    assert status == 400, body
    _is_error(body, "KC-WEB-FIELD")
    assert body["error"]["context"]["field"] == "status"
    assert words in body["error"]["message"] and "状态" in body["error"]["message"]


@pytest.mark.usefixtures("enterprise")
def test_an_enterprise_s_new_demand_cannot_be_registered_solved(api, users):  # noqa: F811
    for sent in ("solved", "已解决", "docking", "closed"):
        _refused_status(api(users["ent_user"], "post", "/transfer/demands", {**DEMAND, "status": sent}),
                        "新登记的技术需求状态只能是“征集中”")
    assert not Demand.objects.exists()
    for sent in ({}, {"status": "open"}, {"status": "征集中"}, {"status": ""}):  # the initial one, or none
        status, made = api(users["ent_user"], "post", "/transfer/demands", {**DEMAND, **sent})
        assert status == 201 and made["status"] == "open", made
    # an update by those who may edit keeps taking the field (the edit page shows it)
    url = f"/transfer/demands/{made['id']}"
    status, saved = api(users["ent_user"], "put", url, {**made, "status": "closed"})
    assert status == 200 and saved["status"] == "closed"


def test_a_new_achievement_cannot_be_registered_transferred(api, users, achievements):  # noqa: F811
    before = Achievement.objects.count()
    _refused_status(api(users["bureau"], "post", "/transfer/achievements", {**ACHIEVEMENT, "status": "transferred"}),
                    "新登记的科技成果状态只能是“可转化”,不能填写“已转化”")
    assert Achievement.objects.count() == before
    status, made = api(users["bureau"], "post", "/transfer/achievements", {**ACHIEVEMENT, "status": "可转化"})
    assert status == 201 and made["status"] == "available"


@pytest.mark.usefixtures("enterprise")
def test_a_forged_status_on_the_new_demand_form_is_refused_in_chinese(client, users):
    client.force_login(users["ent_user"])
    response = client.post(reverse("kc-transfer-demand-new"), {**DEMAND, "status": "solved"})
    assert response.status_code == 400
    assert "新登记的技术需求状态只能是“征集中”,不能填写“已解决”" in response.content.decode()
    assert not Demand.objects.exists()


def _create_bodies() -> dict[str, set[str]]:
    """Every API POST that makes a record (answers 201): its JSON body's fields and its form fields, by path."""
    import kechuang.web.api.routes as routes

    found: dict[str, set[str]] = {}
    for prefix, router in routes.api._routers:
        for path, view in router.path_operations.items():
            for op in view.operations:
                if "POST" not in op.methods or 201 not in op.response_models:
                    continue  # an action on a record (screen, decide, assess …) sets the state it is for
                names = found.setdefault(prefix.rstrip("/") + path, set())
                for model in op.signature.models:
                    for name, field in model.model_fields.items():
                        body = field.annotation
                        names |= set(body.model_fields) if isinstance(body, type) and hasattr(
                            body, "model_fields") else {name}
    return found


#: The create bodies that take a ``status``, and why it is no workflow state there.
STATE_TAKEN = {
    "/transfer/demands": "refused unless 征集中 (initial_status)",
    "/transfer/achievements": "refused unless 可转化 (initial_status)",
    "/carriers": "the bureau records a recognition as the province decided it (有效 or 撤销, with its date)",
    "/libraries/projects": "the bureau records a project as it stands (申报 … 结题, with its date)",
}
STATES = {"status", "state", "step", "stage", "verified", "approved", "passed", "granted", "decided_at", "screened"}


def test_no_other_create_body_takes_a_state():
    """Checked: 揭榜挂帅 榜单 (``/challenges``) and applications (multipart), 特派员 (talents, assignments,
    evaluations, service logs), 创新券 (providers, batches, applications, redemptions), tasks' targets, reports,
    completion and extension requests, departments, enterprises, the reserve, observations, dockings. A JSON
    body refuses a field it does not take (KC-API-UNKNOWN-FIELD); a multipart one never reads it."""
    bodies = _create_bodies()
    assert "/challenges" in bodies and "/vouchers/batches/{batch_id}/applications" in bodies
    taking = {path for path, names in bodies.items() if names & STATES}
    assert taking == set(STATE_TAKEN), taking


@pytest.mark.usefixtures("enterprise")
def test_a_json_create_body_refuses_a_status_it_does_not_take(api, users):  # noqa: F811
    status, body = api(users["bureau"], "post", "/departments", {"name": "灵寿县新部门", "status": "active"})
    assert status == 400 and body["error"]["code"] == "KC-API-UNKNOWN-FIELD", body
