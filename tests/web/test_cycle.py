"""The 督办 cycle a bureau can trust: independent review, lights per unit, 签收, 办结 and 复核, 延期, 催办 with
levels, messages, one report per period, boards that agree with themselves."""

from __future__ import annotations

import io
import itertools
import threading
from datetime import date, timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 21)


def _state(task):
    from kechuang.web.supervision.selectors import plan_states

    return next(s for s in plan_states(task.plan, TODAY) if s.task.id == task.id)


def _submit(user, task, period="2026-11", percent=100, text="已完成"):
    from kechuang.web.supervision.services import ReportInput, report_submit

    return report_submit(user, task, ReportInput(period=period, text=text, percent=percent))


def _future(task, deadline=date(2027, 12, 31)):
    from kechuang.web.plans.models import Task

    Task.objects.filter(pk=task.pk).update(deadline=deadline)
    task.refresh_from_db()
    return task


def test_a_lead_unit_never_approves_its_own_report(users, task):
    """The audit: one self-approved 100 % report turned the task green and 已完成 without any responsible unit."""
    from kechuang.web.supervision.services import report_approve

    own = _submit(users["lead"], task)
    with pytest.raises(KechuangError) as info:
        report_approve(users["lead"], own)
    assert info.value.code == "KC-WEB-FORBIDDEN"
    for who in ("responsible", "leader", "other_bureau"):
        with pytest.raises(KechuangError):
            report_approve(users[who], own)
    report_approve(users["bureau"], own, "核实无误")  # the lead's own report goes to the bureau
    state = _state(task)
    lead = state.unit(users["lead"].profile.department_id)
    assert lead.percent == 100 and lead.reviewer == "bureau"
    # The responsible units never reported: the task is not done, not green, and they owe their reports.
    assert state.percent < 100 and state.light.colour == "red" and not state.closed
    assert all(u.light.colour == "red" for u in state.unit_states if u.role == "responsible")


def test_a_reviewer_named_by_the_bureau_reviews_the_leads_reports(users, task, county, as_user):
    from kechuang.web.accounts.models import Department
    from kechuang.web.supervision.cycle import reviewer_set
    from kechuang.web.supervision.services import report_approve

    reviewer = users["bystander"].profile.department  # a township, not on this task
    with pytest.raises(KechuangError):
        reviewer_set(users["bureau"], task, users["lead"].profile.department)  # never the lead itself
    with pytest.raises(KechuangError):
        reviewer_set(users["lead"], task, reviewer)  # only the bureau names one
    with pytest.raises(KechuangError):  # a collective unit is no reviewer: nobody of it would review
        reviewer_set(users["bureau"], task, Department.objects.get(region=county, is_collective=True))
    reviewer_set(users["bureau"], task, reviewer)
    own = _submit(users["lead"], task)
    client = as_user(users["bystander"])
    page = client.get(reverse("kc-my-tasks")).content.decode()
    assert "待我审核的报告" in page and task.title in page
    assert client.get(reverse("kc-task", args=[task.pk])).status_code == 200  # not on the task, yet it reviews
    assert client.post(reverse("kc-report-approve", args=[own.pk])).status_code == 302
    own.refresh_from_db()
    assert own.status == "approved" and own.reviewed_by == users["bystander"]
    assert Department.objects.get(pk=reviewer.pk).name in as_user(users["bureau"]).get(
        reverse("kc-task", args=[task.pk])).content.decode()
    # The bureau names a reviewer but keeps the authority: a later lead report may be reviewed by it too.
    again = _submit(users["lead"], task, period="2026-10")
    report_approve(users["bureau"], again)
    bad = as_user(users["bureau"]).post(reverse("kc-reviewer", args=[task.pk]), {"department": "999999"})
    assert bad.status_code == 400 and "不存在" in bad.content.decode()


