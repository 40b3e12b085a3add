"""An enterprise picker in headless Chromium: typing part of a name puts the matching enterprises in the select."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from kechuang.web.enterprises.models import Enterprise
from kechuang.web.enterprises.picker import PICK_LIMIT


@pytest.mark.django_db(transaction=True)
def test_typing_in_the_picker_finds_an_enterprise_past_the_first_page(live_server, browser, sign_in, users, county):
    Enterprise.objects.bulk_create([Enterprise(region=county, name=f"灵寿县企业{n:03d}有限公司", name_key=f"k{n}")
                                    for n in range(PICK_LIMIT + 20)])
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-carrier-new"))
    select = page.locator('select[name="host_enterprise"]')
    assert "灵寿县企业049有限公司" not in select.inner_text()  # past the bounded first page
    page.fill("input.pick-q", "企业049")
    expect(select).to_have_attribute("data-picked", "1")
    assert select.locator("option:checked").inner_text() == "灵寿县企业049有限公司"
    assert not refused, refused
