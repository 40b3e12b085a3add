"""A read-only field sent with another value than the stored one is refused by name, never dropped.

The review's fault: a PUT of a GET's body with a changed ``id``, ``percent``, ``region_code``, ``verified`` … got 200
and the change was dropped without a word. Sent back unchanged (a read-modify-write) they are still accepted.
"""

from __future__ import annotations

import pytest

from kechuang.web.api.schemas import StrictIn
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.transfer_fixtures import achievements, demands  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def _refused(answer, *names):
    status, body = answer
    assert status == 400, body
    _is_error(body, "KC-API-READ-ONLY")
    assert body["error"]["context"]["field"] == ",".join(names)
    assert body["error"]["message"].startswith("字段只读,不能修改:" + "、".join(names))


def test_a_task_refuses_a_changed_read_only_field_and_saves_nothing(api, users, task):  # noqa: F811
    url = f"/tasks/{task.pk}"
    status, body = api(users["bureau"], "get", url)
    _refused(api(users["bureau"], "put", url, {**body, "title": "改", "id": task.pk + 1, "plan_id": 999}),
             "id", "plan_id")
    task.refresh_from_db()
    assert task.title == body["title"] and task.version == body["version"]
    status, saved = api(users["bureau"], "put", url, {**body, "title": "只改标题"})
    assert status == 200 and saved["title"] == "只改标题"
    # the PUT answers as the GET does (units and light), so its answer can be sent back in turn
    assert saved["units"] == body["units"] and saved["light"] == body["light"]
    status, again = api(users["bureau"], "put", url, {**saved, "title": "再改标题"})
    assert status == 200 and again["title"] == "再改标题"
    # a body read before someone else saved: the old version is what is wrong (409), not the fields it carries
    status, stale = api(users["bureau"], "put", url, {**body, "percent": 100})
    assert status == 409, stale


def test_times_and_numbers_are_compared_as_values_not_as_text(api, users, task):  # noqa: F811
    assert api(users["lead"], "post", f"/tasks/{task.pk}/acknowledge")[0] == 200
    url = f"/tasks/{task.pk}"
    _, body = api(users["bureau"], "get", url)
    signed = [u["acknowledged_at"] for u in body["units"] if u["acknowledged_at"]]
    assert signed and all(t.endswith("Z") for t in signed)
    units = [{**u, "acknowledged_at": u["acknowledged_at"] and u["acknowledged_at"].replace("Z", "+00:00")}
             for u in body["units"]]
    assert api(users["bureau"], "put", url, {**body, "id": str(task.pk), "units": units})[0] == 200


def test_a_target_patch_refuses_its_changed_span(api, users, task):  # noqa: F811
    status, made = api(users["bureau"], "post", f"/tasks/{task.pk}/targets",
                       {"indicator": "研发投入强度", "value": "2.5", "unit": "%", "year": 2027})
    assert status == 201, made
    url = f"/targets/{made['id']}"
    status, body = api(users["bureau"], "patch", url, {**made, "start": 0, "end": 3}, content_type="application/json")
    assert status == 400 and body["error"]["context"]["field"] == "start,end"
    status, body = api(users["bureau"], "patch", url, {**made, "value": "3"}, content_type="application/json")
    assert status == 200 and body["value"] == "3"


def test_an_enterprise_refuses_a_changed_region_or_verification(api, users, enterprise):  # noqa: F811
    url = f"/enterprises/{enterprise.pk}"
    status, body = api(users["bureau"], "get", url)
    _refused(api(users["bureau"], "put", url, {**body, "region_code": "620921", "verified": True}),
             "region_code", "verified")
    # a save's notes (warnings, similar enterprises) are no stored field: sent back as they came, accepted
    status, saved = api(users["bureau"], "put", url, {**body, "address": "灵寿县城", "warnings": ["旧提示"]})
    assert status == 200 and saved["address"] == "灵寿县城"