def test_one_report_per_unit_and_period_unless_returned(users, task):
    from kechuang.web.supervision.models import Report
    from kechuang.web.supervision.services import report_return

    first = _submit(users["responsible"], task, percent=30)
    with pytest.raises(KechuangError) as info:
        _submit(users["responsible"], task, percent=40)
    assert info.value.code == "KC-WEB-CONFLICT" and "2026-11" in info.value.message_zh
    report_return(users["lead"], first, "请补充")
    again = _submit(users["responsible"], task, percent=40)  # allowed after a return
    assert Report.objects.filter(task=task, period="2026-11").count() == 2
    # The database itself refuses a second live report (not only the service's check).
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(task=task, department=again.department, period="2026-11", text="x", percent=1)


@pytest.mark.django_db(transaction=True)
def test_five_concurrent_submissions_give_one_report(users, task):
    from kechuang.web.supervision.models import Report

    outcomes = []

    def submit():
        try:
            _submit(users["responsible"], task, percent=50)
            outcomes.append("ok")
        except KechuangError as exc:
            outcomes.append(exc.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 1 and outcomes.count("KC-WEB-CONFLICT") == 4
    assert Report.objects.filter(task=task, department=users["responsible"].profile.department).count() == 1


def test_lights_per_unit_and_the_league_ranks_units_on_their_own_lights(users, plan):
    from kechuang.web.supervision.selectors import league, plan_states
    from kechuang.web.supervision.services import report_approve, report_return

    task = _future(plan.tasks.get(path="五/(一)/1"))
    for _ in range(2):
        report_return(users["lead"], _submit(users["responsible"], task, percent=90), "材料不足")
    ok = _submit(users["lead"], task, percent=100)
    report_approve(users["bureau"], ok)
    state = _state(task)
    lead, responsible = (state.unit(users[w].profile.department_id) for w in ("lead", "responsible"))
    assert responsible.light.colour == "red" and lead.light.colour == "green"  # no longer one light for all
    assert state.light.colour == "red"  # the task: the worst unit's light
    rows = league(plan_states(plan, TODAY))
    ranks = [r.rank for r in rows]
    assert ranks == sorted(ranks) and ranks[0] == 1
    for a, b in itertools.pairwise(rows):  # ties share a rank, others do not
        same = (a.score, a.red, a.missing) == (b.score, b.red, b.missing)
        assert (a.rank == b.rank) == same


def test_acknowledge_and_the_reminder_for_not_acknowledging(users, plan, task, as_user):
    from kechuang.web.supervision.models import Assignment, Reminder
    from kechuang.web.supervision.reminders import reminders_issue

    Assignment.objects.filter(task__plan=plan).update(assigned_at=timezone.now() - timedelta(days=30))
    reminders_issue(users["bureau"], plan, timezone.localdate())
    responsible = users["responsible"].profile.department
    reminder = Reminder.objects.get(task=task, department=responsible, kind="acknowledge")
    client = as_user(users["responsible"])
    assert "待签收的任务" in client.get(reverse("kc-my-tasks")).content.decode()
    response = client.post(reverse("kc-acknowledge", args=[task.pk]), follow=True)
    assert "已签收该任务" in response.content.decode()
    reminder.refresh_from_db()
    assert reminder.resolved_at is not None
    assert Assignment.objects.get(task=task, department=responsible).acknowledged_by == users["responsible"]
    again = client.post(reverse("kc-acknowledge", args=[task.pk]))
    assert again.status_code == 409 and "已签收" in again.content.decode()


def test_completion_request_review_and_close(users, task, as_user):
    from kechuang.web.history.models import Change
    from kechuang.web.supervision.cycle import RequestInput, completion_request, request_decide
    from kechuang.web.supervision.services import Evidence

    with pytest.raises(KechuangError) as info:
        completion_request(users["lead"], task, RequestInput("已全部完成"))
    assert info.value.context.get("field") == "files"  # evidence is required
    with pytest.raises(KechuangError):
        completion_request(users["responsible"], task, RequestInput("x", files=[Evidence("a.pdf", b"%PDF")]))
    asked = completion_request(users["lead"], task, RequestInput("已全部完成", files=[Evidence("验收.pdf", b"%PDF-1")]))
    with pytest.raises(KechuangError) as info:
        completion_request(users["lead"], task, RequestInput("再申请", files=[Evidence("b.pdf", b"%PDF")]))
    assert info.value.code == "KC-WEB-CONFLICT"
    with pytest.raises(KechuangError):
        request_decide(users["bureau"], "completion", asked.pk, grant=False)  # a refusal says why
    with pytest.raises(KechuangError):
        request_decide(users["lead"], "completion", asked.pk, grant=True)
    request_decide(users["bureau"], "completion", asked.pk, grant=True, comment="同意销号")
    state = _state(task)
    assert state.closed and state.light.colour == "green" and state.percent == 100 and not state.missing
    assert {c.action for c in Change.objects.filter(task_id=task.pk)} >= {"request", "grant"}
    page = as_user(users["leader"]).get(reverse("kc-task", args=[task.pk])).content.decode()
    assert "已办结" in page and "验收.pdf" in page


def test_extension_request_keeps_the_deadline_history(users, task, as_user):
    from kechuang.web.supervision.models import Extension, Reminder
    from kechuang.web.supervision.reminders import reminders_issue

    old = task.deadline
    assert old < TODAY  # the seed plan ran to 2025: the task is overdue
    reminders_issue(users["bureau"], task.plan, TODAY)
    overdue = Reminder.objects.filter(task=task, kind="overdue")
    assert overdue.exists()  # an overdue task can be 催办'ed, not only a missed report
    client = as_user(users["lead"])
    bad = client.post(reverse("kc-extension", args=[task.pk]), {"new_deadline": "2020-01-01", "reason": "x"})
    assert bad.status_code == 400 and "晚于" in bad.content.decode()
    client.post(reverse("kc-extension", args=[task.pk]), {"new_deadline": "2027-06-30", "reason": "资金分批到位"})
    asked = Extension.objects.get(task=task)
    bureau = as_user(users["bureau"])
    response = bureau.post(reverse("kc-extension-decide", args=[asked.pk]), {"decision": "grant"}, follow=True)
    assert "已同意该延期申请" in response.content.decode()
    task.refresh_from_db()
    asked.refresh_from_db()
    assert task.deadline == date(2027, 6, 30) and asked.old_deadline == old and asked.status == "granted"
    assert not overdue.filter(resolved_at=None).exists()
    assert "已逾期" not in _state(task).light.reason


def test_reminders_rise_a_level_when_issued_again_unanswered(users, task, as_user, settings):
    from kechuang.web.notices.models import Notification
    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import reminders_issue

    plan = task.plan
    first = reminders_issue(users["bureau"], plan, TODAY)
    assert first.new > 0 and first.escalated == 0
    assert reminders_issue(users["bureau"], plan, TODAY).total == 0  # the same day: nothing new
    items = Reminder.objects.filter(task__plan=plan, resolved_at=None)
    levels = []
    for _ in range(3):
        items.update(issued_at=timezone.now() - timedelta(days=settings.REMINDER_ESCALATE_DAYS))
        reminders_issue(users["bureau"], plan, TODAY)
        levels.append(set(items.values_list("level", flat=True)))
    assert levels == [{2}, {3}, {3}]  # 提醒 → 催办 → 督办通知, and no higher
    texts = list(Notification.objects.filter(user=users["responsible"], kind="reminder").values_list("text", flat=True))
    assert any("督办通知·红色督办单" in t for t in texts) and any("提醒·蓝色督办单" in t for t in texts)
    page = as_user(users["leader"]).get(reverse("kc-reminders", args=[plan.pk])).content.decode()
    assert "督办通知" in page and "未办复" in page and users["responsible"].profile.department.name in page


def test_the_board_agrees_with_itself_before_the_first_due_day(users, plan, task, as_user):
    """Confirmed today: no report is due yet; a report awaiting review is 待审核, not 未报送."""
    _future(task)
    _submit(users["responsible"], task, percent=20)
    client = as_user(users["bureau"])
    page = client.get(reverse("kc-board", args=[plan.pk])).content.decode()
    assert "各单位均已按期报送" not in page and "尚无到期的报送期(首个报送日为" in page
    row = page[page.index(f'data-task="{task.pk}"'):]
    row = row[:row.index("</tr>")]
    assert "待审核" in row and "未报送" not in row
    response = client.post(reverse("kc-reminders", args=[plan.pk]), follow=True)
    assert "已发出催办" in response.content.decode()  # overdue tasks are 催办'ed even before the first due day
    from docx import Document

    bulletin = client.get(reverse("kc-bulletin-docx", args=[plan.pk]))
    text = "\n".join(p.text for p in Document(io.BytesIO(bulletin.content)).paragraphs)
    assert "尚无到期的报送期" in text and "各单位均已按期报送" not in text


def test_a_filtered_board_exports_the_same_filter(users, plan, as_user):
    from openpyxl import load_workbook

    department = users["responsible"].profile.department_id
    client = as_user(users["leader"])
    query = {"department": department, "role": "responsible"}
    board = client.get(reverse("kc-board", args=[plan.pk]), query).content.decode()
    shown = board.count('data-task="')
    assert f"?department={department}&amp;role=responsible" in board  # the export link carries the filter
    sheet = load_workbook(io.BytesIO(client.get(reverse("kc-ledger", args=[plan.pk]), query).content))["台账"]
    assert sheet.max_row - 1 == shown < plan.tasks.count()
    units = load_workbook(io.BytesIO(client.get(reverse("kc-ledger", args=[plan.pk])).content))["单位进展"]
    assert [c.value for c in units[1]][:6] == ["编号", "任务", "分工", "单位", "签收日期", "督办灯"]


def test_messages_for_new_tasks_returns_and_the_header_count(users, draft_plan, as_user, mailoutbox, settings,
                                                             django_capture_on_commit_callbacks):
    from kechuang.web.notices.models import Notification
    from kechuang.web.plans.services import plan_confirm
    from kechuang.web.supervision.services import report_return

    settings.NOTIFY_EMAIL = True
    users["responsible"].email = "zuzhibu@example.org"
    users["responsible"].save()
    with django_capture_on_commit_callbacks(execute=True):
        plan = plan_confirm(users["bureau"], draft_plan, draft_plan.version, acknowledge_unassigned=True)
    assert Notification.objects.filter(user=users["responsible"], kind="task").count() == 1
    assert [m.to for m in mailoutbox] == [["zuzhibu@example.org"]]  # e-mail too, to users with an address
    assert "新交办任务" in mailoutbox[0].subject
    task = _future(plan.tasks.get(path="五/(一)/1"))
    report_return(users["lead"], _submit(users["responsible"], task, percent=10), "数据有误")
    returned = Notification.objects.get(user=users["responsible"], kind="returned")
    assert "数据有误" in returned.text
    assert Notification.objects.filter(user=users["lead"], kind="review").exists()  # the lead has one to review
    client = as_user(users["responsible"])
    page = client.get(reverse("kc-notifications")).content.decode()
    assert '<span class="count" id="unread">2</span>' in page and "数据有误" in page
    client.post(reverse("kc-notifications-read"))
    assert 'id="unread"' not in client.get(reverse("kc-notifications")).content.decode()


def test_a_value_typed_with_percent_is_a_number_and_a_refused_form_keeps_it(users, task, as_user):
    from kechuang.web.plans.models import Target
    from kechuang.web.supervision.models import ReportValue

    target = Target.objects.create(task=task, indicator="研发投入强度", value="2.5", unit="%")
    client = as_user(users["responsible"])
    refused = client.post(reverse("kc-report-new", args=[task.pk]), {
        "period": "2026-11", "text": "", "percent": "30", f"value_{target.pk}": "1.85%"})
    page = refused.content.decode()
    assert refused.status_code == 400 and 'value="1.85%"' in page and 'value="30"' in page
    ok = client.post(reverse("kc-report-new", args=[task.pk]), {
        "period": "2026-11", "text": "推进中", "percent": "30", f"value_{target.pk}": "1.85%"}, follow=True)
    assert "已报送 2026-11 期进展,待牵头单位审核" in ok.content.decode()
    assert ReportValue.objects.get(target=target).value == pytest.approx(1.85)


def test_the_report_form_asks_for_a_growth_rate_not_a_level(users, task, as_user):
    """"地区生产总值(目标 10%)当前值" left the reporter to guess whether to type the GDP or its growth."""
    from kechuang.web.plans.models import Target

    Target.objects.create(task=task, indicator="地区生产总值", kind="growth", value="10", unit="%")
    Target.objects.create(task=task, indicator="高新技术企业", kind="level", value="30", unit="家")
    page = as_user(users["responsible"]).get(reverse("kc-task", args=[task.pk])).content.decode()
    assert "地区生产总值(目标 增长10%)本期增长率(%)" in page and "高新技术企业(目标 30家)当前值(家)" in page


def test_deadline_messages_once_per_deadline(users, task):
    from django.core.management import call_command

    from kechuang.web.notices.models import Notification

    _future(task, TODAY + timedelta(days=2))
    out = io.StringIO()
    call_command("notify_deadlines", stdout=out)
    assert "已发送" in out.getvalue()
    sent = Notification.objects.filter(user=users["responsible"], kind="deadline")
    assert sent.count() == 1 and task.deadline.isoformat() in sent.get().text
    call_command("notify_deadlines", stdout=io.StringIO())
    assert sent.count() == 1  # once per deadline


def test_a_report_is_also_the_units_acknowledgement(users, task):
    from kechuang.web.supervision.models import Assignment

    _submit(users["responsible"], task, percent=10)
    mine = Assignment.objects.get(task=task, department=users["responsible"].profile.department)
    assert mine.acknowledged_at is not None and mine.acknowledged_by == users["responsible"]


def test_the_history_of_the_cycle_reads_in_chinese(users, task, as_user):
    from kechuang.web.supervision.cycle import RequestInput, extension_request, request_decide, reviewer_set
    from kechuang.web.supervision.reminders import reminders_issue

    reminders_issue(users["bureau"], task.plan, TODAY)
    reviewer_set(users["bureau"], task, users["bystander"].profile.department)
    asked = extension_request(users["lead"], task, RequestInput("资金分批到位", date(2027, 6, 30)), TODAY)
    request_decide(users["bureau"], "extension", asked.pk, grant=False, comment="理由不充分")
    page = as_user(users["leader"]).get(reverse("kc-task", args=[task.pk])).content.decode()
    table = page[page.index('id="history"'):]
    for words in ("延期申请", "待复核 → 未同意", "复核意见", "理由不充分", "催办", "任务逾期未完成", "等级", "提醒",
                  "审核单位", users["bystander"].profile.department.name):
        assert words in table, words
    for raw in ("extension", "pending", "overdue", "reviewer", "level"):
        assert f">{raw}<" not in table and f"{raw}:" not in table, raw


def test_a_refused_report_keeps_its_evidence_for_the_next_try(users, task, as_user, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kechuang.web.supervision.models import Attachment

    client = as_user(users["responsible"])
    url = reverse("kc-report-new", args=[task.pk])
    refused = client.post(url, {"period": "2026-11", "text": "", "percent": "30",
                                "files": [SimpleUploadedFile("纪要.pdf", b"%PDF-1.4 minutes"),
                                          SimpleUploadedFile("病毒.exe", b"MZ")]})
    page = refused.content.decode()
    assert refused.status_code == 400 and "纪要.pdf" in page and "病毒.exe" not in page[page.index("kept-files"):]
    token = page.split('name="kept" value="')[1].split('"')[0]
    # Someone else cannot use the token.
    other = as_user(users["lead"]).post(url, {"period": "2026-11", "text": "x", "percent": "1", "kept": token})
    assert other.status_code == 302 and not Attachment.objects.exists()
    client = as_user(users["responsible"])
    with django_capture_on_commit_callbacks(execute=True):
        ok = client.post(url, {"period": "2026-11", "text": "已召开", "percent": "30", "kept": token})
    assert ok.status_code == 302
    attachment = Attachment.objects.get(report__department=users["responsible"].profile.department)
    assert attachment.name == "纪要.pdf" and attachment.file.read() == b"%PDF-1.4 minutes"


def test_the_printable_督办单_of_a_reminder(users, task, as_user):
    from docx import Document

    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import reminders_issue

    reminders_issue(users["bureau"], task.plan, TODAY)
    reminder = Reminder.objects.filter(task=task, department=users["responsible"].profile.department).first()
    url = reverse("kc-reminder-sheet", args=[reminder.pk])
    for who, status in (("responsible", 200), ("leader", 200), ("lead", 404), ("other_bureau", 404)):
        assert as_user(users[who]).get(url).status_code == status, who
    document = Document(io.BytesIO(as_user(users["bureau"]).get(url).content))
    text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows
                                                               for c in r.cells])
    assert "灵寿县科技创新工作提醒单" in text and "蓝色督办单" in text and "灵寿县委组织部" in text
    assert task.title in text and "已超过完成时限" in text


