"""A 特派员 assignment names one kind of target: a village chosen for an enterprise (or the reverse, or either for a
合作社) is refused by name, on the API and the form, with nothing saved.

The review's fault: kind ``village`` with an ``enterprise_id`` (or the reverse) was saved, the stray id dropped or
kept, and the clerk never told that the other choice was not taken.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.talents.models import Assignment
from tests.web.people_fixtures import people_world
from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(request):
    return people_world(request)


def _ids(world) -> dict:
    return {"village_id": world["village"].pk, "enterprise_id": world["users"]["ent_user"].profile.enterprise_id}


@pytest.mark.parametrize(("kind", "stray", "field", "words"), [
    ("village", "enterprise_id", "enterprise", "服务对象类型为“村”,不能同时选择企业"),
    ("enterprise", "village_id", "village", "服务对象类型为“企业”,不能同时选择村"),
    ("coop", "village_id", "village", "服务对象类型为“合作社”,不能同时选择村"),
    ("coop", "enterprise_id", "enterprise", "服务对象类型为“合作社”,不能同时选择企业"),
], ids=["village-with-enterprise", "enterprise-with-village", "coop-with-village", "coop-with-enterprise"])
def test_the_api_refuses_a_target_of_another_kind(api, world, kind, stray, field, words):  # noqa: F811
    ids = _ids(world)
    own = {"village": {"village_id": ids["village_id"]}, "enterprise": {"enterprise_id": ids["enterprise_id"]},
           "coop": {"target_name": "灵寿县青禾食用菌专业合作社"}}[kind]
    url = f"/talents/{world['specialist'].pk}/assignments"
    before = Assignment.objects.count()
    status, body = api(world["users"]["bureau"], "post", url,
                       {"target_kind": kind, **own, stray: ids[stray], "starts_on": "2026-11-01"})
    assert status == 400, body
    assert body["error"]["context"]["field"] == field and body["error"]["message"].startswith(words)
    assert Assignment.objects.count() == before
    status, made = api(world["users"]["bureau"], "post", url, {"target_kind": kind, **own, "starts_on": "2026-11-01"})
    assert status == 201 and made["target_kind"] == kind, made


def test_the_form_says_so_beside_the_field_and_keeps_the_choices(client, world):
    ids = _ids(world)
    client.force_login(world["users"]["bureau"])
    before = Assignment.objects.count()
    response = client.post(reverse("kc-talent-assign", args=[world["specialist"].pk]), {
        "target_kind": "village", "village": ids["village_id"], "enterprise": ids["enterprise_id"],
        "starts_on": "2026-11-01"})
    assert response.status_code == 400
    page = response.content.decode()
    assert '<span class="field-error" id="error-enterprise">服务对象类型为“村”,不能同时选择企业:请清空企业一栏' in page
    # the clerk's choices stay selected, so clearing one is all it takes
    assert f'<option value="{ids["village_id"]}" selected>' in page
    assert f'<option value="{ids["enterprise_id"]}" selected>' in page
    assert Assignment.objects.count() == before
