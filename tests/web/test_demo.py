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