def test_a_year_of_figures_refuses_a_changed_year_or_verification(api, users, enterprise):  # noqa: F811
    url = f"/enterprises/{enterprise.pk}/figures/2025"
    status, row = api(users["ent_user"], "put", url, {"employees": 80})
    assert status == 200, row
    _refused(api(users["ent_user"], "put", url, {**row, "verified": True}), "verified")
    _refused(api(users["ent_user"], "put", url, {**row, "year": 2024}), "year")
    status, saved = api(users["ent_user"], "put", url, {**row, "employees": 90})
    assert status == 200 and saved["employees"] == 90
    status, stale = api(users["ent_user"], "put", url, {**row, "employees": 95})  # read before the last save
    assert status == 409 and stale["error"]["context"]["field"] == "version"


def test_a_carrier_refuses_a_changed_region(api, users):  # noqa: F811
    status, made = api(users["bureau"], "post", "/carriers", {
        "name": "灵寿县众创空间", "kind": "众创空间", "level": "市级", "host_name": "灵寿县青禾农业",
        "recognised_on": "2025-05-20"})
    assert status == 201, made
    url = f"/carriers/{made['id']}"
    _refused(api(users["bureau"], "put", url, {**made, "region_code": "620921"}), "region_code")
    status, saved = api(users["bureau"], "put", url, {**made, "document_no": "冀科平〔2025〕3号"})
    assert status == 200 and saved["document_no"] == "冀科平〔2025〕3号"


def test_a_demand_stays_its_enterprise_s(api, users, demands):  # noqa: F811
    url = f"/transfer/demands/{demands['own'].pk}"
    other = users["other_ent"].profile.enterprise_id
    for who in ("ent_user", "bureau"):
        status, body = api(users[who], "get", url)
        _refused(api(users[who], "put", url, {**body, "enterprise_id": other}), "enterprise_id")
        _refused(api(users[who], "put", url, {**body, "is_demo": True}), "is_demo")
        status, saved = api(users[who], "put", url, {**body, "status": "closed"})
        assert status == 200 and saved["enterprise_id"] == body["enterprise_id"]
    demands["own"].refresh_from_db()
    assert demands["own"].enterprise_id == users["ent_user"].profile.enterprise_id


def test_a_new_record_takes_no_read_only_field(api, users, enterprise):  # noqa: F811
    status, body = api(users["ent_user"], "post", "/transfer/demands",
                       {"title": "API 需求", "problem": "描述", "id": 7, "is_demo": True})
    assert status == 400 and body["error"]["context"]["field"] == "id,is_demo"
    assert body["error"]["message"].startswith("字段只读,新建时不能填写:id、is_demo")


@pytest.mark.usefixtures("achievements")
def test_an_achievement_keeps_its_enterprise_through_a_read_modify_write(api, users, enterprise):  # noqa: F811
    status, made = api(users["bureau"], "post", "/transfer/achievements", {
        "title": "API 成果", "holder": enterprise.name, "holder_kind": "enterprise", "summary": "简介",
        "enterprise_id": enterprise.pk})
    assert status == 201 and made["enterprise_id"] == enterprise.pk, made
    url = f"/transfer/achievements/{made['id']}"
    _refused(api(users["bureau"], "put", url, {**made, "id": made["id"] + 1}), "id")
    status, saved = api(users["bureau"], "put", url, {**made, "price": "12"})
    assert status == 200 and saved["enterprise_id"] == enterprise.pk and saved["price"] == "12"


def test_a_collective_listed_and_sent_back_with_other_members(api, users, county):  # noqa: F811
    from kechuang.web.accounts.models import Department

    status, listed = api(users["bureau"], "get", "/departments")
    collective = next(d for d in listed if d["is_collective"])
    plain = [d["id"] for d in listed if not d["is_collective"]][:2]
    url = f"/departments/{collective['id']}/members"
    _refused(api(users["bureau"], "put", url, {**collective, "members": plain, "name": "各单位"}), "name")
    _refused(api(users["bureau"], "put", url, {**collective, "members": plain, "is_collective": False}),
             "is_collective")
    assert Department.objects.get(pk=collective["id"]).name == collective["name"]
    status, saved = api(users["bureau"], "put", url, {**collective, "members": plain})
    assert status == 200 and sorted(saved["members"]) == sorted(plain)


