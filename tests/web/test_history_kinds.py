"""Each app's history kinds keep their own words: a 特派员's assignment ("dispatch", 特派员选派) and a task's 分工
("assignment", whose 签收 rows the talents app once relabelled 特派员选派 by overwriting the shared word)."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from tests.web.people_fixtures import people_world

pytestmark = pytest.mark.django_db


def _rows(html: str, word: str) -> list[str]:
    return [re.sub(r"\s+", " ", row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S) if word in row]


def test_a_task_signed_for_reads_分工_and_a_dispatch_reads_特派员选派(request, users, task, client):
    from kechuang.web.history.models import Change
    from kechuang.web.supervision.cycle import acknowledge

    world = people_world(request)
    acknowledge(users["responsible"], task)
    signed = Change.objects.get(kind="assignment", action="acknowledge", task_id=task.pk)
    client.force_login(users["bureau"])
    page = client.get(reverse("kc-task", args=[task.pk])).content.decode()
    assert "特派员选派" not in page
    signed_rows = _rows(page, "<td>签收</td>")  # the history's rows: when, who, kind, action, what
    assert signed_rows and all("<td>分工</td><td>签收</td>" in row for row in signed_rows)
    specialist = world["specialist"]
    Change.objects.filter(pk=signed.pk).update(object_id=specialist.pk)  # a task with the talent's id
    talent = client.get(reverse("kc-talent", args=[specialist.pk])).content.decode()
    assert "特派员选派" in talent and "签收" not in talent


def test_an_app_may_not_rename_a_kind_already_named():
    from kechuang.web.history.services import KIND_NAMES, kinds_register

    assert KIND_NAMES["assignment"] == "分工" and KIND_NAMES["dispatch"] == "特派员选派"
    with pytest.raises(ImproperlyConfigured, match="assignment"):
        kinds_register({"assignment": "特派员选派"})
    kinds_register({"dispatch": "特派员选派"})  # the same word again is fine
