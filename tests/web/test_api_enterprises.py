"""The enterprises API: the same validation and permissions as the pages; an enterprise user only its own."""

from __future__ import annotations

import pytest

from kechuang.web.enterprises.models import Enterprise, YearFigures
from tests.web.conftest import USCC_A
from tests.web.test_api import _is_error, api  # noqa: F401  (the token-calling fixture)

pytestmark = pytest.mark.django_db


def test_bureau_creates_and_updates_with_the_pages_validation(api, users, enterprise):  # noqa: F811
    status, body = api(users["bureau"], "post", "/enterprises", {"name": "灵寿县丙电子有限公司",
                                                                  "uscc": "91130126MA0CX00041"})
    assert status == 201 and body["uscc_warning"] and body["warnings"]
    status, body = api(users["bureau"], "post", "/enterprises", {"name": "灵寿县甲科技有限责任公司"})
    assert status == 201 and body["similar_ids"] == [enterprise.pk]
    status, body = api(users["bureau"], "post", "/enterprises", {"name": "重复代码公司", "uscc": USCC_A})
    assert status == 400
    _is_error(body, "KC-ENT-DUPLICATE")
    status, body = api(users["bureau"], "post", "/enterprises", {"name": "坏代码公司", "uscc": "ABC"})
    assert status == 400 and "应为 18 位" in body["error"]["message"]
    status, body = api(users["bureau"], "put", f"/enterprises/{enterprise.pk}",
                       {"name": enterprise.name, "uscc": USCC_A, "size": "medium", "version": enterprise.version})
    assert status == 200 and body["size"] == "medium" and body["version"] == 2
    status, body = api(users["bureau"], "put", f"/enterprises/{enterprise.pk}", {"name": "x", "version": 1})
    assert status == 409
    assert api(users["leader"], "post", "/enterprises", {"name": "领导新建"})[0] == 403
    assert not Enterprise.objects.filter(name__in=["重复代码公司", "坏代码公司", "领导新建"]).exists()


def test_enterprise_user_sees_and_keeps_only_its_own(api, users, enterprise):  # noqa: F811
    other = users["other_ent"].profile.enterprise
    status, body = api(users["ent_user"], "get", "/enterprises")
    assert status == 200 and [e["id"] for e in body] == [enterprise.pk]
    assert api(users["ent_user"], "get", f"/enterprises/{other.pk}")[0] == 404
    assert api(users["ent_user"], "put", f"/enterprises/{other.pk}/figures/2025", {"employees": 5})[0] == 404
    status, body = api(users["ent_user"], "put", f"/enterprises/{enterprise.pk}/figures/2025",
                       {"employees": "80人", "tech_staff": 12, "sales_revenue": "2,500万元"})
    assert status == 200 and body["sales_revenue"] == 2500 and body["source"] == "enterprise"
    status, body = api(users["ent_user"], "put", f"/enterprises/{enterprise.pk}/figures/2024",
                       {"employees": 5, "tech_staff": 9})
    assert status == 400 and body["error"]["context"]["field"] == "tech_staff"
    status, body = api(users["ent_user"], "put", f"/enterprises/{enterprise.pk}/figures/2024", {"profit": 5})
    assert status == 400 and body["error"]["context"]["field"] == "profit"
    assert not YearFigures.objects.filter(year=2024).exists()
    assert api(users["ent_user"], "put", f"/enterprises/{enterprise.pk}", {"name": "x", "version": 1})[0] == 403
    assert api(users["ent_user"], "get", "/reserve")[0] == 403
    assert api(users["ent_user"], "get", f"/enterprises/{enterprise.pk}/check")[0] == 200


def test_reserve_stages_check_and_sme_through_the_api(api, users, enterprise):  # noqa: F811
    status, entry = api(users["bureau"], "post", "/reserve", {"enterprise_id": enterprise.pk, "on": "2026-01-05"})
    assert status == 201 and entry["stage"] == "entered"
    status, body = api(users["bureau"], "post", f"/reserve/{entry['id']}/move", {"stage": "failed"})
    assert status == 400 and "只能转入" in body["error"]["message"]
    status, body = api(users["bureau"], "post", f"/reserve/{entry['id']}/move", {"stage": "cultivating",
                                                                                 "on": "2026-03-01"})
    assert status == 200 and body["stage"] == "cultivating"
    assert api(users["other_bureau"], "post", f"/reserve/{entry['id']}/move", {"stage": "applied"})[0] == 404
    assert [e["enterprise_id"] for e in api(users["leader"], "get", "/reserve")[1]] == [enterprise.pk]
    assert api(users["other_bureau"], "get", "/reserve")[1] == []
    status, body = api(users["bureau"], "post", f"/enterprises/{enterprise.pk}/check?as_of=2026-06-01")
    assert status == 201 and body["overall"] == "needs_data" and body["as_of"] == "2026-06-01"
    assert api(users["leader"], "post", f"/enterprises/{enterprise.pk}/check")[0] == 403
    status, body = api(users["ent_user"], "post", f"/enterprises/{enterprise.pk}/sme", {
        "year": 2025, "employees": 100, "tech_staff": 30, "sales_revenue": 1000, "rd_expense": 60,
        "cost_total": 900, "total_assets": 800, "sme_resident": True, "sme_eligible_industry": True,
        "sme_no_violation": True})
    assert status == 201 and body["score"] == 20 + 50 + 0 and body["eligible"] is True  # no IP: 70 ≥ 60


def test_the_figures_put_sends_rd_items_as_the_form_does_and_keeps_them_when_none_are_sent(api, users,  # noqa: F811
                                                                                            enterprise):
    """The API could not send 研发费用 items, and a PUT of other figures cleared the items the form had stored."""
    url = f"/enterprises/{enterprise.pk}/figures/2025"
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3000", "rd_items": {
        "personnel": 100, "直接投入费用": "50万元", "outsourced": 50, "委托境外研究开发": 25, "other": 60}})
    assert status == 200, body
    assert body["rd_items"] == {"personnel": 100, "direct": 50, "outsourced": 50, "outsourced_abroad": 25,
                                "other": 60}
    # counted as the form counts them: 100 + 50 + 40 + 20 = 210 (委托 at 80 %); 其他 capped at 210 × 0.2 / 0.8 = 52.5
    assert (body["rd_expense"], body["rd_expense_domestic"]) == (262.5, 242.5)
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3100", "employees": 50})
    assert status == 200 and body["sales_revenue"] == 3100 and body["rd_expense"] == 262.5
    assert YearFigures.objects.get(enterprise=enterprise, year=2025).rd_items["personnel"] == 100  # kept
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3100", "rd_expense": 90})
    assert status == 400 and "已按明细计为 262.5 万元" in body["error"]["message"]  # the kept items still count
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3100", "rd_items": {"差旅费": 5}})
    assert status == 400 and "差旅费" in body["error"]["message"] and body["error"]["context"]["field"] == "rd_items"
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3100", "rd_items": {"personnel": -5}})
    assert status == 400 and "人员人工费用:不能为负数" in body["error"]["message"]
    assert YearFigures.objects.get(enterprise=enterprise, year=2025).rd_items["personnel"] == 100  # nothing written
    status, body = api(users["ent_user"], "put", url, {"sales_revenue": "3100", "rd_expense": 90, "rd_items": {}})
    assert status == 200 and body["rd_items"] == {} and body["rd_expense"] == 90  # {} clears them, as the form