def test_a_task_without_a_lead_unit_is_reviewed_by_the_bureau(users, task):
    from kechuang.web.plans.services import TaskInput, task_update
    from kechuang.web.supervision.services import report_approve

    task = task_update(users["bureau"], task, TaskInput(path=task.path, title=task.title, lead="",
                                                        responsible="灵寿县委组织部"), task.version)
    report = _submit(users["responsible"], task, percent=30)
    report_approve(users["bureau"], report)
    report.refresh_from_db()
    assert report.status == "approved"


def test_a_lead_made_responsible_loses_the_leads_powers(users, task):
    from kechuang.web.accounts.permissions import can_act_as_lead, task_roles
    from kechuang.web.plans.services import TaskInput, task_update
    from kechuang.web.supervision.services import report_approve

    _submit(users["lead"], task, percent=10)
    task = task_update(users["bureau"], task, TaskInput(
        path=task.path, title=task.title, lead="灵寿县委组织部", responsible="灵寿县发展和改革局"), task.version)
    task.refresh_from_db()
    assert task_roles(users["lead"], task) == {"responsible"} and not can_act_as_lead(users["lead"], task)
    with pytest.raises(KechuangError):  # no longer reviews what the new responsible units report
        report_approve(users["lead"], _submit(users["responsible"], task, percent=5, period="2026-10"))


