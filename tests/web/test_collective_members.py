"""A collective unit's members, chosen from the region's departments (walk-through: 全部新建 skipped 各片区管理处 and
the clerk had no way to say who its members are). 全部新建 makes it a collective shown 待设置成员 with a link; the
checklist saves the members with a message; a task assigned to the collective reaches its members' task lists,
also after the plan was confirmed; a department of another region can never be chosen."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import department
from tests.web.test_plan_targets import api  # noqa: F401  (the token client fixture)

pytestmark = pytest.mark.django_db

TEXT = ("灵寿县测试方案\n一、重点任务\n(一)建设平台,培育片区特色产业。(牵头单位:县发展和改革局;责任单位:各片区管理处)\n"
        "(二)培育企业。(牵头单位:县发展和改革局;责任单位:县委组织部、县甲中心)\n")
TASK = "建设平台,培育片区特色产业"


def _plan_with_new_collective(client):
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.models import Plan

    client.post(reverse("kc-plans"), {"text": TEXT, "name": "测试.txt"})
    plan = Plan.objects.latest("id")
    body = client.post(reverse("kc-plan-units", args=[plan.pk]), {"action": "create_all"},
                       follow=True).content.decode("utf-8")
    return plan, Department.objects.get(region=plan.region, name="各片区管理处"), body


def _members_url(collective, plan=None):
    url = reverse("kc-department-members", args=[collective.pk])
    return url + (f"?next={reverse('kc-plan-units', args=[plan.pk])}" if plan else "")


def test_create_all_makes_a_collective_whose_members_are_chosen_from_a_checklist(as_user, users, county,
                                                                                  other_county):
    from kechuang.web.history.models import Change

    client = as_user(users["bureau"])
    plan, collective, body = _plan_with_new_collective(client)
    assert collective.is_collective
    warning = body.split('id="collectives-warning"', 1)[1].split("</div>", 1)[0]
    assert "1 个集合单位还没有成员" in warning and _members_url(collective, plan) in warning
    page = client.get(_members_url(collective, plan)).content.decode("utf-8")
    assert "设置集合单位的成员:各片区管理处" in page and 'type="checkbox" name="members"' in page
    township, second = department(county, "灵寿镇人民政府"), department(county, "青同镇人民政府")
    assert f'value="{township.pk}"' in page
    assert f'value="{department(other_county, "金塔县科学技术局").pk}"' not in page  # another county's: not offered
    assert f'value="{collective.pk}"' not in page  # nor a collective
    response = client.post(_members_url(collective, plan), {"members": [township.pk, second.pk],
                                                            "next": reverse("kc-plan-units", args=[plan.pk])})
    assert response.status_code == 302 and response["Location"] == reverse("kc-plan-units", args=[plan.pk])
    body = client.get(response["Location"]).content.decode("utf-8")
    assert "已设置集合单位“各片区管理处”的 2 个成员:灵寿镇人民政府、青同镇人民政府" in body
    assert 'id="collectives-warning"' not in body and "2 个成员" in body and "修改成员" in body
    assert set(collective.members.all()) == {township, second}
    change = Change.objects.filter(kind="department", object_id=collective.pk).latest("id")
    assert change.after == {"members": ["灵寿镇人民政府", "青同镇人民政府"]}
    departments = client.get(reverse("kc-departments")).content.decode("utf-8")
    assert "灵寿镇人民政府、青同镇人民政府" in departments


def test_a_department_of_another_region_is_refused_and_nothing_is_saved(as_user, users, county, other_county):
    client = as_user(users["bureau"])
    _, collective, _ = _plan_with_new_collective(client)
    township, foreign = department(county, "灵寿镇人民政府"), department(other_county, "金塔县科学技术局")
    for chosen in ([township.pk, foreign.pk], [collective.pk], [987654], [township.pk, "x"], [str(2**63)],
                   ["²"], ["١٢"], [f"{township.pk}²"]):  # a superscript or Arabic-Indic digit is no id (was a 500)
        response = client.post(_members_url(collective), {"members": chosen})
        page = response.content.decode("utf-8")
        assert response.status_code == 400 and "所选成员中有不属于本地区的部门" in page, chosen
        assert not collective.members.exists()
    # the other county's bureau cannot see the page; a leader cannot change it
    assert as_user(users["other_bureau"]).get(_members_url(collective)).status_code == 404
    assert as_user(users["other_bureau"]).post(_members_url(collective), {"members": [foreign.pk]}).status_code == 404
    assert as_user(users["leader"]).post(_members_url(collective), {"members": [township.pk]}).status_code == 403
    assert not collective.members.exists()
    assert as_user(users["bureau"]).get(_members_url(township)).status_code == 404  # no members to a plain one


def test_members_set_before_confirming_receive_the_collectives_task(as_user, users, county):
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.supervision.models import Assignment

    client = as_user(users["bureau"])
    plan, collective, _ = _plan_with_new_collective(client)
    township = department(county, "灵寿镇人民政府")  # the "bystander" user's department
    client.post(_members_url(collective), {"members": [township.pk]})
    plan = plan_confirm(users["bureau"], plan, plan.version)
    task = plan.tasks.get(title__startswith=TASK)
    assert set(Assignment.objects.filter(task=task).values_list("department__name", "role")) == {
        ("灵寿县发展和改革局", "lead"), ("灵寿镇人民政府", "responsible")}
    assert TASK in as_user(users["bystander"]).get(reverse("kc-my-tasks")).content.decode("utf-8")


def test_members_set_after_confirming_take_the_task_from_the_empty_collective(as_user, users, county):
    from kechuang.web.notices.models import Notification
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.supervision.models import Assignment

    client = as_user(users["bureau"])
    plan, collective, _ = _plan_with_new_collective(client)
    plan = plan_confirm(users["bureau"], plan, plan.version)  # confirmed while the collective had no members
    task = plan.tasks.get(title__startswith=TASK)
    assert Assignment.objects.filter(task=task, department=collective).exists()  # held by no one's list
    bystander = as_user(users["bystander"])
    assert TASK not in bystander.get(reverse("kc-my-tasks")).content.decode("utf-8")  # (cached now)
    client = as_user(users["bureau"])
    response = client.post(_members_url(collective), {"members": [department(county, "灵寿镇人民政府").pk]},
                           follow=True)
    assert "1 项已下达的任务已分派给这些成员" in response.content.decode("utf-8")
    assert set(Assignment.objects.filter(task=task, role="responsible").values_list("department__name", flat=True)) \
        == {"灵寿镇人民政府"}
    assert TASK in as_user(users["bystander"]).get(reverse("kc-my-tasks")).content.decode("utf-8")
    assert Notification.objects.filter(user=users["bystander"], text__contains=plan.title).exists()


def test_creating_one_collective_goes_on_to_choose_its_members(as_user, users, county):
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.models import Plan

    client = as_user(users["bureau"])
    client.post(reverse("kc-plans"), {"text": TEXT, "name": "测试.txt"})
    plan = Plan.objects.latest("id")
    response = client.post(reverse("kc-plan-units", args=[plan.pk]), {"action": "create", "unit": "各片区管理处"})
    collective = Department.objects.get(region=county, name="各片区管理处")
    assert collective.is_collective
    assert response.status_code == 302 and response["Location"] == _members_url(collective, plan)
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "已新建部门并将“各片区管理处”对应到各片区管理处" in page
    assert f'name="next" value="{reverse("kc-plan-units", args=[plan.pk])}"' in page


def test_the_departments_page_creates_a_collective_and_shows_it_待设置成员(as_user, users, county):
    from kechuang.web.accounts.models import Department

    client = as_user(users["bureau"])
    response = client.post(reverse("kc-departments"), {"name": "各有关部门", "is_collective": "1"}, follow=True)
    collective = Department.objects.get(region=county, name="各有关部门")
    assert collective.is_collective and "已新建集合单位“各有关部门”,请选择其成员" in response.content.decode("utf-8")
    page = client.get(reverse("kc-departments")).content.decode("utf-8")
    row = page.split("<td>各有关部门</td>", 1)[1].split("</tr>", 1)[0]
    assert "待设置成员" in row and reverse("kc-department-members", args=[collective.pk]) in row
    assert "待设置成员" not in as_user(users["leader"]).get(reverse("kc-departments")).content.decode("utf-8") \
        .split("<td>各乡(镇)政府</td>", 1)[1].split("</tr>", 1)[0]  # the demo's collective has members


def test_the_api_sets_members_of_its_region_only(api, users, county, other_county):  # noqa: F811
    from kechuang.web.accounts.models import Department

    status, body = api(users["bureau"], "post", "/departments", {"name": "各有关部门", "is_collective": True})
    assert status == 201 and body["is_collective"] and body["members"] == []
    collective = Department.objects.get(pk=body["id"])
    township, foreign = department(county, "灵寿镇人民政府"), department(other_county, "金塔县科学技术局")
    url = f"/departments/{collective.pk}/members"
    for members in ([township.pk, foreign.pk], [2**40]):
        status, body = api(users["bureau"], "put", url, {"members": members})
        assert status == 400 and body["error"]["context"]["field"] == "members" and not collective.members.exists()
    assert api(users["other_bureau"], "put", url, {"members": [foreign.pk]})[0] == 404
    assert api(users["leader"], "put", url, {"members": [township.pk]})[0] == 403
    status, body = api(users["bureau"], "put", url, {"members": [township.pk]})
    assert status == 200 and body["members"] == [township.pk]
    rows = api(users["leader"], "get", "/departments")[1]
    assert next(r for r in rows if r["id"] == collective.pk)["members"] == [township.pk]


def test_confirming_with_a_collective_without_members_says_so_not_to_open_a_login(as_user, users):
    client = as_user(users["bureau"])
    plan, _, _ = _plan_with_new_collective(client)
    plan.refresh_from_db()
    response = client.post(reverse("kc-plan-confirm", args=[plan.pk]), {"version": plan.version}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("集合单位“各片区管理处”还没有成员,分派给它的任务尚未到达任何部门") for m in messages)
    login = next(m for m in messages if "还没有登录账号" in m)
    assert "灵寿县甲中心" in login and "各片区管理处" not in login  # users belong to plain departments only


def test_taking_out_a_member_that_signed_asks_first_and_keeps_everything_until_confirmed(as_user, users, county):
    """Review of 2026-12-02: unticking a member that had signed (签收) a task it held through the collective deleted
    the assignment with its signature, silently. Now the page refuses, names the member, saves nothing, and offers
    the confirmation; confirmed, the change records how many signed tasks went."""
    from django.utils import timezone

    from kechuang.web.history.models import Change
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.supervision.models import Assignment

    client = as_user(users["bureau"])
    plan, collective, _ = _plan_with_new_collective(client)
    township, second = department(county, "灵寿镇人民政府"), department(county, "青同镇人民政府")
    client.post(_members_url(collective), {"members": [township.pk, second.pk]})
    plan = plan_confirm(users["bureau"], plan, plan.version)
    task = plan.tasks.get(title__startswith=TASK)
    signed = Assignment.objects.get(task=task, department=township)
    signed.acknowledged_at = timezone.now()
    signed.save(update_fields=["acknowledged_at"])

    response = client.post(_members_url(collective), {"members": [second.pk]})
    page = response.content.decode("utf-8")
    assert response.status_code == 400
    assert "灵寿镇人民政府已签收集合单位“各片区管理处”分派的 1 项任务" in page and 'name="remove_signed"' in page
    assert set(collective.members.all()) == {township, second}  # nothing saved
    assert Assignment.objects.get(pk=signed.pk).acknowledged_at is not None

    response = client.post(_members_url(collective), {"members": [second.pk], "remove_signed": "1"})
    assert response.status_code == 302 and set(collective.members.all()) == {second}
    assert not Assignment.objects.filter(task=task, department=township).exists()
    change = Change.objects.filter(kind="department", object_id=collective.pk).latest("id")
    assert change.after == {"members": ["青同镇人民政府"], "signed_removed": ["灵寿镇人民政府"]}
    # a member that signed nothing is taken out without the question
    client.post(_members_url(collective), {"members": [second.pk, township.pk]})
    assert client.post(_members_url(collective), {"members": [second.pk]}).status_code == 302


def test_the_members_page_read_before_someone_else_s_change_saves_nothing(as_user, users, county):
    """The page carries the collective's version: a checklist read before another clerk set the members (or added an
    alias) is refused (409) with the members stored now shown, instead of silently replacing them."""
    import re

    client = as_user(users["bureau"])
    _, collective, _ = _plan_with_new_collective(client)
    township, other = department(county, "灵寿镇人民政府"), department(county, "灵寿县委组织部")
    page = client.get(_members_url(collective)).content.decode("utf-8")
    read = re.search(r'name="version" value="(\d+)"', page).group(1)
    assert client.post(_members_url(collective), {"members": [township.pk], "version": read}).status_code == 302
    response = client.post(_members_url(collective), {"members": [other.pk], "version": read})  # the older page
    page = response.content.decode("utf-8")
    assert response.status_code == 409 and "已被他人修改,未保存" in page
    assert [m.pk for m in collective.members.all()] == [township.pk]
    assert f'value="{township.pk}" checked' in page and f'value="{other.pk}" checked' not in page
    fresh = re.search(r'name="version" value="(\d+)"', page).group(1)
    assert int(fresh) == int(read) + 1
    assert client.post(_members_url(collective), {"members": [other.pk], "version": fresh}).status_code == 302
    assert [m.pk for m in collective.members.all()] == [other.pk]
