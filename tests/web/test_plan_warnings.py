"""Warnings on upload: a document of another region, the same or a near-identical document uploaded again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError
from tests.web.conftest import JINTA, LINGSHOU

pytestmark = pytest.mark.django_db
SMALL = "{region}测试方案\n一、重点任务\n(一)建设创新平台。(牵头单位:县发展和改革局)\n"


def _upload(client, **data) -> str:
    response = client.post(reverse("kc-plans"), data)
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode("utf-8")


def test_another_countys_document_is_flagged_and_needs_acknowledgement(as_user, users, county):
    from kechuang.web.plans.models import Plan

    client = as_user(users["bureau"])
    page = _upload(client, text=JINTA.read_text("utf-8"), name=JINTA.name)
    assert "该文件似乎是金塔县的方案,而您所在地区是灵寿县,请核对后再确认" in page
    plan = Plan.objects.get()
    units = client.get(reverse("kc-plan-units", args=[plan.pk])).content.decode("utf-8")
    assert 'name="acknowledge_region"' in units


def test_confirmation_requires_the_acknowledgement(users, county):
    from kechuang.web.plans.services import plan_confirm, plan_create, plan_map_unit

    plan = plan_create(users["bureau"], county, text=SMALL.format(region="金塔县"))
    plan = plan_map_unit(users["bureau"], plan, "金塔县发展和改革局",
                         county.departments.get(name="灵寿县发展和改革局"))
    with pytest.raises(KechuangError) as info:
        plan_confirm(users["bureau"], plan, plan.version)
    assert info.value.context["field"] == "acknowledge_region" and "金塔县" in info.value.message_zh
    plan.refresh_from_db()
    assert plan.status == "draft"
    assert plan_confirm(users["bureau"], plan, plan.version, acknowledge_region=True).status == "confirmed"


@pytest.mark.parametrize(("named", "warned"), [
    ("灵寿县", False), ("灵寿", False), ("河北省灵寿县", False), ("金塔县", True), ("石家庄市", True),
    ("灵寿市", False), (None, False),
])
def test_region_names_compare_without_their_suffix(users, county, named, warned):
    from kechuang.web.plans.services import plan_create, region_warning

    plan = plan_create(users["bureau"], county, text=SMALL.format(region="灵寿县"))
    plan.extracted["document"]["region"] = named
    assert (region_warning(plan) is not None) == warned


def test_own_county_document_has_no_warning(as_user, users, county):
    page = _upload(as_user(users["bureau"]), text=LINGSHOU.read_text("utf-8"), name=LINGSHOU.name)
    assert 'id="region-warning"' not in page and 'id="duplicate-warning"' not in page


def test_the_same_document_twice_links_to_the_first(as_user, users, county):
    from kechuang.web.plans.models import Plan

    client = as_user(users["bureau"])
    _upload(client, text=LINGSHOU.read_text("utf-8"), name=LINGSHOU.name)
    first = Plan.objects.get()
    page = _upload(client, text=LINGSHOU.read_text("utf-8"), name="又一次.txt")
    assert 'id="duplicate-warning"' in page and reverse("kc-plan", args=[first.pk]) in page


@pytest.mark.parametrize("edit", ["body", "title_and_body"])
def test_a_near_identical_document_is_flagged(users, county, edit):
    from kechuang.web.plans.selectors import plan_duplicates
    from kechuang.web.plans.services import plan_create

    text = LINGSHOU.read_text("utf-8")
    first = plan_create(users["bureau"], county, text=text)
    changed = text.replace("牵头单位:县发展和改革局", "牵头单位:县科学技术局", 1)
    if edit == "title_and_body":
        changed = changed.replace("工作方案", "工作方案(修订稿)", 1)
    second = plan_create(users["bureau"], county, text=changed)
    assert second.sha256 != first.sha256
    assert [p.pk for p in plan_duplicates(second)] == [first.pk]


def test_different_documents_and_other_regions_are_not_duplicates(users, county, other_county):
    from kechuang.web.plans.selectors import plan_duplicates
    from kechuang.web.plans.services import plan_create

    plan_create(users["other_bureau"], other_county, text=LINGSHOU.read_text("utf-8"))
    plan_create(users["bureau"], county, text=JINTA.read_text("utf-8"))
    mine = plan_create(users["bureau"], county, text=LINGSHOU.read_text("utf-8"))
    assert plan_duplicates(mine) == []


def test_the_api_confirms_another_regions_document_only_with_the_acknowledgement(client, users, county):
    import json
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest
    from kechuang.web.plans.services import plan_create, plan_map_unit

    plan = plan_create(users["bureau"], county, text=SMALL.format(region="金塔县"))
    plan = plan_map_unit(users["bureau"], plan, "金塔县发展和改革局", county.departments.get(name="灵寿县发展和改革局"))
    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=users["bureau"], digest=token_digest(token))

    def confirm(**body):
        response = client.post(f"/api/v1/plans/{plan.pk}/confirm", json.dumps({"version": plan.version, **body}),
                               content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        return response.status_code, response.json()

    status, body = confirm()
    assert status == 400 and body["error"]["code"] == "KC-WEB-REGION" and "金塔县" in body["error"]["message"]
    status, body = confirm(acknowledge_region=True)
    assert status == 200 and body["status"] == "confirmed"


def test_the_api_upload_answers_with_the_warnings(client, users, county):
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=users["bureau"], digest=token_digest(token))
    bodies = [client.post("/api/v1/plans", {"text": JINTA.read_text("utf-8"), "name": "j.txt"},
                          HTTP_AUTHORIZATION=f"Bearer {token}").json() for _ in range(2)]
    assert bodies[0]["duplicate_ids"] == [] and bodies[1]["duplicate_ids"] == [bodies[0]["id"]]
    assert "金塔县" in bodies[1]["region_warning"]
    read = client.get(f"/api/v1/plans/{bodies[0]['id']}", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert read["duplicate_ids"] == [bodies[1]["id"]] and read["region_warning"] == bodies[1]["region_warning"]
