"""揭榜挂帅 in headless Chromium: the bureau publishes a 榜单, a team applies (a fake PDF is refused first), the
bureau screens it and assigns an expert, the expert declares no conflict and scores (a score over the maximum is
refused first), the bureau names the winner and, after the 公示, signs the 任务书 (tranches not summing to the budget
refused first). The platform's clock is moved with KECHUANG_TODAY. Screenshots: test-artifacts/browser/jb-*.png."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.web.challenge_fixtures import application_input, build_challenge, make_experts
from tests.web.conftest import ARTIFACTS, menu_follow


@pytest.mark.django_db(transaction=True)
def test_publish_apply_score_and_sign_in_the_browser(live_server, browser, sign_in, users, county, other_county,
                                                     monkeypatch, tmp_path):
    from kechuang.web.challenges import entries, review
    from kechuang.web.challenges.models import Challenge, Milestone

    experts = make_experts(county, other_county, users["expert"])
    c = build_challenge(users, county, experts, "drafting")
    c = entries.draft_update(users["bureau"], c, _draft(), date(2026, 11, 2))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    url = live_server.url + reverse("kc-challenge", args=[c.pk])

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"jb-{name}.png"), full_page=True)

    def advance():
        page.click("#advance-form button[type=submit]")
        page.wait_for_selector(".messages, .error")

    monkeypatch.setenv("KECHUANG_TODAY", "2026-11-02")
    sign_in(page, "bureau")
    menu_follow(page, "揭榜挂帅")
    page.click(f"text={c.title}")
    advance()  # 发榜: the 公示 runs 5 working days, 11-02 … 11-06
    assert "发榜公示 2026-11-02 至 2026-11-06" in page.inner_text("main")
    advance()
    assert "公示期结束后方可开始揭榜" in page.locator(".error").inner_text()
    shot("published")

    monkeypatch.setenv("KECHUANG_TODAY", "2026-11-09")
    page.goto(url)
    advance()
    assert page.locator("#current-step").inner_text() == "揭榜"

    sign_in(page, "ent_user")
    menu_follow(page, "揭榜挂帅")
    page.click(f"text={c.title}")
    fake, plan = tmp_path / "技术方案.pdf", tmp_path / "技术方案2.pdf"
    fake.write_bytes(b"MZ\x90\x00 an executable")
    plan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.fill("#apply-form input[name=lead]", "李工")
    page.fill("#apply-form input[name=members]", "王一、赵二")
    page.fill("#apply-form textarea[name=plan]", "<b>北斗 RTK</b> 自动驾驶方案")
    page.set_input_files("#apply-form input[name=files]", str(fake))
    page.click("#apply-form button[type=submit]")
    assert "不是 PDF 文件" in page.locator(".error").inner_text()
    page.set_input_files("#apply-form input[name=files]", str(plan))
    page.click("#apply-form button[type=submit]")
    assert "等待形式审查" in page.locator(".messages").inner_text()
    shot("applied")
    entries.application_submit(users["other_ent"], Challenge.objects.get(pk=c.pk), application_input("周工"),
                               date(2026, 11, 10))

    monkeypatch.setenv("KECHUANG_TODAY", "2026-12-01")
    sign_in(page, "bureau")
    page.goto(url)
    advance()  # 揭榜 closed on 11-30
    for _ in range(2):
        page.locator("#applications form.screen-form button[value=pass]").first.click()
        page.wait_for_selector(".messages")
    advance()
    assert page.locator("#current-step").inner_text() == "专家评审"
    mine = Challenge.objects.get(pk=c.pk).applications.get(lead="李工")
    row = page.locator(f"#app-{mine.pk}")
    row.locator("select[name=experts]").select_option([str(experts[f"expert{i}"].pk) for i in (1, 2, 3)])
    row.locator("form.assign-form button").click()
    assert "已为" in page.locator(".messages").inner_text()
    other = Challenge.objects.get(pk=c.pk).applications.get(lead="周工")
    review.assign(users["bureau"], other, [experts[f"expert{i}"].pk for i in (1, 2, 3)], date(2026, 12, 1))
    for a in [*mine.assignments.exclude(expert=users["expert"]), *other.assignments.all()]:
        review.declare(a.expert, a, False, "", date(2026, 12, 1))
        review.score(a.expert, a, review.SheetInput({"plan": "30", "team": "20", "base": "10", "budget": "5"}),
                     date(2026, 12, 1))

    sign_in(page, "expert")
    page.click("#my-reviews")
    page.click(f"#reviews >> text={mine.institution}")
    page.click("#declare-form button[type=submit]")
    assert "不存在利益冲突" in page.locator(".messages").inner_text()
    for key, value in (("plan", "45"), ("team", "28"), ("base", "18"), ("budget", "9")):
        page.fill(f"#score-form input[name=score_{key}]", value)
    page.click("#score-form button[type=submit]")
    assert "应在 0–40 分之间" in page.locator(".error").inner_text()
    page.fill("#score-form input[name=score_plan]", "38.5")
    page.click("#score-form button[type=submit]")
    assert "已保存" in page.locator(".messages").inner_text()
    shot("scored")

    sign_in(page, "bureau")
    page.goto(url)
    assert page.locator("#ranking tbody tr").first.inner_text().startswith("1")
    page.select_option("#award-form select[name=winner]", str(mine.pk))
    page.click("#award-form button[type=submit]")
    assert "已确定揭榜方" in page.locator(".messages").inner_text()
    advance()  # 结果公示 12-01 … 12-07
    page.click("#notice-link")
    assert "评审结果的公示" in page.inner_text("main") and mine.institution in page.inner_text("#notice")
    shot("results-notice")

    monkeypatch.setenv("KECHUANG_TODAY", "2026-12-08")
    page.goto(url)
    advance()
    assert page.locator("#current-step").inner_text() == "任务书"
    page.fill("#contract-form input[name=signed_on]", "2026-12-08")
    page.fill("#contract-form input[name=starts_on]", "2027-01-01")
    rows = [("样机研制", "2027-06-30", "样机 1 台", "40"), ("示范应用", "2028-06-30", "示范 5000 亩", "50")]
    for n, (title, due, deliverable, amount) in enumerate(rows, start=1):
        page.fill(f"#contract-form input[name=m_title_{n}]", title)
        page.fill(f"#contract-form input[name=m_due_{n}]", due)
        page.fill(f"#contract-form input[name=m_deliverable_{n}]", deliverable)
        page.fill(f"#contract-form input[name=m_amount_{n}]", amount)
    page.click("#contract-form button[type=submit]")
    assert "合计 90 万元,与榜单经费 100 万元不符" in page.locator(".error").inner_text()
    page.fill("#contract-form input[name=m_amount_2]", "60")
    page.click("#contract-form button[type=submit]")
    assert "已签订任务书" in page.locator(".messages").inner_text()
    assert "2026-12-08 签订" in page.locator("#contract").inner_text()
    assert Milestone.objects.filter(challenge_id=c.pk).count() == 2
    timeline = page.locator("#timeline").inner_text()
    assert "签订任务书" in timeline and "确定揭榜方" in timeline
    shot("signed")
    assert refused == []


def _draft():
    from tests.web.challenge_fixtures import draft

    return draft(date(2026, 11, 30))
