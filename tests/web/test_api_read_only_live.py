"""What other people's actions and the calendar change is accepted as sent; the record's identity is compared.

The second review's fault: ``StrictIn.unchanged`` compared a task's units, percent, light and "已逾期N天", a 榜单's
records, with the stored answer: state that changes without the version. The bureau GETs a task, the lead unit
signs it (签收, the version stays), the bureau PUTs its body with only the title changed: 400 字段只读:units.
Now only stored identity and owner fields (``compared`` per schema) are checked. Also: the acceptance of a 榜单
checks the role before the fields, and a first year of figures takes ``version: 0``.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest
from ninja import Schema

from kechuang.web.api.schemas import StrictIn
from tests.web.challenge_fixtures import build_challenge, make_experts
from tests.web.test_api import _is_error, api  # noqa: F401  (the token client fixture)
from tests.web.test_api_role_fields import TARGET

pytestmark = pytest.mark.django_db


@pytest.fixture
def experts(users, county, other_county):
    return make_experts(county, other_county, users["expert"])


def test_a_task_put_succeeds_after_another_unit_signs_it(api, users, task):  # noqa: F811
    url = f"/tasks/{task.pk}"
    status, body = api(users["bureau"], "get", url)
    assert api(users["lead"], "post", f"{url}/acknowledge")[0] == 200  # the version stays
    status, saved = api(users["bureau"], "put", url, {**body, "title": "只改标题"})
    assert status == 200, saved
    assert saved["title"] == "只改标题" and saved["units"] != body["units"]  # the 签收 is kept, not the old units


def test_a_task_s_live_state_is_accepted_as_sent(api, users, task):  # noqa: F811
    url = f"/tasks/{task.pk}"
    _, body = api(users["bureau"], "get", url)
    live = {"percent": 100, "light": "red", "light_reason": "已逾期3天", "closed": True, "deadline_default": "按年底",
            "units": [{**u, "status": "done"} for u in body["units"]], "targets": []}
    status, saved = api(users["bureau"], "put", url, {**body, **live, "title": "改"})
    assert status == 200 and saved["title"] == "改" and saved["units"] == body["units"], saved


def test_a_changed_task_id_or_plan_is_still_refused(api, users, task):  # noqa: F811
    url = f"/tasks/{task.pk}"
    _, body = api(users["bureau"], "get", url)
    status, refused = api(users["bureau"], "put", url, {**body, "plan_id": body["plan_id"] + 1})
    assert status == 400 and refused["error"]["context"]["field"] == "plan_id", refused
    _is_error(refused, "KC-API-READ-ONLY")


def test_a_draft_put_succeeds_after_a_record_is_added(api, users, county, experts):  # noqa: F811
    from kechuang.web.challenges import flow

    c = build_challenge(users, county, experts, "drafting")
    status, got = api(users["bureau"], "get", f"/challenges/{c.pk}")
    flow.record(users["bureau"], c, "note", date(2026, 9, 3), "与企业再次沟通")  # another clerk's record
    body = {**got, "conditions": "县内注册企业", "budget": "100", "term_months": 24, "apply_until": "2026-12-31",
            "targets": [TARGET]}
    status, saved = api(users["bureau"], "put", f"/challenges/{c.pk}/draft", body)
    assert status == 200, saved
    status, refused = api(users["bureau"], "put", f"/challenges/{c.pk}/draft", {**body, "id": c.pk + 1})
    assert status == 400 and refused["error"]["context"]["field"] == "id", refused


def test_an_acceptance_checks_the_role_before_the_fields(api, users, county, experts):  # noqa: F811
    c = build_challenge(users, county, experts, "acceptance")
    url = f"/challenges/{c.pk}/accept"
    assert api(users["leader"], "post", url, {"achieved": {"9": 1}, "note": "验收"})[0] == 403
    assert api(users["ent_user"], "post", url, {"achieved": {"9": 1}, "note": "验收"})[0] in (403, 404)
    assert api(users["bureau"], "post", url, {"achieved": {"9": 1}, "note": "验收"})[0] == 400


def test_a_first_year_of_figures_takes_version_zero(api, users, enterprise):  # noqa: F811
    url = f"/enterprises/{enterprise.pk}/figures/2024"
    status, row = api(users["ent_user"], "put", url, {"employees": 80, "version": 0})
    assert status == 200 and row["employees"] == 80, row
    status, stale = api(users["ent_user"], "put", url, {"employees": 81, "version": 0})  # now stored: 0 is old
    assert status == 409 and stale["error"]["context"]["field"] == "version"


def test_a_compared_or_fixed_name_the_answer_lacks_fails_at_definition():
    class Out(Schema):
        id: int

    with pytest.raises(AssertionError, match="regoin_code"):
        class Typo(StrictIn):
            name: str
            answer: ClassVar[type[Schema]] = Out
            compared: ClassVar[frozenset[str]] = frozenset({"id", "regoin_code"})
    with pytest.raises(AssertionError, match="enterprise"):
        class Fixed(StrictIn):
            enterprise: int
            answer: ClassVar[type[Schema]] = Out
            fixed: ClassVar[frozenset[str]] = frozenset({"enterprise"})


def test_a_copy_read_before_the_bureau_s_check_is_a_conflict_not_a_refused_field(api, users, enterprise):  # noqa: F811
    """核实 changes ``verified`` (compared): it now raises the version, so a copy read before it is a 409 (read
    again), never a 400 that blames the writer for a field it did not touch."""
    from kechuang.web.enterprises.services import enterprise_verify

    url = f"/enterprises/{enterprise.pk}"
    _, row = api(users["ent_user"], "put", f"{url}/figures/2025", {"employees": 80})
    _, body = api(users["bureau"], "get", url)
    enterprise_verify(users["bureau"], enterprise)
    status, stale = api(users["ent_user"], "put", f"{url}/figures/2025", {**row, "employees": 81})
    assert status == 409 and stale["error"]["context"]["field"] == "version", stale
    status, stale = api(users["bureau"], "put", url, {**body, "address": "灵寿县城"})
    assert status == 409, stale
    _, fresh = api(users["bureau"], "get", url)
    status, saved = api(users["bureau"], "put", url, {**fresh, "address": "灵寿县城"})
    assert status == 200 and saved["address"] == "灵寿县城", saved  # (an edit clears the 核实, as in the form)
