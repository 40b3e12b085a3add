"""Review and confirmation of plans the project never saw: unassigned tasks, default deadlines, links to the source,
the hint about units before the first heading, creating every unmatched unit's department at once."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "plans"
NJHZX = REAL / "cn-guowuyuan-njhzx2018.txt"  # 国务院 2018: goals to 2020 and 2025


def _api(client, user, method: str, url: str, body: dict | None = None):
    import json
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=user, digest=token_digest(token))
    extra = {"content_type": "application/json", "data": json.dumps(body)} if body is not None else {}
    response = getattr(client, method)(f"/api/v1{url}", HTTP_AUTHORIZATION=f"Bearer {token}", **extra)
    return response.status_code, response.json()


def _upload(client, path: Path) -> int:
    response = client.post(reverse("kc-plans"), {"text": path.read_text("utf-8"), "name": path.name})
    assert response.status_code == 302, response.content.decode("utf-8")[:2000]
    from kechuang.web.plans.models import Plan

    return Plan.objects.latest("id").pk


def test_tasks_with_no_unit_are_listed_and_confirmed_only_when_left_unassigned_explicitly(
        as_user, users, draft_plan):
    from kechuang.web.plans.services import plan_confirm

    bare = list(draft_plan.tasks.filter(lead_units=[], responsible_units=[], cooperating_units=[]))
    assert [t.path for t in bare] == ["三", "四/第二阶段"]
    with pytest.raises(KechuangError) as info:
        plan_confirm(users["bureau"], draft_plan, draft_plan.version)
    assert info.value.code == "KC-WEB-UNASSIGNED"
    assert all(f"{t.path} {t.title[:30]}" in info.value.message_zh for t in bare)
    assert "确认这些任务暂不分派" in info.value.message_zh
    draft_plan.refresh_from_db()
    assert draft_plan.status == "draft"

    client = as_user(users["bureau"])
    page = client.get(reverse("kc-plan-units", args=[draft_plan.pk])).content.decode("utf-8")
    warning = page[page.index('id="unassigned-warning"'):]
    assert all(t.title in warning and f"#task-{t.pk}" in warning for t in bare)
    assert re.search(r'name="acknowledge_unassigned" value="1" required', page)

    status, body = _api(client, users["bureau"], "post", f"/plans/{draft_plan.pk}/confirm",
                        {"version": draft_plan.version})
    assert status == 400 and body["error"]["code"] == "KC-WEB-UNASSIGNED"
    response = client.post(reverse("kc-plan-confirm", args=[draft_plan.pk]), {"version": draft_plan.version})
    assert response.status_code == 400 and bare[0].title[:30] in response.content.decode("utf-8")
    draft_plan.refresh_from_db()
    assert draft_plan.status == "draft" and not draft_plan.tasks.filter(assignments__isnull=False).exists()
    response = client.post(reverse("kc-plan-confirm", args=[draft_plan.pk]),
                           {"version": draft_plan.version, "acknowledge_unassigned": "1"})
    assert response.status_code == 302
    draft_plan.refresh_from_db()
    assert draft_plan.status == "confirmed"
    assert all(not t.assignments.exists() for t in bare)


def test_confirming_names_the_departments_nobody_can_sign_in_for(as_user, users, draft_plan):
    """After 全部新建 the clerk read "任务已下达到各部门" while twelve new departments had no login."""
    from kechuang.web.accounts.models import Department

    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plan-confirm", args=[draft_plan.pk]),
                           {"version": draft_plan.version, "acknowledge_unassigned": "1"}, follow=True)
    page = response.content.decode("utf-8")
    assigned = Department.objects.filter(assignments__task__plan=draft_plan).distinct()
    idle = [d.name for d in assigned if not d.profile_set.filter(user__is_active=True).exists()]
    assert idle and len(idle) < assigned.count()  # the fixture's units with users are not named
    assert f"其中 {len(idle)} 个部门还没有登录账号" in page and "请到“用户”页面为其开设账号" in page
    with_login = next(d.name for d in assigned if d.name not in idle)
    notice = page[page.index("还没有登录账号"):]
    assert with_login not in notice[:notice.index("请到")]


def test_a_plan_of_several_years_defaults_deadlines_to_its_horizon_and_says_so(as_user, users, county):
    from kechuang.web.plans.models import Plan
    from kechuang.web.plans.services import TaskInput, task_update

    client = as_user(users["bureau"])
    plan = Plan.objects.get(pk=_upload(client, NJHZX))
    tasks = list(plan.tasks.prefetch_related("targets"))
    no_target = [t for t in tasks if not t.targets.all()]
    assert no_target, "the plan has tasks that state no target year"
    # None ends in the document's year (2018): on confirmation they would all be overdue at once.
    assert {t.deadline for t in no_target} == {date(2025, 12, 31)}
    assert {t.deadline_basis for t in no_target} == {"plan_target"}
    for t in tasks:
        if t.targets.all():
            assert t.deadline == date(max(x.year for x in t.targets.all() if x.year), 12, 31)
            assert t.deadline_basis == "task_target"
    page = client.get(reverse("kc-plan", args=[plan.pk])).content.decode("utf-8")
    assert f"有 {len(tasks)} 项任务的完成时限原文未写明" in page
    status, body = _api(client, users["bureau"], "get", f"/tasks?plan={plan.pk}")
    assert status == 200, body
    rows = body["items"] if isinstance(body, dict) else body
    assert {r["deadline_default"] for r in rows if r["id"] in {t.pk for t in no_target}} == {"按方案目标年份"}
    assert page.count("默认·按方案目标年份") == len(no_target)
    # The clerk sets one: it is no longer a default.
    task = no_target[0]
    edit = client.get(reverse("kc-task-edit", args=[task.pk])).content.decode("utf-8")
    assert 'id="deadline-default"' in edit and "按方案目标年份默认填写" in edit
    task_update(users["bureau"], task, TaskInput(path=task.path, title=task.title, deadline=date(2022, 6, 30)),
                task.version)
    task.refresh_from_db()
    assert task.deadline_basis == ""
    page = client.get(reverse("kc-plan", args=[plan.pk])).content.decode("utf-8")
    assert page.count("默认·按方案目标年份") == len(no_target) - 1


def test_each_target_and_unit_of_the_table_links_to_its_highlight_in_the_source(as_user, users, draft_plan):
    page = as_user(users["bureau"]).get(reverse("kc-plan", args=[draft_plan.pk])).content.decode("utf-8")
    marks = {a: html.unescape(text) for a, text in re.findall(
        r'<mark class="(?:unit|target)" data-ref="task-\d+" id="(src-[\w-]+)"><a[^>]*>(.*?)</a>', page)}
    links = [(a, html.unescape(text)) for a, text in
             re.findall(r'<a href="#(src-[\w-]+)" class="to-source" title="在原文中定位">(.*?)</a>', page)]
    targets = [t for task in draft_plan.tasks.all() for t in task.targets.all()]
    target_links = {a: text for a, text in links if a.startswith("src-target-")}
    assert len(target_links) == len(targets)
    for t in targets:
        assert marks[f"src-target-{t.pk}"] == draft_plan.text[t.start:t.end]
    unit_links = [(a, text) for a, text in links if a.startswith("src-unit-")]
    named = sum(len(t.lead_units) + len(t.responsible_units) + len(t.cooperating_units)
                for t in draft_plan.tasks.all())
    assert len(unit_links) == named
    task = draft_plan.tasks.get(path="五/(一)/1")
    for anchor, unit in unit_links:
        assert anchor in marks  # every link has its place in the source pane
        if anchor.startswith(f"src-unit-{task.pk}-"):
            assert unit in task.lead_units + task.responsible_units + task.cooperating_units
    # the printed unit is the canonical name's tail (发展改革局 for 灵寿县发展和改革局 …): spot one
    lead = next(a for a, u in unit_links if u == "灵寿县发展和改革局" and a.startswith(f"src-unit-{task.pk}-"))
    assert marks[lead] in draft_plan.text[task.start:]


def test_a_target_printed_in_its_headings_line_links_to_its_highlight(as_user, users):
    """Task-division documents print the target in the numbered line itself (监利: 0 of 9 targets had a link)."""
    text = ("监利县2022年重点工作任务分解方案\n一、重点任务\n1.到2025年建成3家省级研发中心(牵头单位:县科技局)\n"
            "2.新增高新技术企业10家(牵头单位:县科技局)\n")
    client = as_user(users["bureau"])
    plan_url = client.post(reverse("kc-plans"), {"text": text})["Location"]
    page = client.get(plan_url).content.decode("utf-8")
    marks = dict(re.findall(r'<mark class="target" data-ref="task-\d+" id="(src-target-\d+)"><a[^>]*>(.*?)</a>', page))
    links = re.findall(r'<a href="#(src-target-\d+)" class="to-source"', page)
    assert len(links) == 2 and set(links) == set(marks)
    assert sorted(marks.values()) == ["建成3家省级研发中心", "新增高新技术企业10家"]
    assert page.count('<mark class="heading"') >= 4  # each heading goes on around its target


def test_units_before_the_first_heading_are_said_to_be_on_the_unnumbered_task(as_user, users, county):
    from kechuang.web.plans.models import Plan

    text = "灵寿县科技特派员工作方案\n加强科技特派员队伍建设,每年选派科技特派员50名。(牵头单位:县科学技术局;责任单位:县财政局)\n"
    client = as_user(users["bureau"])
    client.post(reverse("kc-plans"), {"text": text, "name": "特派员.txt"})
    plan = Plan.objects.latest("id")
    task = plan.tasks.get()
    assert task.path == "(未编号)" and task.lead_units
    page = client.get(reverse("kc-plan", args=[plan.pk])).content.decode("utf-8")
    assert "未能归属到任务" not in page
    assert "已归入“(未编号)”任务" in page
    status, body = _api(client, users["bureau"], "get", f"/plans/{plan.pk}")
    assert status == 200 and any("已归入“(未编号)”任务" in w for w in body["warnings"])
    assert not any("未能归属到任务" in w for w in body["warnings"])


def test_all_unmatched_units_become_departments_at_once(as_user, users, county):
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.models import Plan

    text = ("灵寿县测试方案\n一、重点任务\n(一)建设平台。(牵头单位:县甲中心;责任单位:县乙中心、县丙中心)\n"
            "(二)培育企业。(牵头单位:县发展和改革局;责任单位:县丁中心、各片区管理处)\n")
    client = as_user(users["bureau"])
    client.post(reverse("kc-plans"), {"text": text, "name": "测试.txt"})
    plan = Plan.objects.latest("id")
    page = client.get(reverse("kc-plan-units", args=[plan.pk])).content.decode("utf-8")
    assert 'value="create_all"' in page and "5 个未匹配单位" in page
    before = Department.objects.filter(region=county).count()
    response = client.post(reverse("kc-plan-units", args=[plan.pk]), {"action": "create_all"}, follow=True)
    body = response.content.decode("utf-8")
    # a collective is no one body: it is made a collective unit, shown 待设置成员 with the link to choose them
    assert "已新建 5 个部门(其中 1 个集合单位)" in body and "请为集合单位各片区管理处设置成员" in body
    collective = Department.objects.get(region=county, name="各片区管理处")
    assert collective.is_collective and not collective.members.exists()
    assert "待设置成员" in body and reverse("kc-department-members", args=[collective.pk]) in body
    assert Department.objects.filter(region=county).count() == before + 5
    plan.refresh_from_db()
    assert set(plan.unit_map) == {"灵寿县甲中心", "灵寿县乙中心", "灵寿县丙中心", "灵寿县丁中心", "各片区管理处"}


def test_creating_all_refuses_every_bad_name_and_creates_nothing(as_user, users, county):
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.models import Plan

    text = "灵寿县测试方案\n一、重点任务\n(一)建设平台。(牵头单位:县甲中心;责任单位:县乙中心)\n"
    client = as_user(users["bureau"])
    client.post(reverse("kc-plans"), {"text": text, "name": "测试.txt"})
    plan = Plan.objects.latest("id")
    # A unit stored before names were checked (the check of one by one refuses it too).
    plan.tasks.update(cooperating_units=["=HYPERLINK(1)", "县<b>中心"])
    before = Department.objects.filter(region=county).count()
    response = client.post(reverse("kc-plan-units", args=[plan.pk]), {"action": "create_all"})
    body = response.content.decode("utf-8")
    assert response.status_code == 400
    assert "有 2 个单位名称不能用作部门名称,未新建任何部门" in body
    assert "=HYPERLINK(1)" in body and "县&lt;b&gt;中心" in body
    assert Department.objects.filter(region=county).count() == before
    plan.refresh_from_db()
    assert plan.unit_map == {}
