"""The enterprise registry in headless Chromium: the bureau imports a workbook with two bad rows, fixes them and
imports, runs the 高企 check, enters a firm into the reserve and moves it to 培育 (the pipeline chart drawn); the
enterprise user fills the 科小 form and sees its score. No inline script or style is refused by the CSP."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook

from tests.web.test_browser import ARTIFACTS, browser  # noqa: F401  (the Chromium fixture)

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
def test_import_fix_check_reserve_and_the_sme_form(live_server, browser, users, county, tmp_path):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    step = iter(range(1, 100))

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"enterprises-{next(step):02d}-{name}.png"), full_page=True)

    def login(who):
        page.goto(f"{live_server.url}/")
        if page.locator("form button.link").count():
            page.click("form button.link")
        page.wait_for_selector("input[name=username]")
        page.fill("input[name=username]", who)
        page.fill("input[name=password]", "correct-horse-battery")
        page.click("button[type=submit]")
        page.wait_for_selector("main h1")

    login("bureau")
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

    login("ent_user")
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
    assert not refused, refused
