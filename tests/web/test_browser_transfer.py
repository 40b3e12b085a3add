"""A demand matched and a 对接 recorded in headless Chromium: the enterprise user enters a demand (with HTML in it),
sees the achievements that could answer it with their reasons, the bureau records a 对接 — a fake PDF refused,
then a signed and registered contract with its PDF — and the contract value reaches the indicator.
Screenshots go to test-artifacts/browser/transfer-*.png."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.transfer_fixtures import *  # noqa: F403  (fixtures)


@pytest.mark.django_db(transaction=True)
def test_a_demand_is_matched_and_a_docking_recorded(live_server, browser, sign_in, users, county, achievements,
                                                    tmp_path):
    from kechuang.web.indicators.models import Observation
    from kechuang.web.transfer.models import Demand, Docking

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"transfer-{name}.png"), full_page=True)

    sign_in(page, "ent_user")
    menu_follow(page, "需求与成果")
    page.click("text=登记需求")
    page.fill("#demand-form input[name=title]", "食用菌菌渣<b>资源化</b>利用")
    page.fill("#demand-form textarea[name=problem]", "每年产生菌渣约2万吨,需要制备育苗基质的低成本工艺。")
    page.fill("#demand-form input[name=fields]", "农业、资源综合利用")
    page.fill("#demand-form input[name=budget]", "50")
    page.fill("#demand-form input[name=maturity]", "6")
    page.click("#demand-form button[type=submit]")
    assert "已登记技术需求" in page.locator(".messages").inner_text()
    assert page.locator("main h1").inner_text().startswith("食用菌菌渣<b>资源化</b>利用")  # shown as text
    first = page.locator("#matches li.match").first
    assert "食用菌菌渣制备育苗基质技术" in first.inner_text()
    assert first.locator("mark").count() >= 2 and "同属行业 食用菌" in first.inner_text()
    assert "成熟度匹配" in first.inner_text() and "成果 7 级,需求至少 6 级" in first.inner_text()
    shot("matched")
    demand = Demand.objects.get(title__startswith="食用菌菌渣")

    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-transfer-demand", args=[demand.pk]))
    fake, real = tmp_path / "合同.pdf", tmp_path / "签约.pdf"
    fake.write_bytes(b"\x89PNG not a pdf")
    real.write_bytes(b"%PDF-1.4 contract")

    def record(attachment):
        form = page.locator("#docking-form")
        form.locator("select[name=achievement_id]").select_option(index=1)  # the first recommended
        form.locator("input[name=held_on]").fill("2026-11-10")
        form.locator("select[name=form]").select_option("onsite")
        form.locator("select[name=outcome]").select_option("contract")
        form.locator("input[name=contract_no]").fill("130126-2026-0088")
        form.locator("input[name=contract_amount]").fill("1,234.5")
        form.locator("input[name=signed_on]").fill("2026-11-12")
        form.locator("input[name=registered]").check()
        form.locator("input[name=files]").set_input_files(str(attachment))
        form.locator("button[type=submit]").click()

    record(fake)
    assert "附件“合同.pdf”不是 PDF 文件" in page.locator(".error").inner_text()
    assert not Docking.objects.exists()
    shot("docking-refused")
    record(real)
    assert "技术合同 1234.5 万元(已认定登记)" in page.locator(".messages").inner_text()
    assert "签约.pdf" in page.locator("#dockings").inner_text()
    assert "对接记录" in page.locator("#history").inner_text()
    shot("docked")
    value = Observation.objects.get(region=county, indicator__code="technology_contract_value", period=2026,
                                    is_current=True)
    assert value.value == 1234.5
    assert refused == []
