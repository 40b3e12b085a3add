"""A clerk in headless Chromium: 全部新建 on the units page makes a collective marked 待设置成员, its 设置成员 link opens
the checklist of the county's departments, saving returns to the units page with the members named; a target whose
indicator is markup is refused on the form by name."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, plan_paste
from tests.web.test_collective_members import TEXT


@pytest.mark.django_db(transaction=True)
def test_a_collective_created_with_all_units_gets_its_members_from_a_checklist(live_server, browser, sign_in, users,
                                                                               county):

    page = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800}).new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # 全部新建 asks first
    sign_in(page, "bureau")
    plan = plan_paste(page, live_server, TEXT)
    page.goto(live_server.url + reverse("kc-plan-units", args=[plan.pk]))
    page.click("#create-all button")
    page.wait_for_selector("#collectives-warning")
    assert "1 个集合单位还没有成员" in page.locator("#collectives-warning").inner_text()
    row = page.locator("tr", has=page.locator("td:text-is('各片区管理处')"))
    assert "待设置成员" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "units-collective-unset.png"), full_page=True)

    row.locator("a.set-members").click()
    page.wait_for_selector("#members-form")
    assert page.locator("h1").inner_text() == "设置集合单位的成员:各片区管理处"
    assert "金塔县科学技术局" not in page.locator("#members-form").inner_text()  # another county's
    page.check("label:has-text('灵寿镇人民政府') input")
    page.check("label:has-text('青同镇人民政府') input")
    page.screenshot(path=str(ARTIFACTS / "collective-members.png"), full_page=True)
    page.click("#members-form button[type=submit]")
    page.wait_for_url(f"**{reverse('kc-plan-units', args=[plan.pk])}")
    assert "已设置集合单位“各片区管理处”的 2 个成员:灵寿镇人民政府、青同镇人民政府" in page.locator(".messages").inner_text()
    assert page.locator("#collectives-warning").count() == 0
    assert "2 个成员" in page.locator("tr", has=page.locator("td:text-is('各片区管理处')")).inner_text()
    page.screenshot(path=str(ARTIFACTS / "units-collective-set.png"), full_page=True)
    page.goto(live_server.url + reverse("kc-departments"))
    assert "灵寿镇人民政府、青同镇人民政府" in page.locator("tr", has=page.locator("td:text-is('各片区管理处')")).inner_text()
    page.screenshot(path=str(ARTIFACTS / "departments-collectives.png"), full_page=True)


@pytest.mark.django_db(transaction=True)
def test_an_indicator_written_as_markup_is_refused_on_the_form(live_server, browser, sign_in, users, task):
    page = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800}).new_page()
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-target-add", args=[task.pk]))
    page.fill("input[name=indicator]", "<script>alert(1)</script>")
    page.fill("input[name=value]", "50")
    page.click("main form button[type=submit]")
    page.wait_for_selector("[role=alert]")
    assert page.locator("[role=alert]").inner_text().startswith("指标“<script>alert(1)</script>”含有网页标记“<script>”")
    assert page.locator("input[name=indicator]").input_value() == "<script>alert(1)</script>"  # kept to correct
    page.screenshot(path=str(ARTIFACTS / "target-markup-refused.png"), full_page=True)
