"""A voucher in headless Chromium: an enterprise user applies, the bureau issues it, a redemption over the
allowed amount is refused, the redemption with its contract and invoice files (invoice `1,234.5`) is recorded,
settled, and the enterprise reads the messages. Screenshots go to test-artifacts/browser/voucher-*.png."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)


@pytest.mark.django_db(transaction=True)
def test_issue_redeem_and_settle_a_voucher_in_the_browser(live_server, browser, sign_in, voucher_users, batch,
                                                          provider, tmp_path):
    from kechuang.web.vouchers.models import Redemption, Voucher

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    batch_url = live_server.url + reverse("kc-voucher-batch", args=[batch.pk])

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"voucher-{name}.png"), full_page=True)

    sign_in(page, "firm_a")
    menu_follow(page, "创新券")
    page.click(f"text={batch.title}")
    page.fill("#apply-form input[name=service]", "新产品性能检测")
    page.fill("#apply-form input[name=amount]", "3.5")
    page.click("#apply-form button[type=submit]")
    assert "每家企业上限 3 万元" in page.locator(".error").inner_text()
    page.fill("#apply-form input[name=amount]", "1.5")
    page.click("#apply-form button[type=submit]")
    assert "待科技局审核" in page.locator(".messages").inner_text()
    shot("applied")

    sign_in(page, "bureau")
    page.goto(batch_url)
    page.click("#applications button.approve")
    assert "已发券" in page.locator(".messages").inner_text()
    code = Voucher.objects.get().code
    form = page.locator(f"#vouchers tr[data-code='{code}'] form.redeem-form")
    contract, invoice = tmp_path / "合同.pdf", tmp_path / "发票.pdf"
    contract.write_bytes(b"%PDF-1.4 contract")
    invoice.write_bytes(b"%PDF-1.4 invoice")

    def redeem(invoice_no, amount=""):
        form = page.locator(f"#vouchers tr[data-code='{code}'] form.redeem-form")
        form.locator("input[name=contract_no]").fill("HT-2026-05")
        form.locator("input[name=contract_amount]").fill("2,000")
        form.locator("input[name=invoice_no]").fill(invoice_no)
        form.locator("input[name=invoice_amount]").fill("1,234.5")
        form.locator("input[name=amount]").fill(amount)
        form.locator("input[name=contract_files]").set_input_files(str(contract))
        form.locator("input[name=invoice_files]").set_input_files(str(invoice))
        form.locator("button[type=submit]").click()

    assert form.count() == 1
    redeem("FP-2026-001", amount="2")
    error = page.locator(".error").inner_text()
    assert "抵扣金额 2 万元超过可抵扣的 1.5 万元" in error and "未核销" in error
    shot("redeem-refused")
    assert Redemption.objects.count() == 0
    redeem("FP-2026-001")
    assert "抵扣 1.5 万元" in page.locator(".messages").inner_text()
    assert page.locator(f"#vouchers tr[data-code='{code}'] .remaining").inner_text() == "0"
    shot("redeemed")
    page.fill("#redemptions input[name=reference]", "ZF-2026-11")
    page.click("#redemptions .settle-form button[type=submit]")
    assert "已兑付 2026-11-21(凭证 ZF-2026-11)" in page.locator("#redemptions .settlement").inner_text()
    assert page.locator("#settled").inner_text() == "1.5 万元"
    assert "创新券核销" in page.locator("#history").inner_text()
    shot("settled")

    sign_in(page, "firm_a")
    page.goto(live_server.url + reverse("kc-notifications"))
    text = page.locator("main").inner_text()
    assert code in text and "ZF-2026-11" in text
    shot("enterprise-messages")
    assert refused == []
