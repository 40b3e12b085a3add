"""The evaluation in headless Chromium: the evaluator's framework file with an unknown key is named; the run page
shows progress while a real consumer thread computes, then the results; the evaluator publishes the ranking; the
county leader sees its class, path and the class-probability chart. Screenshots of each step."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.evaluation_data import hebei_data
from tests.web.test_evaluation import UNKNOWN_KEY
from tests.web.test_jobs import consumer


def _login(browser, sign_in, username):
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    sign_in(page, username)
    return page


@pytest.mark.django_db(transaction=True)
def test_the_evaluator_runs_publishes_and_the_county_sees_its_class_and_path(live_server, browser, sign_in, queue,
                                                                             users, county, tmp_path):
    from kechuang.web.evaluation.models import Run

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    hebei_data(county)
    page = _login(browser, sign_in, "evaluator")
    assert page.locator("header nav").get_by_text("综合评价").count() == 1
    page.goto(live_server.url + reverse("kc-evaluations"))
    bad = tmp_path / "mine.yaml"
    bad.write_bytes(UNKNOWN_KEY)
    page.set_input_files("input[name=framework_file]", str(bad))
    page.click("#new-run button[type=submit]")
    assert "mine.yaml" in page.locator(".error").first.inner_text() and "lg" in page.locator("#error-key").inner_text()
    page.screenshot(path=str(ARTIFACTS / "eval-framework-error.png"), full_page=True)

    page.fill("input[name=replications]", "200")
    page.click("#new-run button[type=submit]")
    page.wait_for_selector("#run-progress")
    assert page.locator("#run").get_attribute("data-status") == "queued"
    page.screenshot(path=str(ARTIFACTS / "eval-run-queued.png"))
    with consumer(queue):
        page.wait_for_selector("#results", timeout=60_000)  # evaluation.js polls, then reloads on done
    run = Run.objects.get()
    assert run.status == "done" and page.locator("#results tbody tr").count() == 6
    page.screenshot(path=str(ARTIFACTS / "eval-results.png"), full_page=True)
    page.click("#publish")
    page.wait_for_selector("#unpublish")

    leader = _login(browser, sign_in, "leader")
    menu_follow(leader, "评价结果")
    leader.wait_for_selector("#p-chart[data-rendered='1']")
    mine = run.results.get(region=county)
    assert leader.locator("#klass").inner_text() == mine.klass
    assert mine.path["steps"][0]["name"] in leader.locator("#path").inner_text()
    assert leader.locator("#rankings a").count() == 1
    leader.screenshot(path=str(ARTIFACTS / "eval-county.png"), full_page=True)
    leader.click("#rankings a")
    assert leader.locator("#ranking tbody tr").count() == 6
    leader.screenshot(path=str(ARTIFACTS / "eval-ranking.png"), full_page=True)
