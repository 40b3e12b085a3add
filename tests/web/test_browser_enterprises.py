"""The whole enterprise issue in one walk in headless Chromium: the bureau imports a workbook with two bad rows,
fixes them and imports, runs the 高企 check, enters a firm into the reserve and moves it to 培育 (the pipeline chart
drawn); the enterprise user fills the 科小 form and sees its score, keeps its 研发费用 item by item and applies for
an innovation voucher; the bureau issues it, records the redemption and settles it; the enterprise reads its 创新券
messages. Screenshots: test-artifacts/browser/enterprises-*.png. No inline script or style is refused by the CSP."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)

CODE_C, CODE_D = "91130126MA0CX0004G", "91130126MA0CX0005K"


def _workbook(path, bad: bool) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "企业信息"
    sheet.append(["统一社会信用代码", "企业名称", "成立日期"])
    sheet.append([CODE_C, "灵寿县丙电子有限公司", "2015-05-01"])
    sheet.append(["123" if bad else CODE_D, "灵寿县丁材料有限公司", "2016-01-01"])
    years = book.create_sheet("年度数据")
    years.append(["统一社会信用代码", "年度", "职工总数(人)", "科技人员(人)", "销售收入(万元)", "总收入(万元)",
                  "研发费用(万元)", "境内研发费用(万元)", "高新技术产品(服务)收入(万元)", "净资产(万元)"])
    for year, sales in ((2023, 3000), (2024, 3600), (2025, 4200)):
        staff = 30 if bad and year == 2025 else 120  # 科技人员 40 > 职工总数 30: impossible
        years.append([CODE_C, year, staff, 40, f"{sales:,}万元", sales + 100, sales * 0.06, sales * 0.06, sales * 0.8,
                      sales * 0.4])
    out = BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())


@pytest.mark.django_db(transaction=True)
def test_import_fix_check_reserve_sme_and_a_voucher(live_server, browser, sign_in, users, county, tmp_path,
                                                    voucher_users, batch, provider):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    step = iter(range(1, 100))

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"enterprises-{next(step):02d}-{name}.png"), full_page=True)

    sign_in(page, "bureau")
    page.goto(f"{live_server.url}/enterprises/")
    page.click("#enterprise-import")
    bad = tmp_path / "企业名单.xlsx"
    _workbook(bad, bad=True)
    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-upload button[type=submit]")
    page.wait_for_selector("#row-errors")
    errors = page.locator("#row-errors").inner_text()
    assert "应为 18 位" in errors and "多于职工总数" in errors and "企业名单.xlsx" in errors
    shot("import-errors")
    page.click("#import-go")
    assert "未导入任何数据" in page.locator(".error").first.inner_text()

    _workbook(bad, bad=False)  # fixed
    page.goto(f"{live_server.url}/enterprises/import/")
    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-upload button[type=submit]")
    page.wait_for_selector("#preview")
    assert "新增 2 家" in page.locator("#import-counts").inner_text() and not page.locator("#row-errors").count()
    page.click("#import-go")
    page.wait_for_selector("#enterprises")
    assert "新增 2 家" in page.locator(".messages").inner_text()
    shot("registry")

    page.click("#batch-check")
    page.wait_for_selector("#promising")
    assert "灵寿县丙电子有限公司" in page.locator("#promising").inner_text()
    page.locator("#promising tr", has_text="灵寿县丙电子有限公司").locator("a").first.click()
    page.wait_for_selector("#conditions")
    assert page.locator("#overall").get_attribute("data-overall") in ("promising", "opportunity")
    shot("check")
    page.goto(f"{live_server.url}/enterprises/check/")
    page.locator("#promising tr", has_text="灵寿县丙电子有限公司").locator("button").click()
    page.wait_for_selector("#pipeline-chart[data-rendered='1']")
    row = page.locator("#stage-entered tr", has_text="灵寿县丙电子有限公司")
    row.locator("select[name=stage]").select_option("cultivating")
    row.locator("button").click()
    page.wait_for_selector("#stage-cultivating")
    assert "灵寿县丙电子有限公司" in page.locator("#stage-cultivating").inner_text()
    shot("reserve")

    sign_in(page, "ent_user")
    assert page.url.endswith(f"/enterprises/{users['ent_user'].profile.enterprise_id}/")
    page.click("#sme-link")
    page.fill("#sme-form input[name=year]", "2025")
    for name, value in (("employees", "100"), ("tech_staff", "30"), ("sales_revenue", "1,000万元"),
                        ("rd_expense", "60"), ("cost_total", "900"), ("total_assets", "800")):
        page.fill(f"#sme-form input[name={name}]", value)
    for box in ("sme_resident", "sme_eligible_industry", "sme_no_violation"):
        page.check(f"#sme-form input[name={box}]")
    page.click("#sme-form button[type=submit]")
    page.wait_for_selector("#sme-score")
    assert page.locator("#sme-score").inner_text() == "70" and "符合条件" in page.locator("#sme-result").inner_text()
    assert "如何提高得分" in page.locator("#sme-result").inner_text()
    shot("sme")

    page.click("main h1 a")  # back to the enterprise's page
    page.fill("#figures-form input[name=year]", "2025")
    for name, value in (("rd_item_personnel", "40"), ("rd_item_direct", "15"), ("rd_item_other", "20")):
        page.fill(f"#figures-form input[name={name}]", value)
    page.click("#figures-form button[type=submit]")
    notes = page.locator(".messages").inner_text()
    assert "研发费用按明细计为 68.8 万元" in notes and "其他费用超过研发费用总额的 20%" in notes
    shot("rd-items")

    _voucher_walk(page, live_server, sign_in, shot, batch, tmp_path)
    assert not refused, refused


def _voucher_walk(page, live_server, sign_in, shot, batch, tmp_path) -> None:
    """The enterprise user applies; the bureau issues, records the redemption with its files, settles; the
    enterprise reads its 创新券 messages."""
    from django.urls import reverse

    from kechuang.web.vouchers.models import Voucher

    menu_follow(page, "创新券")
    page.click(f"text={batch.title}")
    page.fill("#apply-form input[name=service]", "新产品性能检测")
    page.fill("#apply-form input[name=amount]", "2")
    page.click("#apply-form button[type=submit]")
    assert "待科技局审核" in page.locator(".messages").inner_text()
    shot("voucher-applied")

    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-voucher-batch", args=[batch.pk]))
    page.click("#applications button.approve")
    assert "已发券" in page.locator(".messages").inner_text()
    code = Voucher.objects.get(enterprise__name="灵寿县甲科技有限公司").code
    form = page.locator(f"#vouchers tr[data-code='{code}'] form.redeem-form")
    contract, invoice = tmp_path / "合同.pdf", tmp_path / "发票.pdf"
    contract.write_bytes(b"%PDF-1.4 contract")
    invoice.write_bytes(b"%PDF-1.4 invoice")
    for name, value in (("contract_no", "HT-2026-09"), ("contract_amount", "8"), ("invoice_no", "FP-2026-009"),
                        ("invoice_amount", "5")):
        form.locator(f"input[name={name}]").fill(value)
    form.locator("input[name=contract_files]").set_input_files(str(contract))
    form.locator("input[name=invoice_files]").set_input_files(str(invoice))
    form.locator("button[type=submit]").click()
    assert "抵扣 2 万元" in page.locator(".messages").inner_text()  # 50 % of 5 万元, up to the voucher's 2 万元
    shot("voucher-redeemed")
    page.fill("#redemptions input[name=reference]", "ZF-2026-12")
    page.click("#redemptions .settle-form button[type=submit]")
    assert "凭证 ZF-2026-12" in page.locator("#redemptions .settlement").inner_text()
    shot("voucher-settled")

    sign_in(page, "ent_user")
    page.goto(live_server.url + reverse("kc-notifications"))
    page.click("#notification-kinds >> text=创新券")
    text = page.locator("#notifications").inner_text()
    assert code in text and "ZF-2026-12" in text and "证书" not in text
    shot("messages-vouchers")
