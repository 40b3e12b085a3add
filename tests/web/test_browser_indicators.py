"""The bureau imports the template with two bad rows in headless Chromium: sees them named on the preview, fixes
the file, imports it, and finds the values with their provenance on the region's data page. Screenshots of each
step go where tests/web/test_browser.py puts its own."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, menu_follow

GOOD_ROWS = ["灵寿县,hitech_enterprises,2023,38", "灵寿,tech_smes,2023年,120", "130126,rd_intensity,2023,1.85%"]


@pytest.mark.django_db(transaction=True)
def test_bureau_imports_with_two_bad_rows_fixes_and_imports(live_server, browser, sign_in, users, county,
                                                           tmp_path):
    from kechuang.web.indicators.models import Observation
    from kechuang.web.indicators.services import catalog_sync

    catalog_sync()  # a transactional test starts from an emptied database
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    sign_in(page, "bureau")
    menu_follow(page, "指标数据")
    page.fill("input[name=q]", "高企")
    page.click("#indicator-search button")
    assert "高新技术企业数" in page.locator("#indicators").inner_text()
    page.screenshot(path=str(ARTIFACTS / "indicators-catalog.png"), full_page=True)

    bad = tmp_path / "灵寿县2023.csv"
    bad.write_text("地区,指标代码,年份,数值\n" + "\n".join([*GOOD_ROWS, "灵寿县,little_giants,2023,约3家",
                                                             "金塔县,tech_smes,2023,5"]) + "\n", "utf-8")
    page.goto(live_server.url + reverse("kc-indicator-import"))
    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-form button")
    page.wait_for_selector("#errors")
    errors = page.locator("#errors").inner_text()
    assert "约3家" in errors and "不在您的管辖范围内" in errors and "5" in errors
    assert "有错误的行 2 行" in page.locator("#counts").inner_text()
    page.screenshot(path=str(ARTIFACTS / "indicators-preview-bad-rows.png"), full_page=True)

    bad.write_text("地区,指标代码,年份,数值\n" + "\n".join([*GOOD_ROWS, "灵寿县,little_giants,2023,3"]) + "\n", "utf-8")
    page.goto(live_server.url + reverse("kc-indicator-import"))
    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-form button")
    page.wait_for_selector("#sample")
    assert page.locator("#errors").count() == 0
    page.click("#confirm-form button[value=import]")
    page.wait_for_selector("text=已导入")
    assert Observation.objects.filter(region=county, is_current=True).count() == 4
    page.screenshot(path=str(ARTIFACTS / "indicators-imported.png"), full_page=True)

    page.goto(live_server.url + reverse("kc-observation-history", args=[county.pk]))
    assert "灵寿县2023.csv 第 2 行(bureau)" in page.locator("#versions").inner_text()
    page.screenshot(path=str(ARTIFACTS / "indicators-history.png"), full_page=True)
    page.click("#versions a:has-text('高新技术企业数')")
    page.wait_for_selector("#series-chart[data-rendered='1']")
    page.screenshot(path=str(ARTIFACTS / "indicators-series.png"), full_page=True)
