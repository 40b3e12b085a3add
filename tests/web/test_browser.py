"""The whole loop as users see it, in headless Chromium (Debian's chromium driven by Playwright).

Screenshots of each step go to test-artifacts/browser/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.web.conftest import LINGSHOU

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "make test installs Debian's chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


@pytest.mark.django_db(transaction=True)
def test_upload_confirm_report_approve_board_ledger_bulletin(live_server, browser, users, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be (no inline script or style)
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    step = iter(range(1, 100))

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"{next(step):02d}-{name}.png"), full_page=False)

    def login(who):
        page.goto(f"{live_server.url}/")
        if page.locator("form button.link").count():
            page.click("form button.link")  # 退出
        page.wait_for_selector("input[name=username]")
        page.fill("input[name=username]", who)
        page.fill("input[name=password]", "correct-horse-battery")
        page.click("button[type=submit]")

    login("bureau")
    page.set_input_files("input[name=document]", str(LINGSHOU))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("mark.heading")
    assert page.locator("mark.unit").count() > 50
    shot("review")
    page.click("#to-units")
    page.wait_for_selector("#confirm")
    shot("units")
    page.click("#confirm")
    page.wait_for_selector("#board")
    row = page.locator("#board tr", has_text="五/(一)/1").first
    before = row.locator(".light").inner_text()
    shot("board-before")
    task_url = row.locator("a").first.get_attribute("href")

    login("responsible")
    page.goto(f"{live_server.url}{task_url}")
    page.fill("input[name=percent]", "100")
    page.fill("textarea[name=text]", "已全部完成,见会议纪要")
    evidence = tmp_path / "会议纪要.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% minutes\n")
    page.set_input_files("input[name=files]", str(evidence))
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("#reports .status.submitted")
    shot("report-submitted")

    login("lead")
    page.wait_for_selector("h1")
    page.goto(f"{live_server.url}{task_url}")
    page.click("button.approve")
    page.wait_for_selector("#reports .status.approved")
    shot("report-approved")

    login("leader")
    plan_board = page.url
    page.goto(f"{live_server.url}/plans/")
    page.click("text=督办看板")
    page.wait_for_selector("#board")
    page.wait_for_selector("#light-chart[data-rendered='1']")
    after = page.locator("#board tr", has_text="五/(一)/1").first.locator(".light").inner_text()
    shot("board-after")
    assert (before, after) == ("红", "绿"), plan_board
    for link, suffix in (("#ledger", ".xlsx"), ("#bulletin-docx", ".docx"), ("#bulletin-pdf", ".pdf")):
        with page.expect_download() as info:
            page.click(link)
        download = info.value
        assert download.suggested_filename.endswith(suffix)
        target = ARTIFACTS / f"download{suffix}"
        download.save_as(str(target))
        assert target.stat().st_size > 1000
    assert not refused, refused
