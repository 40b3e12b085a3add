"""Every page: the roles allowed, a role refused, a bad id and a wrong method."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from django.urls import reverse

from tests.web.challenge_fixtures import CHALLENGE_CASES, CHALLENGE_FORMS, CHALLENGE_SOURCES, challenge_target
from tests.web.conftest import LINGSHOU
from tests.web.library_fixtures import LIBRARY_CASES, LIBRARY_FORMS, LIBRARY_SOURCES, library_target
from tests.web.people_fixtures import PEOPLE_CASES, PEOPLE_FORMS, PEOPLE_SOURCES, people_target, people_users
from tests.web.transfer_fixtures import TRANSFER_CASES, TRANSFER_FORMS, TRANSFER_SOURCES, transfer_target
from tests.web.voucher_fixtures import VOUCHER_CASES, VOUCHER_FORMS, VOUCHER_SOURCES, voucher_target

pytestmark = pytest.mark.django_db
MISSING = 987654
_NUMBERS = itertools.count()  # fresh user names for the user pages' targets


def _ctx(request):
    return {name: request.getfixturevalue(name) for name in ("plan", "task", "report", "users", "county")}


# name, method, object the pk comes from (None: no pk), post data, {user: status}
CASES = [
    ("kc-healthz", "get", None, None, {"anon": 200}),
    ("kc-home", "get", None, None, {"anon": 302, "bureau": 302, "lead": 302}),
    ("kc-token", "get", None, None, {"bureau": 200, "lead": 200, "anon": 302}),
    ("kc-token", "post", None, {"name": "同步", "days": "90"}, {"leader": 200, "anon": 302}),
    ("kc-token-revoke", "post", "token", {}, {"lead": 302, "responsible": 404, "admin": 404, "anon": 302}),
    ("kc-plans", "get", None, None, {"bureau": 200, "leader": 200, "admin": 200, "anon": 302}),
    ("kc-plans", "post", None, {"text": LINGSHOU.read_text("utf-8")}, {"bureau": 302, "leader": 403, "lead": 403}),
    ("kc-plan", "get", "plan", None, {"bureau": 200, "leader": 200, "lead": 200, "other_bureau": 404,
                                      "other_dept": 404, "anon": 302}),
    ("kc-plan-units", "get", "draft", None, {"bureau": 200, "leader": 403, "other_bureau": 404}),
    ("kc-plan-confirm", "post", "draft", {"version": "1", "acknowledge_unassigned": "1"}, {"bureau": 302, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-plan-revise", "post", "plan", {"text": LINGSHOU.read_text("utf-8")}, {"bureau": 302, "leader": 403,
                                                                              "other_bureau": 404}),
    ("kc-plan-diff", "get", "plan", None, {"bureau": 200, "leader": 200, "other_bureau": 404}),
    ("kc-task-add", "post", "plan", {"path": "六", "title": "新增任务"}, {"bureau": 302, "leader": 403, "lead": 403}),
    ("kc-task-edit", "get", "task", None, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-task-delete", "post", "task", "version", {"leader": 403, "other_bureau": 404, "bureau": 200}),
    ("kc-plan-delete", "get", "draft", None, {"bureau": 200, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-plan-delete", "post", "draft", "version", {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-plan-archive", "post", "plan", {"archive": "1"}, {"bureau": 302, "leader": 403, "lead": 403,
                                                         "other_bureau": 404}),
    ("kc-target-add", "get", "task", None, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-target-add", "post", "task", {"indicator": "新指标", "value": "3", "year": "2025"},
     {"bureau": 302, "leader": 403, "responsible": 403, "other_bureau": 404}),
    ("kc-target-edit", "get", "target", None, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-target-delete", "post", "target", "version", {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-board", "get", "plan", None, {"bureau": 200, "leader": 200, "admin": 200, "lead": 403, "other_bureau": 404}),
    ("kc-ledger", "get", "plan", None, {"bureau": 200, "leader": 200, "lead": 403, "other_bureau": 404}),
    ("kc-bulletin-docx", "get", "plan", None, {"bureau": 200, "leader": 200, "lead": 403, "other_bureau": 404}),
    ("kc-bulletin-pdf", "get", "plan", None, {"leader": 200, "responsible": 403, "other_bureau": 404}),
    ("kc-reminders", "get", "plan", None, {"bureau": 200, "leader": 200, "lead": 403, "other_bureau": 404}),
    ("kc-reminders", "post", "plan", {}, {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-acknowledge", "post", "task", {}, {"responsible": 302, "lead": 302, "bureau": 403, "leader": 403,
                                           "bystander": 404, "other_dept": 404}),
    ("kc-reviewer", "post", "task", {}, {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-extension", "post", "task", {"new_deadline": "2030-12-31", "reason": "资金未到位"},
     {"lead": 302, "responsible": 403, "bureau": 403, "other_dept": 404}),
    ("kc-completion", "post", "task", {"reason": "已完成"}, {"lead": 400, "responsible": 403, "leader": 403, "other_dept": 404}),
    ("kc-extension-decide", "post", "extension", {"decision": "grant"}, {"bureau": 302, "leader": 403, "lead": 403,
                                                                          "other_bureau": 404}),
    ("kc-completion-decide", "post", "completion", {"decision": "refuse", "comment": "材料不全"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-reminder-sheet", "get", "reminder", None, {"bureau": 200, "leader": 200, "responsible": 200, "lead": 404,
                                                   "other_bureau": 404, "anon": 302}),
    ("kc-inbox", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403, "admin": 403, "anon": 302}),
    ("kc-notifications", "get", None, None, {"bureau": 200, "lead": 200, "leader": 200, "anon": 302}),
    ("kc-notifications-read", "post", None, {}, {"bureau": 302, "lead": 302, "anon": 302}),
    ("kc-task", "get", "task", None, {"bureau": 200, "leader": 200, "lead": 200, "responsible": 200,
                                      "bystander": 404, "other_dept": 404, "anon": 302}),
    ("kc-report-new", "post", "task", {"period": "2026-11", "text": "进展", "percent": "50"},
     {"responsible": 302, "lead": 302, "leader": 403, "bureau": 403, "bystander": 404}),
    ("kc-report-approve", "post", "report", {}, {"lead": 302, "responsible": 403, "bureau": 403, "other_dept": 404}),
    ("kc-report-return", "post", "report", {"comment": "数据不全"}, {"lead": 302, "responsible": 403, "leader": 403}),
    ("kc-my-tasks", "get", None, None, {"lead": 200, "responsible": 200, "bureau": 403, "anon": 302}),
    ("kc-departments", "get", None, None, {"bureau": 200, "leader": 200, "lead": 403, "admin": 403}),
    ("kc-departments", "post", None, {"name": "灵寿县新部门"}, {"bureau": 302, "leader": 403}),
    ("kc-department-alias", "post", "department", {"alias": "县新别名"}, {"bureau": 302, "leader": 403,
                                                                     "other_bureau": 404}),
    ("kc-users", "get", None, None, {"bureau": 200, "admin": 200, "leader": 403, "lead": 403, "anon": 302}),
    ("kc-users", "post", None, {"username": "new-leader", "full_name": "王芳", "role": "leader"},
     {"bureau": 200, "leader": 403}),
    ("kc-user-password", "post", "user", {}, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-user-active", "post", "user", {"active": "0"}, {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-password", "get", None, None, {"lead": 200, "leader": 200, "admin": 200, "anon": 302}),
    ("kc-lockouts", "get", None, None, {"admin": 200, "bureau": 200, "leader": 403, "lead": 403, "anon": 302}),
    ("kc-lockout-unlock", "post", None, {"username": "lead"}, {"admin": 302, "bureau": 302, "leader": 403,
                                                               "lead": 403, "other_bureau": 404, "anon": 302}),
    ("kc-password-done", "get", None, None, {"lead": 302, "anon": 302}),
    ("kc-job", "get", "job", None, {"leader": 200, "bureau": 200, "lead": 404, "other_bureau": 404, "anon": 302}),
    ("kc-job-status", "get", "job", None, {"leader": 200, "admin": 200, "other_dept": 404, "other_bureau": 404,
                                           "anon": 302}),
    ("kc-evaluations", "get", None, None, {"evaluator": 200, "admin": 200, "bureau": 403, "leader": 403, "lead": 403,
                                           "anon": 302}),
    ("kc-evaluation", "get", "run", None, {"evaluator": 200, "admin": 200, "bureau": 403, "leader": 403,
                                           "other_bureau": 404, "other_evaluator": 404, "anon": 302}),
    ("kc-evaluation-status", "get", "run", None, {"evaluator": 200, "bureau": 403, "other_evaluator": 404,
                                                  "anon": 302}),
    ("kc-evaluation-xlsx", "get", "run", None, {"evaluator": 200, "leader": 403, "other_evaluator": 404, "anon": 302}),
    ("kc-evaluation-publish", "post", "run", {"publish": "1"}, {"evaluator": 302, "bureau": 403, "leader": 403,
                                                               "other_evaluator": 404, "anon": 302}),
    ("kc-evaluation-ranking", "get", "run", None, {"evaluator": 200, "bureau": 404, "other_bureau": 404,
                                                   "other_evaluator": 404, "anon": 302}),
    ("kc-evaluation-result", "get", "result", None, {"bureau": 200, "leader": 200, "evaluator": 200, "lead": 404,
                                                     "other_bureau": 404, "other_evaluator": 404, "anon": 302}),
    ("kc-my-evaluation", "get", None, None, {"bureau": 200, "leader": 200, "lead": 403, "evaluator": 403,
                                             "anon": 302}),
    ("kc-plan-monitor", "get", "plan", None, {"bureau": 200, "leader": 200, "lead": 200, "admin": 200,
                                              "other_bureau": 404, "other_dept": 404, "anon": 302}),
    ("kc-target-link", "get", "target", None, {"bureau": 200, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-target-link", "post", "target", {"indicator": "none"}, {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-dashboard", "get", None, None, {"bureau": 200, "leader": 200, "admin": 200, "other_bureau": 200, "lead": 403,
                                         "anon": 302}),
    ("kc-indicators", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "admin": 200, "anon": 302}),
    ("kc-indicator", "get", "indicator", None, {"bureau": 200, "other_bureau": 200, "lead": 200, "anon": 302}),
    ("kc-indicator-add", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403, "anon": 302}),
    ("kc-indicator-add", "post", None, {"code": "local_sites", "name": "科普站点", "unit": "个"},
     {"leader": 403, "lead": 403, "bureau": 302, "anon": 302}),
    ("kc-indicator-template", "get", None, None, {"bureau": 200, "leader": 200, "anon": 302}),
    ("kc-indicator-import", "get", None, None, {"bureau": 200, "admin": 200, "leader": 403, "lead": 403,
                                                "anon": 302}),
    ("kc-indicator-batch", "get", "batch", None, {"bureau": 200, "admin": 200, "leader": 404, "other_bureau": 404,
                                                  "anon": 302}),
    ("kc-indicator-batch-confirm", "post", "batch", {"action": "import"},
     {"bureau": 302, "leader": 404, "other_bureau": 404, "anon": 302}),
    ("kc-region-data", "get", "county", None, {"bureau": 200, "leader": 200, "lead": 200, "admin": 200,
                                               "other_bureau": 404, "other_dept": 404, "anon": 302}),
    ("kc-observation-history", "get", "county", None, {"bureau": 200, "leader": 200, "other_bureau": 404,
                                                       "other_dept": 404, "anon": 302}),
    ("kc-indicator-entry", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403, "admin": 403,
                                               "anon": 302}),
    # The enterprise registry (kechuang.web.enterprises): "enterprise" is ent_user's own; other_ent keeps another.
    ("kc-enterprises", "get", None, None, {"bureau": 200, "leader": 200, "admin": 200, "lead": 403, "ent_user": 403,
                                           "anon": 302}),
    ("kc-enterprise-new", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403, "anon": 302}),
    ("kc-enterprise-new", "post", None, {"name": "灵寿县新登记有限公司"}, {"bureau": 302, "leader": 403, "lead": 403}),
    ("kc-my-enterprise", "get", None, None, {"ent_user": 302, "bureau": 302, "anon": 302}),
    ("kc-enterprise", "get", "enterprise", None, {"bureau": 200, "leader": 200, "ent_user": 200, "other_ent": 404,
                                                  "other_bureau": 404, "lead": 404, "anon": 302}),
    ("kc-enterprise-edit", "get", "enterprise", None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                       "other_bureau": 404}),
    ("kc-enterprise-edit", "post", "enterprise", {"name": "灵寿县甲科技有限公司", "version": "1"},
     {"bureau": 302, "leader": 403, "ent_user": 403, "other_ent": 404, "other_bureau": 404}),
    ("kc-enterprise-figures", "post", "enterprise", {"year": "2025", "employees": "50", "tech_staff": "8"},
     {"ent_user": 302, "bureau": 302, "leader": 403, "other_ent": 404, "other_bureau": 404}),
    ("kc-enterprise-ip", "post", "enterprise", {"category": "实用新型专利", "number": "ZL2024200000011"},
     {"ent_user": 302, "leader": 403, "other_ent": 404}),
    ("kc-enterprise-ip-delete", "post", "ip", {}, {"ent_user": 302, "leader": 403, "other_ent": 404,
                                                  "other_bureau": 404}),
    ("kc-enterprise-verify", "post", "enterprise", {}, {"bureau": 302, "ent_user": 403, "leader": 403,
                                                       "other_bureau": 404}),
    ("kc-enterprise-judgements", "post", "enterprise", {"core_ip": "yes"}, {"bureau": 302, "leader": 403,
                                                                          "ent_user": 403, "other_bureau": 404}),
    ("kc-enterprises-import", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403, "anon": 302}),
    ("kc-enterprises-import-confirm", "post", None, {"digest": "0" * 64}, {"bureau": 404, "leader": 403,
                                                                         "ent_user": 403}),
    ("kc-enterprises-export", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 403, "lead": 403}),
    ("kc-reserve", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 403, "lead": 403, "anon": 302}),
    ("kc-reserve-move", "post", "reserve_entry", {"stage": "cultivating"}, {"bureau": 302, "leader": 403,
                                                                         "ent_user": 403, "other_bureau": 404}),
    ("kc-sme-list", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 403, "lead": 403}),
    *VOUCHER_CASES,
    *LIBRARY_CASES,
    *CHALLENGE_CASES,
    *PEOPLE_CASES,
    *TRANSFER_CASES,
]


def _target(request, source):
    if source is None:
        return None
    if source == "draft":
        from kechuang.web.plans.services import plan_create

        users, county = request.getfixturevalue("users"), request.getfixturevalue("county")
        # A small draft whose units all exist, so that confirming it succeeds.
        text = "灵寿县测试方案\n一、重点任务\n(一)建设创新平台。(牵头单位:县发展和改革局)\n"
        return plan_create(users["bureau"], county, text=text, name="测试.txt")
    if source == "user":
        from tests.web.conftest import department, make_user

        county = request.getfixturevalue("county")
        return make_user(f"target{next(_NUMBERS)}", "department", county, department(county, "灵寿县委组织部"))
    if source == "reminder":
        from kechuang.web.supervision.models import Reminder

        task, users = request.getfixturevalue("task"), request.getfixturevalue("users")
        return Reminder.objects.get_or_create(task=task, department=users["responsible"].profile.department,
                                              kind="overdue", period="2025-12-31")[0]
    if source in ("extension", "completion"):
        from kechuang.web.supervision import cycle
        from kechuang.web.supervision.services import Evidence

        users, task = request.getfixturevalue("users"), request.getfixturevalue("task")
        model = cycle.REQUESTS[source]
        model.objects.filter(task=task, status="pending").delete()  # one pending request per task
        if source == "extension":
            return cycle.extension_request(users["lead"], task, cycle.RequestInput("资金未到位", date(2030, 12, 31)),
                                           date(2026, 11, 21))
        return cycle.completion_request(users["lead"], task, cycle.RequestInput(
            "已完成", files=[Evidence("验收报告.pdf", b"%PDF-1.4 done")]))
    if source == "enterprise":  # fresh: a reserve entry or an edit from an earlier user is undone
        from kechuang.web.enterprises.models import Enterprise, ReserveEntry

        enterprise = request.getfixturevalue("enterprise")
        ReserveEntry.objects.filter(enterprise=enterprise).delete()
        return Enterprise.objects.get(pk=enterprise.pk)
    if source == "reserve_entry":
        from kechuang.web.enterprises.models import ReserveEntry

        enterprise = request.getfixturevalue("enterprise")
        ReserveEntry.objects.filter(enterprise=enterprise).delete()
        return ReserveEntry.objects.create(enterprise=enterprise, entered_on=date(2026, 1, 5))
    if source == "ip":
        return request.getfixturevalue("enterprise").ip.create(ip_class="II", category="软件著作权",
                                                               number=f"2025SR{next(_NUMBERS):06d}")
    if source in VOUCHER_SOURCES:
        return voucher_target(request, source)
    if source in LIBRARY_SOURCES:
        return library_target(request, source)
    if source in CHALLENGE_SOURCES:
        return challenge_target(request, source)
    if source in PEOPLE_SOURCES:
        return people_target(request, source)
    if source in TRANSFER_SOURCES:
        return transfer_target(request, source)
    if source == "token":
        from kechuang.web.accounts.tokens import token_create

        return token_create(request.getfixturevalue("users")["lead"], "同步", 90)[0]
    if source == "target":
        return request.getfixturevalue("task").targets.create(indicator="测试指标", value="1", year=2025)
    if source == "indicator":
        from kechuang.web.indicators.models import Indicator

        return Indicator.objects.get(code="hitech_enterprises")
    if source == "batch":  # the bureau's upload, previewed
        from kechuang.web.indicators.imports import import_upload

        text = "地区,指标代码,年份,数值\n灵寿县,hitech_enterprises,2023,38\n"
        return import_upload(request.getfixturevalue("users")["bureau"], "数据.csv", text.encode("utf-8"))
    if source == "department":
        from kechuang.web.accounts.models import Department

        return Department.objects.filter(region=request.getfixturevalue("county")).first()
    if source == "job":  # the leader's 台账, run at once (huey's immediate mode, tests/web/conftest.py)
        from kechuang.web.clock import today
        from kechuang.web.jobs.services import export_job
        from kechuang.web.supervision.exports import export_key

        plan = request.getfixturevalue("plan")
        return export_job(request.getfixturevalue("users")["leader"], plan, "ledger", today(),
                          export_key("ledger", plan, today()))
    if source in ("run", "result"):  # a finished evaluation of 河北省's counties (tests/web/evaluation_data.py)
        from tests.web.evaluation_data import finished_run

        county = request.getfixturevalue("county")
        run = finished_run(request.getfixturevalue("users")["evaluator"], county, replications=20)
        return run if source == "run" else run.results.get(region=county)
    return request.getfixturevalue(source)


def _data(data, obj):
    if data == "version":
        return {"version": obj.version}

    return data


CASE_IDS = [f"{c[0]}-{c[1]}" for c in CASES]


@pytest.mark.parametrize(("name", "method", "source", "data", "expected"), CASES, ids=CASE_IDS)
def test_roles(request, client, name, method, source, data, expected):
    users = people_users(request) if "specialist" in expected else request.getfixturevalue("users")
    for who, status in expected.items():
        obj = _target(request, source)  # fresh for each user: a POST may consume it
        url = reverse(name, args=[obj.pk] if obj is not None else [])
        client.logout()
        if who != "anon":
            client.force_login(users[who])
        response = getattr(client, method)(url, _data(data, obj) if method == "post" else None)
        if name == "kc-task-delete" and status == 200:
            status = 302 if response.status_code == 302 else 409  # a task with reports cannot be deleted
        assert response.status_code == status, (who, response.status_code, response.content[:300].decode("utf-8", "replace"))
        if status in (403, 404) and who != "anon":
            body = response.content.decode("utf-8")
            assert "权限" in body or "不存在" in body


@pytest.mark.parametrize(("name", "method", "source", "data", "expected"),
                         [c for c in CASES if c[2] is not None], ids=[i for c, i in zip(CASES, CASE_IDS, strict=False) if c[2]])
def test_bad_id(request, client, name, method, source, data, expected):
    client.force_login(request.getfixturevalue("users")["admin"])
    response = getattr(client, method)(reverse(name, args=[MISSING]), _data(data, None) if data != "version" else {})
    assert response.status_code == 404
    assert "不存在" in response.content.decode("utf-8")


WRONG = {"get": "put", "post": "get"}
# Pages that are a form answer both GET and POST; their wrong method is PUT, tested from the GET case.
FORMS = ("kc-token", "kc-plans", "kc-departments", "kc-users", "kc-reminders", "kc-plan-delete", "kc-target-add",
         "kc-target-link", "kc-indicator-add", "kc-enterprise-new", "kc-enterprise-edit", *VOUCHER_FORMS,
         *LIBRARY_FORMS, *CHALLENGE_FORMS, *PEOPLE_FORMS, *TRANSFER_FORMS)
SINGLE = [(c, i) for c, i in zip(CASES, CASE_IDS, strict=False) if not (c[1] == "post" and c[0] in FORMS)]


@pytest.mark.parametrize(("name", "method", "source", "data", "expected"), [c for c, _ in SINGLE],
                         ids=[i for _, i in SINGLE])
def test_wrong_method(request, client, name, method, source, data, expected):
    users = request.getfixturevalue("users")
    client.force_login(users["admin"] if name not in ("kc-my-tasks",) else users["lead"])
    obj = _target(request, source)
    response = getattr(client, WRONG[method])(reverse(name, args=[obj.pk] if obj is not None else []))
    assert response.status_code == 405
