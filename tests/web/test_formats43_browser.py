"""The clerk's path for the files they really send under a Word name, in headless Chromium: an Excel workbook saved as
.doc and a Word file with an open password each fail in the worker with what the file is and what to do, not "the
.doc is damaged", and the form offered again lists the formats of the one table (kechuang.text.formats)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS
from tests.web.test_jobs import consumer

# the screenshots also go where a reviewer asked for them (KECHUANG_SHOTS), besides the browser tests' artifacts
SHOTS = [ARTIFACTS, *([Path(os.environ["KECHUANG_SHOTS"])] if os.environ.get("KECHUANG_SHOTS") else [])]


def _shot(page, name: str) -> None:
    for folder in SHOTS:
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / name), full_page=True)


def _upload_fails(page, live_server, queue, name: str, data: bytes) -> str:
    page.goto(live_server.url + reverse("kc-plans"))
    page.set_input_files("#upload input[name=document]", files=[{
        "name": name, "mimeType": "application/msword", "buffer": data}])
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#job")
    with consumer(queue):
        page.wait_for_selector("#job-error:not([hidden])", timeout=60_000)
    assert page.locator("h1").inner_text() == f"未能识别《{name}》"
    assert page.locator("#job-retry #upload").is_visible()
    return page.locator("#job-error").inner_text()


@pytest.mark.django_db(transaction=True)
def test_a_workbook_and_a_locked_word_file_are_told_apart_in_the_browser(live_server, browser, sign_in, queue,
                                                                        users):
    from kechuang.text import formats
    from tests.text.docs_builders import build_docx, build_xls, encrypt_docx

    page = browser.new_context(locale="zh-CN").new_page()
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-plans"))
    assert page.locator("#upload input[name=document]").get_attribute("accept") == ",".join(formats.OFFERED)
    assert "txt、html、docx、doc、wps、rtf、pdf、ofd" in page.locator("#upload label").inner_text()
    page.locator("#upload").scroll_into_view_if_needed()
    _shot(page, "formats43-upload-form.png")

    workbook = build_xls([["序号", "重点任务", "牵头单位"], ["1", "培育科技型中小企业100家", "县科技局"]])
    said = _upload_fails(page, live_server, queue, "任务分解表.doc", workbook)
    assert said.startswith("“任务分解表.doc”实际是 Excel 表格(不是 Word 文档)"), said
    _shot(page, "formats43-excel-named-doc.png")

    locked = encrypt_docx(build_docx([(None, "某县科技创新行动方案")]))
    said = _upload_fails(page, live_server, queue, "方案.docx", locked)
    assert "文档设有打开密码,无法读取:请在 Word/WPS 中取消密码后重新保存再上传" in said, said
    _shot(page, "formats43-encrypted-docx.png")
