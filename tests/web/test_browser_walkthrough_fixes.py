"""The pages the walk-through's faults were on, after the fixes, in headless Chromium (screenshots:
test-artifacts/browser/fix-*.png): the units page matching 各乡镇人民政府 to the county's 各乡(镇)政府 and
新建为部门 making 县直各有关单位 a collective (the members' checklist); the board's ranking without the collective
that has no members; 我的任务 listing a task once with the unit's roles and the plan; the task page's 45 and
分工 签收 rows; the target page saying why a target with reported values stays."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, plan_paste
from tests.web.test_collective_names import TEXT


@pytest.mark.django_db(transaction=True)
def test_the_walk_through_pages_after_the_fixes(live_server, browser, sign_in, users, county):
    from kechuang.web.accounts.collectives import collective_members_set
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.plans.targets import TargetInput, target_add
    from kechuang.web.supervision.cycle import acknowledge
    from kechuang.web.supervision.services import ReportInput, report_submit

    page = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800}).new_page()
    page.on("dialog", lambda dialog: dialog.accept())

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"fix-{name}.png"), full_page=True)

    sign_in(page, "bureau")
    plan = plan_paste(page, live_server, TEXT)
    page.goto(live_server.url + reverse("kc-plan-units", args=[plan.pk]))
    assert "各乡(镇)政府" in page.locator("tr", has=page.locator("td:text-is('各乡镇人民政府')")).inner_text()
    shot("units")
    page.locator("tr", has_text="县直各有关单位").locator("button", has_text="新建为部门").click()
    page.wait_for_selector("#members-form")  # a collective created alone goes to its members' checklist
    assert "县直各有关单位" in page.locator("h1").inner_text()
    shot("collective-created")
    direct = Department.objects.get(region=county, name__endswith="县直各有关单位")
    assert direct.is_collective
    plan.refresh_from_db()
    task = plan.tasks.get(title__startswith="落实惠企政策")
    target = target_add(users["bureau"], task, TargetInput(indicator="惠企政策兑现事项", value="50", unit="项"))
    plan = plan_confirm(users["bureau"], plan, plan.version, acknowledge_unassigned=True)
    page.goto(live_server.url + reverse("kc-board", args=[plan.pk]))
    assert "县直各有关单位" not in page.locator("#league").inner_text()
    shot("board")

    collective_members_set(users["bureau"], direct, [users["lead"].profile.department.pk])
    sign_in(page, "lead")
    page.goto(live_server.url + reverse("kc-my-tasks"))
    rows = page.locator("section.notice li", has_text="落实惠企政策")
    assert rows.count() == 1 and "牵头单位、责任单位" in rows.inner_text() and plan.title in rows.inner_text()
    shot("my-tasks")
    acknowledge(users["lead"], task)
    report_submit(users["lead"], task, ReportInput(period="2026-12", text="已兑现45项", percent=60,
                                                  values={target.pk: "45"}))
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-task", args=[task.pk]))
    assert "惠企政策兑现事项:45" in page.inner_text("body") and "45.0" not in page.inner_text("body")
    assert "特派员选派" not in page.inner_text("body")
    shot("task")
    page.goto(live_server.url + reverse("kc-target-edit", args=[target.pk]))
    assert "不能删除" in page.locator("#target-kept").inner_text() and page.locator("text=删除该目标").count() == 0
    shot("target-kept")
