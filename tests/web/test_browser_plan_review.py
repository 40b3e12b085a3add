"""The review page of a long foreign plan in headless Chromium: a target or unit of the table leads to its place in the
source pane (by click or keyboard), and the 修改/删除 column keeps each action on one line."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS
from tests.web.test_plan_review import NJHZX


@pytest.mark.django_db(transaction=True)
def test_table_links_scroll_the_source_pane_and_actions_stay_on_one_line(live_server, browser, sign_in, users,
                                                                         county):
    from kechuang.web.plans.models import Target
    from kechuang.web.plans.services import plan_create

    plan = plan_create(users["bureau"], county, data=NJHZX.read_bytes(), name=NJHZX.name)
    page = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800}).new_page()
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    sign_in(page, "bureau")
    page.goto(live_server.url + reverse("kc-plan", args=[plan.pk]))
    pane = "document.querySelector('.source pre')"

    link = page.locator("a.to-source[href^='#src-target-']").last
    anchor = link.get_attribute("href")[1:]
    link.scroll_into_view_if_needed()
    link.click()
    mark = page.locator(f"mark#{anchor}")
    assert "current" in mark.get_attribute("class")
    assert page.evaluate(f"{pane}.scrollTop") > 0
    inside = page.evaluate(f"""(() => {{ const p = {pane}.getBoundingClientRect(),
        m = document.getElementById('{anchor}').getBoundingClientRect();
        return m.top >= p.top && m.bottom <= p.bottom; }})()""")
    assert inside, "the target is shown in the source pane"
    target = Target.objects.get(pk=int(anchor.rsplit("-", 1)[1]), task__plan=plan)
    assert mark.inner_text() == plan.text[target.start:target.end]

    unit = page.locator("a.to-source[href^='#src-unit-']").nth(10)
    unit.focus()
    page.keyboard.press("Enter")  # keyboard-reachable: the focus moves into the source pane, at the unit
    focused = page.evaluate("document.activeElement.closest('mark') && document.activeElement.closest('mark').id")
    assert focused == unit.get_attribute("href")[1:]

    heights = page.evaluate("""Array.from(document.querySelectorAll('td.row-actions a, td.row-actions button'))
        .map(e => e.getBoundingClientRect().height)""")
    line = page.evaluate("parseFloat(getComputedStyle(document.body).lineHeight) || 24")
    assert heights and max(heights) < 1.5 * line, (heights, line)  # 修改 and 删除 do not wrap a character a line
    page.screenshot(path=str(ARTIFACTS / "plan-review-links.png"))
    assert not refused, refused
