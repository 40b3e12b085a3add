"""The header menu in headless Chromium: one line at 1280 and 1024 px for the bureau, an enterprise and a leader;
dropdowns opened and closed from the keyboard with aria-expanded kept true. Screenshots: menu-*.png."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.web.conftest import ARTIFACTS

# The tops of the header's pieces (brand, each menu entry, the account menu): one line when they are all one row.
ROW_TOPS = """() => [...document.querySelectorAll(
    "header.top > .brand, header.top nav > *, header.top > details.who > summary")]
    .map(e => Math.round(e.getBoundingClientRect().top))"""


@pytest.mark.django_db(transaction=True)
def test_the_header_is_one_line_for_each_role_and_its_dropdowns_work_from_the_keyboard(live_server, browser,
                                                                                     sign_in, users):
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    for width in (1280, 1024):
        page = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 700}).new_page()
        page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
        for who in ("bureau", "ent_user", "leader"):
            sign_in(page, who)
            page.goto(live_server.url + reverse("kc-notifications"))
            tops = page.evaluate(ROW_TOPS)
            assert len(tops) >= 3 and max(tops) - min(tops) <= 4, (width, who, tops)
            assert page.evaluate("document.querySelector('header.top').scrollWidth <= window.innerWidth"), (width, who)
            assert page.locator("header.top").bounding_box()["height"] < 60, (width, who)
            page.locator("header.top details.menu").first.locator("summary").click()
            page.screenshot(path=str(ARTIFACTS / f"menu-{who}-{width}.png"), clip={"x": 0, "y": 0, "width": width,
                                                                                  "height": 360})
        page.context.close()
    assert not refused, refused

    page = browser.new_context(locale="zh-CN", viewport={"width": 1024, "height": 700}).new_page()
    sign_in(page, "bureau")
    enterprises, libraries = page.locator("#menu-enterprises"), page.locator("#menu-libraries")
    summary = enterprises.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(summary).to_have_attribute("aria-expanded", "true")
    expect(enterprises.locator("ul")).to_be_visible()
    page.keyboard.press("Tab")  # into the dropdown: its first link
    expect(enterprises.locator("a").first).to_be_focused()
    page.keyboard.press("Escape")  # closed, the focus back on its summary
    expect(summary).to_have_attribute("aria-expanded", "false")
    expect(enterprises.locator("ul")).to_be_hidden()
    expect(summary).to_be_focused()
    page.keyboard.press(" ")  # Space opens it too
    expect(summary).to_have_attribute("aria-expanded", "true")
    libraries.locator("summary").click()  # one dropdown open at a time
    expect(libraries.locator("summary")).to_have_attribute("aria-expanded", "true")
    expect(summary).to_have_attribute("aria-expanded", "false")
    page.locator("footer").click()  # a click elsewhere closes it
    expect(libraries.locator("summary")).to_have_attribute("aria-expanded", "false")
    summary.focus()
    page.keyboard.press("Enter")
    for _ in range(2):
        page.keyboard.press("Tab")
    expect(enterprises.locator("a", has_text="高企后备培育库")).to_be_focused()
    page.keyboard.press("Enter")  # followed from the keyboard
    page.wait_for_url(f"**{reverse('kc-reserve')}")
    expect(enterprises).to_have_class("menu current")
    expect(enterprises.locator('a[aria-current="page"]')).to_have_text("高企后备培育库")
    expect(page.locator("#menu-libraries")).not_to_have_class("menu current")
    page.screenshot(path=str(ARTIFACTS / "menu-bureau-current.png"), clip={"x": 0, "y": 0, "width": 1024,
                                                                           "height": 200})
