"""The third review's findings on the night's platform change, each a probe that failed before its fix.

- The API's members PUT compared the echoed version before the save and saved without it: a save by someone else
  between the two was overwritten (the locked save now checks the version too: 409).
- Saving the members a collective has already raised its version: every other open page went stale for nothing.
- A 特派员 assignment to a listed village or enterprise dropped a ``target_name`` naming another one without a word.
- A new demand's ``status: " "`` was refused as an invalid status; blank is none given.
"""

from __future__ import annotations

import pytest

from kechuang.web.api import schemas
from tests.web.people_fixtures import people_world
from tests.web.test_api import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db


def _collective(api, users):  # noqa: F811
    _, listed = api(users["bureau"], "get", "/departments")
    collective = next(d for d in listed if d["is_collective"])
    plain = [d["id"] for d in listed if not d["is_collective"]][:2]
    return collective, plain


def test_a_members_save_between_the_check_and_the_save_is_a_conflict(api, users, county, monkeypatch):  # noqa: F811
    from kechuang.web.accounts.collectives import collective_members_set
    from kechuang.web.accounts.models import Department

    collective, plain = _collective(api, users)
    url = f"/departments/{collective['id']}/members"
    checked = schemas.MembersIn.unchanged

    def another_clerk_saves_in_between(self, record, stored_version=True):
        checked(self, record, stored_version)  # the copy is current when compared
        monkeypatch.setattr(schemas.MembersIn, "unchanged", checked)
        collective_members_set(users["bureau"], Department.objects.get(pk=collective["id"]), plain[:1])

    monkeypatch.setattr(schemas.MembersIn, "unchanged", another_clerk_saves_in_between)
    status, body = api(users["bureau"], "put", url, {**collective, "members": plain})
    assert status == 409 and body["error"]["code"] == "KC-WEB-CONFLICT", body
    assert list(Department.objects.get(pk=collective["id"]).members.values_list("pk", flat=True)) == plain[:1]


def test_two_puts_of_one_copy_the_second_is_a_conflict(api, users, county):  # noqa: F811
    collective, plain = _collective(api, users)
    url = f"/departments/{collective['id']}/members"
    assert api(users["bureau"], "put", url, {**collective, "members": plain})[0] == 200
    status, body = api(users["bureau"], "put", url, {**collective, "members": plain[:1]})
    assert status == 409 and body["error"]["context"]["field"] == "version", body


def test_saving_the_same_members_changes_nothing(api, users, county):  # noqa: F811
    from kechuang.web.history.models import Change

    collective, plain = _collective(api, users)
    url = f"/departments/{collective['id']}/members"
    status, saved = api(users["bureau"], "put", url, {**collective, "members": plain})
    assert status == 200 and saved["version"] == collective["version"] + 1
    changes = Change.objects.count()
    status, again = api(users["bureau"], "put", url, {**saved, "members": list(reversed(plain))})
    assert status == 200 and again["version"] == saved["version"] and sorted(again["members"]) == sorted(plain)
    assert Change.objects.count() == changes
    # the page read before the re-save is still current
    status, third = api(users["bureau"], "put", url, {**saved, "members": plain[:1]})
    assert status == 200 and third["members"] == plain[:1] and third["version"] == saved["version"] + 1


@pytest.fixture
def world(request):
    return people_world(request)


def _assign(api, world, **target):  # noqa: F811
    url = f"/talents/{world['specialist'].pk}/assignments"
    return api(world["users"]["bureau"], "post", url, {**target, "starts_on": "2026-11-01"})


def test_a_name_that_is_not_the_chosen_enterprise_s_is_refused(api, world):  # noqa: F811
    from kechuang.web.talents.models import Assignment

    firm = world["users"]["ent_user"].profile.enterprise
    before = Assignment.objects.count()
    status, body = _assign(api, world, target_kind="enterprise", enterprise_id=firm.pk, target_name="另一个企业")
    assert status == 400 and body["error"]["context"]["field"] == "target_name", body
    assert body["error"]["message"].startswith(f"服务对象名称“另一个企业”与所选企业“{firm.name}”不一致")
    assert Assignment.objects.count() == before
    status, made = _assign(api, world, target_kind="enterprise", enterprise_id=firm.pk, target_name=firm.name)
    assert status == 201 and made["target_name"] == firm.name, made
    status, made = _assign(api, world, target_kind="enterprise", enterprise_id=firm.pk)
    assert status == 201 and made["target_name"] == firm.name, made


def test_a_name_that_is_not_the_chosen_village_s_is_refused(api, world):  # noqa: F811
    village = world["village"]
    status, body = _assign(api, world, target_kind="village", village_id=village.pk, target_name="另一个村")
    assert status == 400 and body["error"]["context"]["field"] == "target_name", body
    for name in (str(village), village.name, ""):
        status, made = _assign(api, world, target_kind="village", village_id=village.pk, target_name=name)
        assert status == 201 and made["target_name"] == str(village), made


def test_a_blank_status_on_a_new_demand_is_none_given(api, users, enterprise):  # noqa: F811
    status, body = api(users["ent_user"], "post", "/transfer/demands",
                       {"title": "API 需求", "problem": "描述", "status": " "})
    assert status == 201 and body["status"] in ("open", "征集中"), body
