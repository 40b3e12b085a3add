"""Outcomes as users see them, in headless Chromium: a department reports a target's number, the lead unit approves
it, the light on 目标监测 changes (with its chart), the leader's cockpit shows it and prints on A4 landscape.
Screenshots go to test-artifacts/browser/ (as the other browser tests')."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS


@pytest.mark.django_db(transaction=True)
def test_a_reported_number_changes_the_light_and_the_cockpit_shows_it(live_server, browser, sign_in, users, plan,
                                                                     county):
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.services import observation_record
    from kechuang.web.plans.targets import TargetInput, target_add

    task = plan.tasks.get(path="五/(一)/1")
    target = target_add(users["bureau"], task, TargetInput("高新技术企业", "30", unit="家", year="2027"))
    ind = Indicator.objects.get(code="hitech_enterprises")
    for year, value in {2021: 10, 2022: 12, 2023: 14, 2024: 16, 2025: 18}.items():
        observation_record(county, ind, year, value, source_kind="demo", is_demo=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 900})
    page = context.new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)

    def row_light():
        return page.locator(f"#target-{target.pk} .light").inner_text()

    monitor = live_server.url + reverse("kc-plan-monitor", args=[plan.pk])
    sign_in(page, "leader")
    page.goto(monitor)
    page.wait_for_selector(f'.target-chart[data-target="{target.pk}"][data-rendered="1"]')
    assert row_light() == "红(明显滞后)" and "示例数据" in page.locator("h1").inner_text()
    page.screenshot(path=str(ARTIFACTS / "outcomes-01-monitor-before.png"), full_page=True)

    sign_in(page, "responsible")  # reports the target's number with its progress
    page.goto(live_server.url + reverse("kc-task", args=[task.pk]))
    page.fill(f"input[name=value_{target.pk}]", "29")
    page.fill("input[name=percent]", "60")
    page.fill("textarea[name=text]", "新认定高新技术企业 11 家")
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("#reports .status.submitted")
    page.screenshot(path=str(ARTIFACTS / "outcomes-02-reported.png"), full_page=True)

    sign_in(page, "lead")  # approves: the number becomes an observation of the linked indicator
    page.goto(live_server.url + reverse("kc-task", args=[task.pk]))
    page.click("#reports button.approve")
    page.wait_for_selector("#reports .status.approved")

    sign_in(page, "leader")
    page.goto(monitor)
    page.wait_for_selector(f'.target-chart[data-target="{target.pk}"][data-rendered="1"]')
    assert row_light() == "绿(进度正常)"
    assert "进度报送" in page.locator(f"#target-{target.pk}").inner_text()
    page.screenshot(path=str(ARTIFACTS / "outcomes-03-monitor-after.png"), full_page=True)

    page.click("#cockpit-link")
    page.wait_for_selector("#cockpit-trend[data-rendered='1']")
    assert "尚未开展评价" in page.locator("#forecast").inner_text()
    assert "示例数据" in page.locator("h1").inner_text()
    page.screenshot(path=str(ARTIFACTS / "outcomes-04-cockpit.png"), full_page=True)
    page.emulate_media(media="print")  # as the browser's print dialog: print styles, charts redrawn to fit
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    pdf = page.pdf(path=str(ARTIFACTS / "outcomes-05-cockpit-print.pdf"), prefer_css_page_size=True,
                   print_background=True)
    assert pdf.startswith(b"%PDF")
    assert refused == []