def test_a_collective_read_before_another_s_change_is_a_conflict_not_a_refused_field(client, api, users,  # noqa: F811
                                                                                     county):
    """An alias added (the departments page) or the members set by someone else between a GET and a PUT: the copy
    is stale, 409 (read again), where it was a 400 naming ``aliases`` the client never touched."""
    from django.urls import reverse

    _, listed = api(users["bureau"], "get", "/departments")
    collective = next(d for d in listed if d["is_collective"])
    plain = [d["id"] for d in listed if not d["is_collective"]][:2]
    url = f"/departments/{collective['id']}/members"
    client.force_login(users["bureau"])
    assert client.post(reverse("kc-department-alias", args=[collective["id"]]), {"alias": "各乡镇"}).status_code == 302
    status, stale = api(users["bureau"], "put", url, {**collective, "members": plain})
    assert status == 409 and stale["error"]["code"] == "KC-WEB-CONFLICT", stale
    assert stale["error"]["context"]["field"] == "version" and "已被他人修改" in stale["error"]["message"]
    _, listed = api(users["bureau"], "get", "/departments")
    fresh = next(d for d in listed if d["id"] == collective["id"])
    assert fresh["aliases"] == [*collective["aliases"], "各乡镇"] and fresh["version"] == collective["version"] + 1
    status, saved = api(users["bureau"], "put", url, {**fresh, "members": plain})
    assert status == 200 and saved["version"] == fresh["version"] + 1, saved
    status, again = api(users["bureau"], "put", url, {**fresh, "members": plain[:1]})  # read before that save
    assert status == 409, again
    # with no version sent, a stale name or alias can only be named (400), as before
    no_version = {k: v for k, v in collective.items() if k != "version"}
    _refused(api(users["bureau"], "put", url, {**no_version, "members": plain}), "aliases")


def _writes_that_compare() -> set[tuple[str, str]]:
    """Every API operation whose body compares read-only fields (``compared`` or ``fixed``), as (method, path)."""
    import kechuang.web.api.routes as routes

    found = set()
    for _, router in routes.api._routers:
        for path, view in router.path_operations.items():
            for op in view.operations:
                for model in op.signature.models:
                    for field in model.model_fields.values():
                        body = field.annotation
                        if isinstance(body, type) and issubclass(body, StrictIn) and (body.compared or body.fixed):
                            found |= {(method, path) for method in op.methods}
    return found


def _task_put(request, api, users):  # noqa: F811
    task = request.getfixturevalue("task")
    _, body = api(users["bureau"], "get", f"/tasks/{task.pk}")
    return api(users["bureau"], "put", f"/tasks/{task.pk}", {**body, "id": task.pk + 1}), "id"


def _target_patch(request, api, users):  # noqa: F811
    task = request.getfixturevalue("task")
    _, made = api(users["bureau"], "post", f"/tasks/{task.pk}/targets", {"indicator": "研发投入强度", "value": "2.5"})
    return api(users["bureau"], "patch", f"/targets/{made['id']}", {**made, "start": 7},
               content_type="application/json"), "start"


def _members_put(request, api, users):  # noqa: F811
    _, listed = api(users["bureau"], "get", "/departments")
    collective = next(d for d in listed if d["is_collective"])
    return api(users["bureau"], "put", f"/departments/{collective['id']}/members",
               {**collective, "region_code": "620921"}), "region_code"


def _enterprise_put(request, api, users):  # noqa: F811
    url = f"/enterprises/{request.getfixturevalue('enterprise').pk}"
    _, body = api(users["bureau"], "get", url)
    return api(users["bureau"], "put", url, {**body, "region_code": "620921"}), "region_code"


