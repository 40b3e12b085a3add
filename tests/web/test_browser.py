"""The whole loop as users see it, in headless Chromium (Debian's chromium driven by Playwright).

Screenshots of each step go to test-artifacts/browser/.
"""

from __future__ import annotations

import pytest

from tests.web.conftest import ARTIFACTS, LINGSHOU


@pytest.mark.django_db(transaction=True)
def test_the_whole_supervision_cycle_in_the_browser(live_server, browser, sign_in, users, county, tmp_path):
    """Upload and correct a target, confirm; 签收 and report; the lead's own report goes to the bureau, is returned
    and resubmitted; 催办 reaches a late unit; 延期 granted; 办结 requested and 复核'ed; lights per unit; exports."""
    from kechuang.web.supervision.models import Assignment
    from tests.web.conftest import make_user

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    refused = []  # what the Content-Security-Policy blocked: nothing may be (no inline script or style)
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("dialog", lambda dialog: dialog.accept())
    step = iter(range(1, 100))

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"{next(step):02d}-{name}.png"), full_page=True)

    def flash():
        return page.locator(".messages").inner_text()

    def unit_light(name):
        return page.locator("#units tr", has_text=name).locator(".light").first.inner_text()

    # The bureau uploads the plan, corrects an extracted target on the review page and confirms.
    sign_in(page, "bureau")
    page.goto(f"{live_server.url}/plans/")
    page.set_input_files("input[name=document]", str(LINGSHOU))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("mark.heading")
    assert page.locator("mark.unit").count() > 50
    shot("review")
    page.locator('a[href*="/targets/"]').first.click()
    page.select_option("#target-form select[name=kind]", "level")
    page.fill("#target-form input[name=value]", "1,600")
    page.fill("#target-form input[name=unit]", "万元")
    shot("target-edit")
    page.click("#target-form button[type=submit]")
    page.wait_for_selector("mark.heading")
    shot("target-saved")
    from kechuang.web.plans.models import Target

    assert "已保存量化目标" in flash() and Target.objects.filter(value="1600", unit="万元").exists()
    page.click("#to-units")
    page.wait_for_selector("#confirm")
    # 三 and 四/第二阶段 name no unit: confirming asks the clerk to say they stay unassigned for now
    assert page.locator("#unassigned-warning").is_visible()
    page.check("#acknowledge-unassigned")
    page.click("#confirm")
    page.wait_for_selector("#board")
    row = page.locator("#board tr", has_text="五/(一)/1").first
    assert row.locator(".light").first.inner_text() == "红"  # the plan ran to 2025: overdue
    shot("board-confirmed")
    task_url = row.locator("a").first.get_attribute("href")
    task_id = int(task_url.strip("/").split("/")[-1])
    late_department = (Assignment.objects.filter(task_id=task_id, role="responsible")
                       .exclude(department=users["responsible"].profile.department).first().department)
    make_user("late", "department", county, late_department)

    # 催办 while the task is overdue: the late unit gets a message.
    page.click("#issue-reminders")
    page.wait_for_selector("#reminders")
    assert "已发出催办" in flash()
    shot("reminders-issued")

    # The responsible unit: message of the new task, 签收, report with evidence.
    sign_in(page, "responsible")
    assert page.locator("#unread").count() == 1
    page.goto(f"{live_server.url}{task_url}")
    page.click("#acknowledge-form button")
    page.wait_for_selector(".messages")
    assert "已签收" in flash()
    page.fill("input[name=percent]", "100")
    page.fill("textarea[name=text]", "已全部完成,见会议纪要")
    evidence = tmp_path / "会议纪要.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% minutes\n")
    page.set_input_files("#report-form input[name=files]", str(evidence))
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("#reports .status.submitted")
    assert "待牵头单位审核" in flash()
    shot("report-submitted")

    # The lead unit approves it, then reports itself: its own report goes to the bureau.
    sign_in(page, "lead")
    page.goto(f"{live_server.url}{task_url}")
    page.click("#reports button.approve")
    page.wait_for_selector("#reports .status.approved")
    assert unit_light("灵寿县委组织部") == "绿" and unit_light("灵寿县发展和改革局") == "红"
    page.fill("input[name=percent]", "60")
    page.fill("textarea[name=text]", "牵头推进,已召开两次联席会议")
    page.click("#report-form button[type=submit]")
    page.wait_for_selector("#reports .status.submitted")
    assert "待科技局审核" in flash()
    assert page.locator("#reports button.approve").count() == 0  # never its own
    shot("lead-report-to-bureau")

    # The bureau returns it (待办), the lead resubmits, the bureau approves.
    sign_in(page, "bureau")
    page.goto(f"{live_server.url}/inbox/")
    page.locator("#inbox-reports a").first.click()
    page.fill("#reports input[name=comment]", "请补充会议纪要")
    page.click("#reports form.inline button:not(.approve)")
    page.wait_for_selector("#reports .status.returned")
    sign_in(page, "lead")
    page.goto(f"{live_server.url}{task_url}")
    page.fill("input[name=percent]", "70")
    page.fill("textarea[name=text]", "已补充会议纪要")
    page.click("#report-form button[type=submit]")
    page.wait_for_selector(".messages")
    sign_in(page, "bureau")
    page.goto(f"{live_server.url}{task_url}")
    page.click("#reports button.approve")
    page.wait_for_selector(".messages")
    assert "已审核通过" in flash()

    # 延期: the lead asks, the bureau grants; the overdue red goes.
    sign_in(page, "lead")
    page.goto(f"{live_server.url}{task_url}")
    page.fill("#extension-form input[name=new_deadline]", "2027-06-30")
    page.fill("#extension-form textarea[name=reason]", "配套资金分批到位")
    page.click("#extension-form button[type=submit]")
    page.wait_for_selector(".messages")
    sign_in(page, "bureau")
    page.goto(f"{live_server.url}{task_url}")
    page.click("#requests button[value=grant]")
    page.wait_for_selector(".messages")
    assert "已同意该延期申请" in flash() and "2027-06-30" in page.locator("p.meta").first.inner_text()
    assert unit_light("灵寿县委组织部") == "绿" and unit_light("灵寿县发展和改革局") != "红"
    shot("extension-granted")

    # The late unit sees its 催办 and the message count.
    sign_in(page, "late")
    page.goto(f"{live_server.url}/messages/")
    assert "蓝色督办单" in page.locator("#notifications").inner_text()
    shot("late-unit-messages")

    # 办结: the lead asks with evidence, the bureau 复核 and closes the task.
    sign_in(page, "lead")
    page.goto(f"{live_server.url}{task_url}")
    page.fill("#completion-form textarea[name=reason]", "各项工作已完成")
    report = tmp_path / "验收报告.pdf"
    report.write_bytes(b"%PDF-1.4\n% done\n")
    page.set_input_files("#completion-form input[name=files]", str(report))
    page.click("#completion-form button[type=submit]")
    page.wait_for_selector(".messages")
    assert "待科技局复核" in flash()
    sign_in(page, "bureau")
    page.goto(f"{live_server.url}{task_url}")
    page.click("#requests button[value=grant]")
    page.wait_for_selector(".messages")
    assert "任务已销号" in flash()
    shot("task-closed")

    # The leader: the board with its lights per unit, the 台账 and the 通报.
    sign_in(page, "leader")
    page.goto(f"{live_server.url}/plans/")
    page.click("text=督办看板")
    page.wait_for_selector("#light-chart[data-rendered='1']")
    row = page.locator("#board tr", has_text="五/(一)/1").first
    assert row.locator(".light").first.inner_text() == "绿" and "已办结" in row.inner_text()
    shot("board-after")
    for link, suffix in (("#ledger", ".xlsx"), ("#bulletin-docx", ".docx"), ("#bulletin-pdf", ".pdf")):
        with page.expect_download() as info:
            page.click(link)
        download = info.value
        assert download.suggested_filename.endswith(suffix)
        target = ARTIFACTS / f"download{suffix}"
        download.save_as(str(target))
        assert target.stat().st_size > 1000
    assert not refused, refused
