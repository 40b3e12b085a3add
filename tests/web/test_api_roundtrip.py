"""A read-modify-write through the API keeps what it did not change; a field an endpoint does not take is refused.

The walk-through's fault: ``GET /tasks/{id}`` answers ``lead_units``…, ``PUT`` read ``lead``… and dropped the rest,
so sending the GET's own body back saved a confirmed task with no units.
"""

from __future__ import annotations

import pytest

from kechuang.web.supervision.models import Assignment
from tests.web.test_api import _is_error, api  # noqa: F401  (the token-calling fixture)

pytestmark = pytest.mark.django_db


def test_a_task_read_and_sent_back_keeps_its_units(api, users, task):  # noqa: F811
    status, body = api(users["bureau"], "get", f"/tasks/{task.pk}")
    assert status == 200 and body["lead_units"] and body["units"]
    before = sorted(Assignment.objects.filter(task=task).values_list("department__name", "role"))
    status, saved = api(users["bureau"], "put", f"/tasks/{task.pk}", {**body, "title": "牵头单位不变的修改"})
    assert status == 200, saved
    assert saved["title"] == "牵头单位不变的修改" and saved["lead_units"] == body["lead_units"]
    assert saved["responsible_units"] == body["responsible_units"]
    assert sorted(Assignment.objects.filter(task=task).values_list("department__name", "role")) == before


def test_the_short_unit_names_still_work_and_the_two_may_not_disagree(api, users, task):  # noqa: F811
    status, body = api(users["bureau"], "get", f"/tasks/{task.pk}")
    short = {"path": body["path"], "title": body["title"], "lead": body["lead_units"],
             "responsible": body["responsible_units"], "version": body["version"]}
    status, saved = api(users["bureau"], "put", f"/tasks/{task.pk}", short)
    assert status == 200 and saved["lead_units"] == body["lead_units"]
    status, refused = api(users["bureau"], "put", f"/tasks/{task.pk}",
                          {**short, "version": saved["version"], "lead_units": ["灵寿县科学技术局"]})
    assert status == 400 and "lead_units" in refused["error"]["message"]


def test_an_unknown_field_is_refused_by_name_never_dropped(api, users, task):  # noqa: F811
    status, body = api(users["bureau"], "get", f"/tasks/{task.pk}")
    status, refused = api(users["bureau"], "put", f"/tasks/{task.pk}",
                          {**body, "leads": ["灵寿县科学技术局"], "remark": "x"})
    assert status == 400
    _is_error(refused, "KC-API-UNKNOWN-FIELD")
    assert "leads" in refused["error"]["message"] and "remark" in refused["error"]["message"]
    assert refused["error"]["context"]["field"] == "leads,remark"
    status, refused = api(users["bureau"], "post", "/departments", {"name": "灵寿县新部门", "collective": True})
    assert status == 400 and refused["error"]["context"]["field"] == "collective"


def test_an_enterprise_read_and_sent_back_keeps_its_contacts(api, users, enterprise):  # noqa: F811
    enterprise.contact_name, enterprise.contact_phone = "张三", "0311-82512345"
    enterprise.save(update_fields=["contact_name", "contact_phone"])
    status, body = api(users["bureau"], "get", f"/enterprises/{enterprise.pk}")
    assert "contact_name" not in body  # the GET does not show them
    status, saved = api(users["bureau"], "put", f"/enterprises/{enterprise.pk}", {**body, "address": "灵寿县城"})
    assert status == 200, saved
    enterprise.refresh_from_db()
    assert (enterprise.address, enterprise.contact_name, enterprise.contact_phone) == ("灵寿县城", "张三",
                                                                                        "0311-82512345")


def test_a_carrier_read_and_sent_back_keeps_its_note(api, users):  # noqa: F811
    from kechuang.web.carriers.models import Carrier

    status, body = api(users["bureau"], "post", "/carriers", {"name": "灵寿县星创天地", "kind": "星创天地",
                                                              "level": "省级", "host_name": "灵寿县青禾农业", "recognised_on": "2025-05-20",
                                                              "note": "已复核"})
    assert status == 201, body
    status, body = api(users["bureau"], "get", f"/carriers/{body['id']}")
    status, saved = api(users["bureau"], "put", f"/carriers/{body['id']}", {**body, "document_no": "冀科平〔2025〕3号"})
    assert status == 200, saved
    assert Carrier.objects.get(pk=body["id"]).note == "已复核"
