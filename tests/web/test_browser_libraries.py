"""The projects library in headless Chromium: the bureau imports a projects workbook (one row a reworded copy of a
stored project: marked in the preview, the import refused without a reason, accepted with one), then enters a
near-duplicate by hand: flagged with the passages marked, refused without a reason, saved with one; the review
shows on both projects; the search box finds the project. No inline script or style is refused by the CSP."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.library_fixtures import NEAR, ORIGINAL, build_projects


def _workbook(path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["课题名称", "承担单位", "立项年度", "简介", "经费(万元)"])  # renamed 项目名称 / 申报单位 / 年度
    sheet.append(["山区核桃丰产栽培技术示范", "灵寿县核桃专业合作社", 2025, "核桃丰产栽培与修剪技术示范。", "15万元"])
    sheet.append([NEAR["title"], NEAR["applicant"], 2025, NEAR["summary"], 30])
    out = BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())


@pytest.mark.django_db(transaction=True)
def test_import_and_entry_flag_a_duplicate_confirmed_with_a_reason(live_server, browser, sign_in, users, county,
                                                                   tmp_path):
    from kechuang.web.libraries.index_store import forget
    from kechuang.web.libraries.models import DuplicateReview, Project

    forget()
    build_projects(users["bureau"], county)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    step = iter(range(1, 100))

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"libraries-{next(step):02d}-{name}.png"), full_page=True)

    sign_in(page, "bureau")
    menu_follow(page, "项目库")
    page.wait_for_selector("#projects")
    page.click("#project-import")
    book = tmp_path / "项目清单.xlsx"
    _workbook(book)
    page.set_input_files("input[name=file]", str(book))
    page.click("#import-upload button[type=submit]")
    page.wait_for_selector("#preview")
    assert "疑似重复 1 行" in page.locator("#import-counts").inner_text()
    assert page.locator("tr.suspect-row mark").count()
    shot("import-preview")
    page.click("#import-go")
    assert "疑似重复立项" in page.locator(".error").first.inner_text()
    assert not Project.objects.filter(title=NEAR["title"]).exists()
    page.fill("#reason-all", "二期项目,示范范围扩大到三个乡镇")
    page.click("#import-go")
    page.wait_for_selector("#projects")
    assert "新增项目 2 个" in page.locator(".messages").inner_text()
    shot("imported")

    page.click("#project-new")
    for name, value in (("title", ORIGINAL["title"] + "(续)"), ("summary", ORIGINAL["summary"]),
                        ("applicant", ORIGINAL["applicant"]), ("year", "2026")):
        page.fill(f"#project-form [name={name}]", value)
    page.click("#project-save")
    page.wait_for_selector("#needs-reason")
    assert page.locator("#suspects mark").count() and "可能重复立项" in page.locator(".error").first.inner_text()
    shot("flagged")
    page.click("#project-save")  # no reason: refused again, nothing saved
    page.wait_for_selector("#needs-reason")
    assert not Project.objects.filter(title=ORIGINAL["title"] + "(续)").exists()
    page.fill("#reason", "续建项目,本年度研究内容为病虫害监测模块")
    page.click("#project-save")
    page.wait_for_selector("#reviews")
    assert "续建项目" in page.locator("#reviews").inner_text()
    shot("saved-with-review")
    original = Project.objects.get(title=ORIGINAL["title"])
    assert DuplicateReview.objects.filter(other=original).count() >= 2
    page.goto(f"{live_server.url}/libraries/projects/{original.pk}/")
    assert "续建项目" in page.locator("#reviews").inner_text()  # shown on the earlier project too
    page.goto(f"{live_server.url}/libraries/search/?q=水肥一体化")
    page.wait_for_selector("#hits")
    assert page.locator("#hits mark").count()
    shot("search")
    assert not refused, refused