def _figures_put(request, api, users):  # noqa: F811
    url = f"/enterprises/{request.getfixturevalue('enterprise').pk}/figures/2025"
    _, row = api(users["ent_user"], "put", url, {"employees": 80})
    return api(users["ent_user"], "put", url, {**row, "source": "api"}), "source"


def _draft_put(request, api, users):  # noqa: F811
    from tests.web.challenge_fixtures import build_challenge, make_experts
    from tests.web.test_api_role_fields import TARGET

    county = request.getfixturevalue("county")
    experts = make_experts(county, request.getfixturevalue("other_county"), users["expert"])
    c = build_challenge(users, county, experts, "drafting")
    _, got = api(users["bureau"], "get", f"/challenges/{c.pk}")
    body = {**got, "conditions": "县内注册企业", "budget": "100", "term_months": 24, "apply_until": "2026-12-31",
            "targets": [TARGET], "region": "金塔县"}
    return api(users["bureau"], "put", f"/challenges/{c.pk}/draft", body), "region"


def _carrier_put(request, api, users):  # noqa: F811
    _, made = api(users["bureau"], "post", "/carriers", {
        "name": "灵寿县众创空间", "kind": "众创空间", "level": "市级", "host_name": "灵寿县青禾农业",
        "recognised_on": "2025-05-20"})
    return api(users["bureau"], "put", f"/carriers/{made['id']}", {**made, "id": made["id"] + 1}), "id"


def _demand_post(request, api, users):  # noqa: F811
    request.getfixturevalue("enterprise")
    return api(users["ent_user"], "post", "/transfer/demands", {"title": "需求", "problem": "描述", "is_demo": True}), \
        "is_demo"


def _demand_put(request, api, users):  # noqa: F811
    url = f"/transfer/demands/{request.getfixturevalue('demands')['own'].pk}"
    _, body = api(users["ent_user"], "get", url)
    return api(users["ent_user"], "put", url, {**body, "enterprise_id": body["enterprise_id"] + 1}), "enterprise_id"


def _achievement_post(request, api, users):  # noqa: F811
    request.getfixturevalue("achievements")
    return api(users["bureau"], "post", "/transfer/achievements", {
        "title": "成果", "holder": "某大学", "holder_kind": "university", "summary": "简介", "id": 5}), "id"


def _achievement_put(request, api, users):  # noqa: F811
    url = f"/transfer/achievements/{request.getfixturevalue('achievements')['a0'].pk}"
    _, body = api(users["bureau"], "get", url)
    return api(users["bureau"], "put", url, {**body, "is_demo": True}), "is_demo"


#: One request per write that compares read-only fields, with one compared field changed: each must be refused.
WRITES = {("PUT", "/tasks/{task_id}"): _task_put, ("PATCH", "/targets/{target_id}"): _target_patch,
          ("PUT", "/departments/{department_id}/members"): _members_put,
          ("PUT", "/enterprises/{enterprise_id}"): _enterprise_put,
          ("PUT", "/enterprises/{enterprise_id}/figures/{year}"): _figures_put,
          ("PUT", "/challenges/{challenge_id}/draft"): _draft_put, ("PUT", "/carriers/{carrier_id}"): _carrier_put,
          ("POST", "/transfer/demands"): _demand_post, ("PUT", "/transfer/demands/{pk}"): _demand_put,
          ("POST", "/transfer/achievements"): _achievement_post,
          ("PUT", "/transfer/achievements/{pk}"): _achievement_put}


def test_every_write_that_compares_has_a_request_here():
    assert _writes_that_compare() == set(WRITES)


@pytest.mark.parametrize("write", sorted(WRITES), ids=" ".join)
def test_each_write_refuses_a_changed_compared_field(request, api, users, write):  # noqa: F811
    """Fails when an endpoint no longer calls ``unchanged`` (the field would be dropped, the write answer 2xx)."""
    (status, body), name = WRITES[write](request, api, users)
    assert status == 400, (write, status, body)
    _is_error(body, "KC-API-READ-ONLY")
    assert body["error"]["context"]["field"] == name
