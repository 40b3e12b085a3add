"""The transfer API per endpoint and role: enterprise users confined to their own enterprise's demands (by id
too), matches with their reasons, 对接 recorded by the bureau only, bad input in the one error shape."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kechuang.web.transfer.models import Docking
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.transfer_fixtures import *  # noqa: F403  (fixtures)

pytestmark = pytest.mark.django_db


def test_openapi_lists_the_transfer_endpoints(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {"/api/v1/transfer/demands", "/api/v1/transfer/demands/{pk}", "/api/v1/transfer/demands/{pk}/matches",
            "/api/v1/transfer/achievements", "/api/v1/transfer/achievements/{pk}/matches", "/api/v1/transfer/search",
            "/api/v1/transfer/dockings", "/api/v1/transfer/demands/{pk}/dockings"} <= paths


def test_enterprise_users_see_their_own_demands_only(api, users, demands, enterprise):  # noqa: F811
    status, rows = api(users["ent_user"], "get", "/transfer/demands")
    assert status == 200 and [r["id"] for r in rows] == [demands["own"].pk]
    assert api(users["ent_user"], "get", f"/transfer/demands/{demands['other'].pk}")[0] == 404
    assert api(users["ent_user"], "get", f"/transfer/demands/{demands['other'].pk}/matches")[0] == 404
    status, body = api(users["ent_user"], "post", "/transfer/demands", {
        "title": "API 需求", "problem": "描述", "enterprise_id": users["other_ent"].profile.enterprise_id})
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")
    status, body = api(users["ent_user"], "post", "/transfer/demands", {"title": "API 需求", "problem": "描述",
                                                                         "fields": ["农业"], "budget": "十五"})
    assert status == 400 and body["error"]["context"]["field"] == "budget"
    status, body = api(users["ent_user"], "post", "/transfer/demands", {"title": "API 需求", "problem": "描述",
                                                                         "fields": "农业、林业", "budget": 15})
    assert status == 201 and body["enterprise_id"] == enterprise.pk and body["fields"] == ["农业", "林业"]
    assert api(users["leader"], "put", f"/transfer/demands/{body['id']}", {"title": "改", "problem": "改"})[0] == 403
    assert api(users["other_bureau"], "get", f"/transfer/demands/{body['id']}")[0] == 404


def test_matches_with_reasons(api, users, demands, achievements):  # noqa: F811
    status, hits = api(users["ent_user"], "get", f"/transfer/demands/{demands['own'].pk}/matches")
    assert status == 200 and hits[0]["id"] == f"a{achievements['a0'].pk}"
    assert [p["label"] for p in hits[0]["parts"]] == ["文本相关度", "技术领域一致", "同一地区", "成熟度匹配", "预算匹配"]
    assert "<mark>" in hits[0]["title_html"]
    status, hits = api(users["bureau"], "get", f"/transfer/achievements/{achievements['a1'].pk}/matches")
    assert status == 200 and hits[0]["id"] == f"d{demands['other'].pk}"
    status, body = api(users["bureau"], "get", "/transfer/search?q=" + "菌" * 10_000)
    assert status == 400
    _is_error(body, "KC-MATCH-TOO-LONG")


def test_achievements_by_the_bureau_read_by_all(api, users, achievements):  # noqa: F811
    body = {"title": "API 成果", "holder": "某大学", "holder_kind": "高校", "summary": "简介", "modes": ["转让"],
            "maturity": 5, "price": "8"}
    assert api(users["ent_user"], "post", "/transfer/achievements", body)[0] == 403
    assert api(users["leader"], "post", "/transfer/achievements", body)[0] == 403
    status, made = api(users["bureau"], "post", "/transfer/achievements", body)
    assert status == 201 and made["modes"] == ["assign"] and made["price"] == "8"
    status, rows = api(users["ent_user"], "get", "/transfer/achievements")
    assert status == 200 and made["id"] in [r["id"] for r in rows]
    assert api(users["other_bureau"], "get", f"/transfer/achievements/{made['id']}")[0] == 404


def test_dockings_recorded_by_the_bureau_with_checked_files(api, users, demands, achievements):  # noqa: F811
    form = {"partner_kind": "achievement", "achievement_id": str(achievements["a0"].pk), "held_on": "2026-11-02",
            "form": "onsite", "outcome": "contract", "contract_no": "HT-1", "contract_amount": "12",
            "signed_on": "2026-11-02", "registered": "是"}
    path = f"/transfer/demands/{demands['own'].pk}/dockings"
    assert api(users["ent_user"], "post", path, form, form=True)[0] == 403
    status, body = api(users["bureau"], "post", path, {**form, "files": SimpleUploadedFile("合同.pdf", b"PK zip")},
                       form=True)
    assert status == 400 and "不是 PDF" in body["error"]["message"]
    assert not Docking.objects.exists()
    status, body = api(users["bureau"], "post", path, {**form, "files": SimpleUploadedFile("合同.pdf", b"%PDF-1.4")},
                       form=True)
    assert status == 201 and body["registered"] is True and body["contract_amount"] == "12"
    assert [d["id"] for d in api(users["ent_user"], "get", "/transfer/dockings")[1]] == [body["id"]]
    assert api(users["other_ent"], "get", "/transfer/dockings")[1] == []
