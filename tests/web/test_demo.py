"""The demo of `make run`: the five seed plans, their users, and the 督办 cycle at work through the services."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_the_demo_shows_the_cycle_and_is_created_once(settings, django_capture_on_commit_callbacks):
    from kechuang.web.demo import create_demo
    from kechuang.web.notices.models import Notification
    from kechuang.web.plans.models import Plan
    from kechuang.web.supervision.models import Completion, Extension, Reminder, Report

    lines = []
    with django_capture_on_commit_callbacks(execute=True):
        password, logins = create_demo(SEEDS[0].parent, "demo-password-1", progress=lines.append)
    assert password == "demo-password-1"
    assert Plan.objects.filter(is_demo=True, status="confirmed").count() == len(SEEDS) == 5
    assert {"admin", "lingshou-bureau", "lingshou-leader"} <= {login.username for login in logins}
    # Lead units' reports were reviewed by the bureau, the others' by their lead unit: never by themselves.
    for report in Report.objects.filter(status="approved").select_related("task", "reviewed_by__profile"):
        reviewer = report.reviewed_by.profile
        assert reviewer.department_id != report.department_id
        is_lead = report.task.assignments.filter(department_id=report.department_id, role="lead").exists()
        assert (reviewer.role == "bureau") == is_lead
    assert Report.objects.filter(status="submitted").exists()
    # One 延期 and one 办结 asked for in each plan whose tasks have lead units with users.
    asked = Extension.objects.filter(status="pending").count()
    assert asked == Completion.objects.filter(status="pending").count() >= 2
    assert Reminder.objects.exists() and Notification.objects.filter(kind="reminder").exists()
    before = Report.objects.count()
    create_demo(SEEDS[0].parent, "demo-password-1", progress=lines.append)
    assert Report.objects.count() == before  # running it twice changes nothing


def test_the_demo_enterprises_are_marked_checked_and_created_once(users, county, other_county):
    from kechuang.web.clock import today
    from kechuang.web.demo import users_for
    from kechuang.web.enterprises.checks import hitech_batch
    from kechuang.web.enterprises.demo import PER_COUNTY, demo_enterprises
    from kechuang.web.enterprises.feeds import certified_count
    from kechuang.web.enterprises.models import Enterprise, ReserveEntry, YearFigures
    from kechuang.web.enterprises.reserve import expiry_notices

    for region in (county, other_county):
        users_for(region, "x", [])
    logins = demo_enterprises("x")
    assert {login.username for login in logins} == {"lingshou-ent", "jinta-ent"}
    demo = Enterprise.objects.filter(is_demo=True)
    assert demo.count() == 2 * PER_COUNTY and all("示例" in e.name for e in demo)
    assert YearFigures.objects.filter(enterprise__in=demo).count() == 2 * PER_COUNTY * 3
    assert set(ReserveEntry.objects.values_list("stage", flat=True)) == {"entered", "cultivating", "applied",
                                                                          "failed", "certified"}
    assert certified_count(county, today().year) >= 1
    assert hitech_batch(county.pk, today())  # some demo firms are worth a look
    assert expiry_notices(today()) >= 1  # one certificate expires within 90 days
    demo_enterprises("x")
    assert Enterprise.objects.filter(is_demo=True).count() == 2 * PER_COUNTY  # twice changes nothing