def test_a_returned_report_is_owed_again_and_its_reminder_reopens(users, plan):
    from kechuang.web.plans.models import Plan
    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import reminders_issue
    from kechuang.web.supervision.services import report_return

    Plan.objects.filter(pk=plan.pk).update(confirmed_at=timezone.make_aware(timezone.datetime(2026, 9, 1)))
    plan.refresh_from_db()
    task = _future(plan.tasks.get(path="五/(一)/1"))
    reminders_issue(users["bureau"], plan, TODAY)
    responsible = users["responsible"].profile.department
    item = Reminder.objects.get(task=task, department=responsible, kind="report", period="2026-10")
    report = _submit(users["responsible"], task, period="2026-10", percent=30)
    item.refresh_from_db()
    assert item.resolved_at is not None
    report_return(users["lead"], report, "数据不实")
    issued = reminders_issue(users["bureau"], plan, TODAY)
    item.refresh_from_db()
    assert item.resolved_at is None and issued.new >= 1  # the board says 未报送 again, and so does the 催办


def test_archived_or_closed_tasks_take_no_more_cycle_steps(users, task, as_user):
    from kechuang.web.plans.models import Plan
    from kechuang.web.supervision.cycle import RequestInput, completion_request, extension_request, request_decide
    from kechuang.web.supervision.models import Extension
    from kechuang.web.supervision.services import Evidence

    asked = extension_request(users["lead"], task, RequestInput("资金", date(2027, 6, 30)), TODAY)
    done = completion_request(users["lead"], task, RequestInput("完成", files=[Evidence("a.pdf", b"%PDF-1")]))
    request_decide(users["bureau"], "completion", done.pk, grant=True)
    assert Extension.objects.get(pk=asked.pk).status == "refused"  # answered by the closing
    with pytest.raises(KechuangError) as info:
        request_decide(users["bureau"], "extension", asked.pk, grant=True)
    assert info.value.code == "KC-WEB-CONFLICT"
    with pytest.raises(KechuangError):
        _submit(users["responsible"], task, period="2026-10")  # no report on a closed task
    Plan.objects.filter(pk=task.plan_id).update(archived_at=timezone.now())
    client = as_user(users["responsible"])
    assert client.post(reverse("kc-acknowledge", args=[task.pk])).status_code == 409


