"""The voucher API per endpoint and role: the whole flow, enterprise users confined to their own enterprise,
bad input in the one error shape, and nothing written when a redemption is refused."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)
from tests.web.voucher_fixtures import build_issued

pytestmark = pytest.mark.django_db


def _files():
    return {"contract_files": SimpleUploadedFile("合同.pdf", b"%PDF-1.4 c"),
            "invoice_files": SimpleUploadedFile("发票.pdf", b"%PDF-1.4 i")}


def test_openapi_lists_the_voucher_endpoints(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {"/api/v1/vouchers/batches", "/api/v1/vouchers/batches/{batch_id}/applications",
            "/api/v1/vouchers/applications/{application_id}/decide", "/api/v1/vouchers/vouchers",
            "/api/v1/vouchers/vouchers/{voucher_id}/redemptions", "/api/v1/vouchers/redemptions/{redemption_id}/settle",
            "/api/v1/vouchers/providers"} <= paths


def test_the_voucher_flow_through_the_api(api, voucher_users, firms):  # noqa: F811
    bureau, firm = voucher_users["bureau"], voucher_users["firm_a"]
    status, provider = api(bureau, "post", "/vouchers/providers", {"name": "县技术转移中心", "kind": "transfer"})
    assert status == 201
    assert api(voucher_users["leader"], "post", "/vouchers/providers", {"name": "x", "kind": "design"})[0] == 403
    status, body = api(bureau, "post", "/vouchers/batches", {
        "title": "API 批次", "budget": "1,000", "share": 60, "cap": 5, "opens_on": "2026-11-01",
        "closes_on": "2026-11-30", "provider_ids": [provider["id"]]})
    assert status == 201 and body["budget"] == "1000" and body["unissued"] == "1000"
    batch_id = body["id"]
    status, bad = api(bureau, "post", "/vouchers/batches", {
        "title": "坏批次", "budget": "10", "share": 60, "cap": "20", "opens_on": "2026-11-01",
        "closes_on": "2026-11-30", "provider_ids": [provider["id"]]})
    assert status == 400 and bad["error"]["context"]["field"] == "cap"
    status, app = api(firm, "post", f"/vouchers/batches/{batch_id}/applications",
                      {"provider_id": provider["id"], "service": "技术评估", "amount": 4})
    assert status == 201 and app["status"] == "pending" and app["enterprise_id"] == firms["a"].pk
    status, body = api(firm, "post", f"/vouchers/applications/{app['id']}/decide", {"approve": True})
    assert status == 403
    status, app = api(bureau, "post", f"/vouchers/applications/{app['id']}/decide", {"approve": True})
    assert status == 200 and app["status"] == "issued"
    status, vouchers = api(firm, "get", "/vouchers/vouchers")
    assert status == 200 and [v["amount"] for v in vouchers] == ["4"]
    voucher_id = vouchers[0]["id"]
    assert api(voucher_users["firm_b"], "get", f"/vouchers/vouchers/{voucher_id}")[0] == 404
    form = {"contract_no": "HT-9", "contract_amount": "20", "invoice_no": "FP-9", "invoice_amount": "1,0"}
    status, body = api(firm, "post", f"/vouchers/vouchers/{voucher_id}/redemptions", {**form, **_files()}, form=True)
    assert status == 403
    status, body = api(bureau, "post", f"/vouchers/vouchers/{voucher_id}/redemptions", {**form, "amount": "6.5",
                                                                                        **_files()}, form=True)
    assert status == 400
    _is_error(body, "KC-WEB-BUDGET")
    assert "超过可抵扣的 4 万元" in body["error"]["message"]
    assert api(bureau, "get", "/vouchers/redemptions")[1] == []  # nothing half-written
    status, done = api(bureau, "post", f"/vouchers/vouchers/{voucher_id}/redemptions", {**form, **_files()},
                       form=True)
    assert status == 201 and done["covered"] == "4" and done["invoice_amount"] == "10"
    assert sorted(done["files"]) == ["发票:发票.pdf", "合同:合同.pdf"]
    status, body = api(bureau, "post", f"/vouchers/redemptions/{done['id']}/settle",
                       {"paid_on": "2026-11-21", "reference": "ZF-77"})
    assert status == 200 and body["settled_on"] == "2026-11-21"
    status, batch = api(voucher_users["leader"], "get", f"/vouchers/batches/{batch_id}")
    assert (batch["issued"], batch["redeemed"], batch["settled"]) == ("4", "4", "4")
    assert api(voucher_users["other_bureau"], "get", f"/vouchers/batches/{batch_id}")[0] == 404
    assert api(voucher_users["lead"], "get", "/vouchers/batches")[0] == 403


def test_enterprise_users_see_only_their_own_applications_and_vouchers(api, voucher_users, batch,  # noqa: F811
                                                                       provider, issued):
    other = build_issued(voucher_users, batch, provider, amount="1", who="firm_b")
    status, apps = api(voucher_users["firm_b"], "get", f"/vouchers/batches/{batch.pk}/applications")
    assert status == 200 and [a["voucher_id"] for a in apps] == [other.pk]
    assert [v["code"] for v in api(voucher_users["firm_b"], "get", "/vouchers/vouchers")[1]] == [other.code]
    assert len(api(voucher_users["leader"], "get", "/vouchers/vouchers")[1]) == 2
    status, body = api(voucher_users["firm_b"], "post", f"/vouchers/batches/{batch.pk}/applications",
                       {"provider_id": provider.pk, "service": "检测", "amount": "0.5",
                        "enterprise_id": issued.enterprise_id})
    assert status == 403
    _is_error(body, "KC-WEB-FORBIDDEN")


FORM = {"contract_no": "HT", "contract_amount": "1", "invoice_no": "FP-X", "invoice_amount": "1"}  # multipart
# method, path (filled from the objects), body, {user: status}: every endpoint for the roles that matter.
API_CASES = [
    ("get", "/vouchers/providers", None, {"bureau": 200, "leader": 200, "firm_a": 403, "lead": 403}),
    ("post", "/vouchers/providers", {"name": "新机构", "kind": "ip"}, {"leader": 403, "firm_a": 403, "bureau": 201}),
    ("get", "/vouchers/batches", None, {"bureau": 200, "leader": 200, "firm_a": 200, "lead": 403}),
    ("post", "/vouchers/batches", {"title": "b", "budget": 1, "share": 50, "cap": 1, "opens_on": "2026-11-01",
                                   "closes_on": "2026-11-30", "provider_ids": []},
     {"leader": 403, "firm_a": 403, "bureau": 400}),
    ("get", "/vouchers/batches/{batch}", None, {"firm_a": 200, "leader": 200, "other_bureau": 404, "lead": 404}),
    ("get", "/vouchers/batches/{batch}/applications", None, {"firm_b": 200, "leader": 200, "other_bureau": 404}),
    ("post", "/vouchers/batches/{batch}/applications", {"provider_id": 0, "service": "x", "amount": 1},
     {"leader": 403, "other_bureau": 404, "firm_b": 400}),
    ("post", "/vouchers/applications/{application}/decide", {"approve": False, "reason": "不符合"},
     {"firm_a": 403, "leader": 403, "other_bureau": 404, "firm_b": 404, "bureau": 200}),
    ("get", "/vouchers/vouchers/{voucher}", None, {"firm_a": 200, "leader": 200, "firm_b": 404, "other_bureau": 404}),
    ("post", "/vouchers/vouchers/{voucher}/redemptions", FORM, {"firm_a": 403, "leader": 403, "firm_b": 404,
                                                                "bureau": 400}),  # the bureau: files missing
    ("post", "/vouchers/batches/{batch}/release", None, {"firm_a": 403, "leader": 403, "other_bureau": 404,
                                                         "bureau": 200}),
    ("get", "/vouchers/redemptions", None, {"firm_a": 200, "leader": 200}),
    ("post", "/vouchers/redemptions/{redemption}/settle", {"paid_on": "2026-11-21", "reference": "ZF"},
     {"firm_a": 403, "leader": 403, "other_bureau": 404, "bureau": 200}),
]


@pytest.mark.parametrize(("method", "path", "body", "expected"), API_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in API_CASES])
def test_every_voucher_endpoint_per_role(api, voucher_users, batch, provider, issued, method, path, body,  # noqa: F811
                                         expected, django_capture_on_commit_callbacks):
    from kechuang.web.vouchers.redeem import redemption_record
    from kechuang.web.vouchers.services import ApplicationInput, application_submit
    from tests.web.voucher_fixtures import TODAY, redemption_input

    with django_capture_on_commit_callbacks(execute=True):
        done = redemption_record(voucher_users["bureau"], issued, redemption_input("FP-R", "1"), TODAY)
    pending = application_submit(voucher_users["firm_a"], batch, ApplicationInput(provider.pk, "设计", "0.5"), TODAY)
    url = path.format(batch=batch.pk, application=pending.pk, voucher=issued.pk, redemption=done.pk)
    for who, status in expected.items():
        got, answer = api(voucher_users[who], method, url, body, form=body is FORM)
        assert got == status, (who, got, answer)
        if status in (403, 404):
            assert answer["error"]["code"] in ("KC-WEB-FORBIDDEN", "KC-WEB-NOTFOUND")
