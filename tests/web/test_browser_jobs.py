"""The waiting page of a cold export in headless Chromium: static/kechuang/job.js polls the job's status, downloads
the file when a real consumer thread (tests/web/test_jobs.py) has built it, and shows a failure and stops."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, LINGSHOU
from tests.web.test_jobs import consumer


@pytest.mark.django_db(transaction=True)
def test_the_waiting_page_downloads_when_the_job_is_done_and_stops_on_failure(live_server, browser, sign_in, queue,
                                                                              users, plan):
    from kechuang.web.plans.models import Plan

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    sign_in(page, "leader")

    page.goto(live_server.url + reverse("kc-ledger", args=[plan.pk]))
    assert f"正在生成《{plan.title}》台账,完成后自动下载" in page.locator("h1").inner_text()
    assert page.locator("#job").get_attribute("data-status") == "queued"
    page.screenshot(path=str(ARTIFACTS / "job-waiting.png"))
    with consumer(queue), page.expect_download(timeout=30_000) as info:
        pass  # job.js polls, sees "done" and opens the result
    assert info.value.suggested_filename.endswith("台账-2026-11-21.xlsx")

    page.goto(live_server.url + reverse("kc-bulletin-docx", args=[plan.pk]))
    assert page.locator("#job").get_attribute("data-status") == "queued"
    Plan.objects.filter(pk=plan.pk).update(status=Plan.SUPERSEDED)  # a revision replaced it while the 通报 waits
    with consumer(queue):
        page.wait_for_selector("#job-error:not([hidden])", timeout=30_000)
    assert "不再处于已确认状态" in page.locator("#job-error").inner_text()
    assert page.locator("h1").inner_text() == f"未能生成《{plan.title}》通报(Word)"
    assert page.locator("#job").get_attribute("data-status") == "stopped"  # polling ended
    assert page.locator("#job-message").inner_text().startswith("通报(Word)生成未能完成")
    assert "任务" not in page.locator("#job").inner_text()
    assert page.locator("#job-retry-link").is_hidden()  # generating it again would fail the same way
    page.screenshot(path=str(ARTIFACTS / "job-failed.png"))


@pytest.mark.django_db(transaction=True)
def test_a_failed_upload_says_the_extraction_did_not_finish_and_offers_the_form_again(live_server, browser, sign_in,
                                                                                      queue, users):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-plans"))
    page.set_input_files("#upload input[name=document]", files=[{
        "name": "fake.docx", "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04 not really a zip"}])
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#job")
    assert page.locator("#job-retry").is_hidden()  # nothing to retry while it waits
    with consumer(queue):
        page.wait_for_selector("#job-error:not([hidden])", timeout=30_000)
    assert page.locator("#job-error").inner_text().startswith("fake.docx:")
    assert page.locator("h1").inner_text() == "未能识别《fake.docx》"
    assert page.locator("#job-message").inner_text().startswith("方案识别未能完成")
    assert "任务" not in page.locator("#job").inner_text()
    assert page.locator("#job-retry #upload").is_visible()
    page.screenshot(path=str(ARTIFACTS / "job-upload-failed.png"), full_page=True)
    page.set_input_files("#job-retry input[name=document]", files=[{
        "name": "灵寿.txt", "mimeType": "text/plain", "buffer": LINGSHOU.read_bytes()}])
    page.click("#job-retry button[type=submit]")
    page.wait_for_url("**/plans/*/**", timeout=30_000)
    assert "已上传“灵寿.txt”并抽取出" in page.locator(".messages").inner_text()


@pytest.mark.django_db(transaction=True)
def test_an_old_word_upload_waits_while_it_converts_then_opens_the_review_page(live_server, browser, sign_in, queue,
                                                                              users):
    """The clerk's path for a .doc downloaded from a county site (walk42): the form names the old formats, the
    waiting page shows while LibreOffice converts the file in the worker, and the review page it then opens marks
    the headings, units and targets in the text."""
    from kechuang.web.plans.models import Plan
    from tests.text.docs_builders import build_legacy, lines_html

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    data = build_legacy(lines_html(LINGSHOU.read_text("utf-8").splitlines()), "doc")
    page = browser.new_context(locale="zh-CN").new_page()
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-plans"))
    assert "doc、wps、rtf" in page.locator("#upload label").inner_text()
    page.set_input_files("#upload input[name=document]", files=[{
        "name": "灵寿.doc", "mimeType": "application/msword", "buffer": data}])
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#job")
    assert page.locator("h1").inner_text() == "正在识别《灵寿.doc》,完成后自动打开审核页面"
    with consumer(queue):
        page.wait_for_url("**/plans/*/?uploaded=1", timeout=60_000)
    plan = Plan.objects.get()
    assert f"已上传“灵寿.doc”并抽取出 {plan.tasks.count()} 项任务" in page.locator(".messages").inner_text()
    assert plan.tasks.count() >= 20 and plan.source_name == "灵寿.doc"
    for kind in ("heading", "unit", "target"):  # the review text is marked as after a .docx upload
        assert page.locator(f".source mark.{kind}").count() > 0, kind
    page.locator(".source mark.unit").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "job-upload-doc.png"))
