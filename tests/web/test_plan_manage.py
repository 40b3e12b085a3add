"""Managing plans: delete a draft (after confirmation), archive and un-archive a confirmed plan."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db


def test_a_draft_is_deleted_after_confirmation_with_its_tasks_and_file(as_user, users, draft_plan,
                                                                        django_capture_on_commit_callbacks):
    from django.core.files.storage import default_storage

    from kechuang.web.history.models import Change
    from kechuang.web.plans.models import Plan, Target, Task

    client = as_user(users["bureau"])
    name = draft_plan.document.name
    assert default_storage.exists(name)
    page = client.get(reverse("kc-plan", args=[draft_plan.pk])).content.decode("utf-8")
    url = reverse("kc-plan-delete", args=[draft_plan.pk])
    assert url in page
    confirm = client.get(url).content.decode("utf-8")
    assert "确认删除" in confirm and Plan.objects.filter(pk=draft_plan.pk).exists()  # asking deletes nothing
    with pytest.raises(KechuangError):  # a stale form (version) deletes nothing
        from kechuang.web.plans.services import plan_delete

        plan_delete(users["bureau"], draft_plan, draft_plan.version + 1)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url, {"version": draft_plan.version})
    from kechuang.web.keyset import Renewal  # the lists' table versions, also renewed on commit

    assert len([c for c in callbacks if not isinstance(c, Renewal)]) == 1  # the file goes once the deletion commits
    assert response.status_code == 302 and response["Location"] == reverse("kc-plans")
    assert not Plan.objects.filter(pk=draft_plan.pk).exists()
    assert not Task.objects.filter(plan_id=draft_plan.pk).exists() and not Target.objects.exists()
    assert not default_storage.exists(name)
    assert Change.objects.filter(kind="plan", object_id=draft_plan.pk, action="delete").exists()
    assert "已删除草稿" in client.get(response["Location"]).content.decode("utf-8")


def test_a_confirmed_plan_is_not_deleted(as_user, users, plan):
    from kechuang.web.plans.models import Plan

    response = as_user(users["bureau"]).post(reverse("kc-plan-delete", args=[plan.pk]), {"version": plan.version})
    assert response.status_code == 409 and "归档" in response.content.decode("utf-8")
    assert Plan.objects.filter(pk=plan.pk).exists()


def test_archive_hides_the_plan_makes_it_read_only_and_can_be_undone(as_user, users, plan, task):
    from kechuang.web.history.models import Change
    from kechuang.web.plans.services import TaskInput, task_update

    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plan-archive", args=[plan.pk]), {"archive": "1"})
    assert response.status_code == 302
    assert "已归档" in client.get(response["Location"]).content.decode("utf-8")
    listed = client.get(reverse("kc-plans")).content.decode("utf-8")
    assert reverse("kc-plan", args=[plan.pk]) not in listed
    archived = client.get(reverse("kc-plans") + "?archived=1").content.decode("utf-8")
    assert reverse("kc-plan", args=[plan.pk]) in archived
    board = client.get(reverse("kc-board", args=[plan.pk])).content.decode("utf-8")
    assert 'id="issue-reminders"' not in board  # read-only: the 催办 list is shown, no new 催办单
    assert client.post(reverse("kc-reminders", args=[plan.pk])).status_code == 409
    task.refresh_from_db()
    with pytest.raises(KechuangError) as info:
        task_update(users["bureau"], task, TaskInput(path=task.path, title="改"), task.version)
    assert "已归档" in info.value.message_zh
    page = client.get(reverse("kc-plan", args=[plan.pk])).content.decode("utf-8")
    assert reverse("kc-task-edit", args=[task.pk]) not in page
    lead = as_user(users["lead"])  # the departments' lists drop it; no more reports on it
    assert reverse("kc-task", args=[task.pk]) not in lead.get(reverse("kc-my-tasks")).content.decode("utf-8")
    assert lead.post(reverse("kc-report-new", args=[task.pk]), {"period": "2026-11", "text": "进展",
                                                               "percent": "50"}).status_code == 403
    client = as_user(users["bureau"])
    response = client.post(reverse("kc-plan-archive", args=[plan.pk]), {"archive": "0"})
    assert "已取消归档" in client.get(response["Location"]).content.decode("utf-8")
    assert reverse("kc-plan", args=[plan.pk]) in client.get(reverse("kc-plans")).content.decode("utf-8")
    assert [c.after for c in Change.objects.filter(kind="plan", object_id=plan.pk, action="update")][:2] == [
        {"archived": False}, {"archived": True}]


def test_a_draft_is_not_archived(users, draft_plan):
    from kechuang.web.plans.services import plan_archive

    with pytest.raises(KechuangError) as info:
        plan_archive(users["bureau"], draft_plan)
    assert "删除" in info.value.message_zh


@pytest.mark.parametrize("action", ["upload", "task_saved", "task_added", "task_deleted", "unit_mapped",
                                    "department_created", "confirmed", "revised"])
def test_every_plan_action_says_it_succeeded(as_user, users, county, action):
    from tests.web.conftest import LINGSHOU

    client = as_user(users["bureau"])
    text = "灵寿县测试方案\n一、重点任务\n(一)建设创新平台。(牵头单位:县发展和改革局;责任单位:县新设中心)\n"
    response = client.post(reverse("kc-plans"), {"text": text})
    from kechuang.web.plans.models import Plan

    plan = Plan.objects.get()
    task = plan.tasks.get()
    form = {"path": task.path, "title": "建设平台", "lead": "灵寿县发展和改革局", "version": task.version}
    steps = {
        "upload": (None, "已上传"),
        "task_saved": (lambda: client.post(reverse("kc-task-edit", args=[task.pk]), form), "已保存任务"),
        "task_added": (lambda: client.post(reverse("kc-task-add", args=[plan.pk]), {"path": "二", "title": "新任务"}),
                       "已新增任务"),
        "task_deleted": (lambda: client.post(reverse("kc-task-delete", args=[task.pk]), {"version": task.version}),
                         "已删除任务"),
        "unit_mapped": (lambda: client.post(reverse("kc-plan-units", args=[plan.pk]), {
            "unit": "灵寿县新设中心", "action": "map",
            "department": county.departments.get(name="灵寿县委组织部").pk}), "已将“灵寿县新设中心”对应到"),
        "department_created": (lambda: client.post(reverse("kc-plan-units", args=[plan.pk]), {
            "unit": "灵寿县新设中心", "action": "create"}), "已新建部门"),
        "confirmed": (lambda: (client.post(reverse("kc-plan-units", args=[plan.pk]), {
            "unit": "灵寿县新设中心", "action": "create"}), client.post(reverse("kc-plan-confirm", args=[plan.pk]),
                                                                   {"version": plan.version}))[1], "方案已确认"),
        "revised": (lambda: (client.post(reverse("kc-plan-units", args=[plan.pk]), {
            "unit": "灵寿县新设中心", "action": "create"}), client.post(reverse("kc-plan-confirm", args=[plan.pk]), {
                "version": plan.version}), client.get(reverse("kc-plans")),
            client.post(reverse("kc-plan-revise", args=[plan.pk]), {"text": LINGSHOU.read_text("utf-8")}))[3],
            "已上传修订版"),
    }
    step, words = steps[action]
    if step is not None:
        response = step()
    assert response.status_code == 302, response.content.decode("utf-8")[:500]
    assert words in client.get(response["Location"]).content.decode("utf-8")
