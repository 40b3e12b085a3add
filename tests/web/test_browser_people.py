"""A 科技特派员 in headless Chromium: the 特派员 logs in, lands on their own page, logs a service with a photo (a
file that is not an image is refused first, in Chinese, with nothing saved); the bureau sees the log and its photo,
evaluates the 特派员 on the board, and sees the ID number in full while a leader sees it masked. Screenshots go to
test-artifacts/browser/people-*.png."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.conftest import ARTIFACTS, menu_follow
from tests.web.people_fixtures import EXPERT_ID, build_world, png


@pytest.mark.django_db(transaction=True)
def test_a_specialist_logs_a_service_with_a_photo_and_the_bureau_sees_it(live_server, browser, sign_in, users, county,
                                                                          other_county, tmp_path):
    from kechuang.web.talents.models import ServiceLog

    world = build_world(users, county, other_county)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"people-{name}.png"), full_page=True)

    world["users"]["specialist"].set_password("correct-horse-battery")
    world["users"]["specialist"].save()
    sign_in(page, "specialist")
    assert "我的服务" in page.locator("main h1").inner_text()
    page.click("#log-new")
    fake, photo = tmp_path / "假照片.jpg", tmp_path / "大棚现场.png"
    fake.write_bytes(b"%PDF-1.4 this is not a picture")
    photo.write_bytes(png(480, 320))
    page.fill("#log-form input[name=on]", "2026-10-12")
    page.fill("#log-form input[name=place]", "西关村香菇大棚")
    page.select_option("#log-form select[name=kind]", "training")
    page.fill("#log-form textarea[name=text]", "香菇出菇期温湿度管理培训,<b>现场</b>答疑")
    page.fill("#log-form input[name=people_trained]", "26")
    page.set_input_files("#log-form input[name=photos]", [str(fake)])
    page.click("#log-save")
    assert "照片“假照片.jpg”不是图片" in page.locator(".error").inner_text()
    assert not ServiceLog.objects.filter(place="西关村香菇大棚").exists()
    shot("refused")
    page.set_input_files("#log-form input[name=photos]", [str(photo)])
    page.click("#log-save")
    assert "已保存" in page.locator(".messages").inner_text()
    assert "<b>现场</b>" in page.locator("#log-text").inner_text()  # shown as text, not markup
    shot("logged")

    sign_in(page, "bureau")
    menu_follow(page, "人才库")
    page.click("text=服务记录")
    page.click("#service-logs >> text=2026-10-12")
    image = page.locator("#photos img")
    # waits for the log's page: count() right after the click raced its navigation (a fresh-clone run, 2026-12-03)
    expect(image).to_have_count(1)
    page.wait_for_function("img => img.complete", arg=image.element_handle())  # loaded or failed, not in flight
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) == 480  # the photo really loads
    shot("bureau-log")
    page.goto(f"{live_server.url}/talents/specialists/?year=2026")
    row = page.locator("#specialists tr", has_text="李春华")
    assert "26" in row.inner_text()
    row.locator("select[name=grade]").select_option("excellent")
    row.locator("button[type=submit]").click()
    assert "2026 年度考核:优秀" in page.locator(".messages").inner_text()
    shot("board")
    page.goto(f"{live_server.url}/talents/{world['specialist'].pk}/")  # a village chosen for a 合作社: refused
    page.select_option("#assign-form select[name=target_kind]", "coop")
    page.select_option("#assign-form select[name=village]", label="灵寿镇 东关村")
    page.fill("#assign-form input[name=target_name]", "东关村香菇合作社")
    page.click("#assign-form button[type=submit]")
    assert "不能同时选择" in page.locator("#error-village").inner_text()  # beside the field it names
    assert page.locator("#assign-form select[name=target_kind]").input_value() == "coop"  # the choices kept
    assert "东关村" not in page.locator("table").first.inner_text()  # nothing saved
    shot("stray-target")
    page.goto(f"{live_server.url}/talents/{world['expert'].pk}/")
    assert page.locator("#id-number").inner_text() == EXPERT_ID

    sign_in(page, "leader")
    page.goto(f"{live_server.url}/talents/{world['expert'].pk}/")
    assert page.locator("#id-number").inner_text() == "110***********002X"
    shot("leader-masked")
    assert not refused, refused