def test_long_file_names_and_huge_ids_give_no_server_error(users, task, as_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    long_name = "关于" + "灵寿县科技创新工作推进情况" * 12 + ".pdf"  # far over 255 bytes
    client = as_user(users["responsible"])
    refused = client.post(reverse("kc-report-new", args=[task.pk]), {
        "period": "2026-11", "text": "", "percent": "30", "files": [SimpleUploadedFile(long_name, b"%PDF-1.4")]})
    assert refused.status_code == 400 and long_name in refused.content.decode()
    assert client.post(reverse("kc-notifications-read"), {"id": str(10**22)}).status_code == 302


def test_the_督办单_names_the_matter_even_with_quotes_in_the_title(users, task):
    from kechuang.web.plans.models import Task
    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import notice_sheet, reminders_issue

    Task.objects.filter(pk=task.pk).update(title="推进“科技特派员”工作")
    reminders_issue(users["bureau"], task.plan, TODAY)
    sheet = notice_sheet(Reminder.objects.filter(task=task).first())
    assert sheet.matter.startswith("已超过完成时限") and "科技特派员" in sheet.task


def test_the_worker_sends_the_deadline_messages_every_morning(users, task):
    from kechuang.web.jobs.tasks import notify_deadlines
    from kechuang.web.notices.models import Notification

    due = notify_deadlines.task_class().validate_datetime
    assert due(timezone.datetime(2026, 11, 21, 7, 30)) and not due(timezone.datetime(2026, 11, 21, 8, 30))
    _future(task, TODAY + timedelta(days=1))
    notify_deadlines.call_local()
    assert Notification.objects.filter(user=users["responsible"], kind="deadline").count() == 1


def test_the_reminder_list_filters_by_unit_level_and_answer(users, task, as_user):
    from kechuang.web.supervision.models import Reminder
    from kechuang.web.supervision.reminders import reminders_issue

    reminders_issue(users["bureau"], task.plan, TODAY)
    responsible = users["responsible"].profile.department
    url = reverse("kc-reminders", args=[task.plan_id])
    client = as_user(users["leader"])
    everything = client.get(url).content.decode().count('data-reminder="')
    mine = client.get(url, {"department": responsible.pk}).content.decode()
    assert mine.count('data-reminder="') == Reminder.objects.filter(department=responsible).count() < everything
    Reminder.objects.filter(department=responsible).update(level=3)
    red = client.get(url, {"level": 3}).content.decode()
    assert red.count('data-reminder="') == Reminder.objects.filter(level=3).count()
    Reminder.objects.filter(department=responsible).update(resolved_at=timezone.now())
    open_only = client.get(url, {"open": "1"}).content.decode()
    assert open_only.count('data-reminder="') == Reminder.objects.filter(resolved_at=None).count() < everything
