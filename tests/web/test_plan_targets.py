"""Correcting quantified targets: the form on the review and task pages, the services, the API."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db


def _form(**values):
    return {"indicator": "研发投入强度", "kind": "level", "value": "2.5", "unit": "%", "year": "2025", "quote": "",
            **values}


@pytest.mark.parametrize(("typed", "value", "unit"), [
    ("1.85", "1.85", "亿元"), ("1,500", "1500", "亿元"), ("1,500", "1500", "亿元"), ("1.85%", "1.85", "%"),
    ("1e3", "1000", "亿元"), ("１６", "16", "亿元"),
])
def test_values_are_stored_as_typed_without_separators(users, draft_plan, typed, value, unit):
    from kechuang.web.plans.targets import TargetInput, target_add

    task = draft_plan.tasks.first()
    target = target_add(users["bureau"], task, TargetInput(indicator="产值", value=typed,
                                                           unit="" if typed.endswith("%") else "亿元", year="2025"))
    target.refresh_from_db()
    assert (target.value, target.unit, target.year) == (value, unit, 2025)


@pytest.mark.parametrize("kind", ["growth", "increase"])
def test_a_fall_is_a_negative_growth_or_increase(users, draft_plan, kind):
    """单位GDP能耗下降5%: a growth of -5 (the extractor's reading), a fall of percentage points likewise."""
    from kechuang.web.plans.targets import TargetInput, target_add

    task = draft_plan.tasks.first()
    target = target_add(users["bureau"], task, TargetInput(indicator="单位GDP能耗", value="-5", kind=kind, unit="%",
                                                           year="2025"))
    target.refresh_from_db()
    assert (target.value, target.kind) == ("-5", kind)


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"indicator": " "}, "indicator", "指标"),
    ({"value": "两成"}, "value", "目标值"),
    ({"value": ""}, "value", "目标值"),
    ({"value": "nan"}, "value", "目标值"),
    ({"value": "1e400"}, "value", "过大"),  # became inf in monitoring, a red light and 1e400 in the ledger
    ({"value": "9" * 61}, "value", "过大"),
    ({"value": "-5"}, "value", "不能为负"),  # a level (达到值) below zero
    ({"value": "-1", "kind": "rank"}, "value", "不能为负"),
    ({"year": "1999"}, "year", "目标年份"),
    ({"year": "二〇二五"}, "year", "目标年份"),
    ({"kind": "bogus"}, "kind", "类型"),
    ({"unit": "很长很长的单位名称超过十六个字符了吧"}, "unit", "单位"),
])
def test_bad_input_names_the_field_and_saves_nothing(users, draft_plan, values, field, words):
    from kechuang.web.history.models import Change
    from kechuang.web.plans.models import Target
    from kechuang.web.plans.targets import TargetInput, target_add

    task = draft_plan.tasks.first()
    before = Target.objects.count(), Change.objects.count()
    with pytest.raises(KechuangError) as info:
        target_add(users["bureau"], task, TargetInput(**_form(**values)))
    assert info.value.context["field"] == field and words in info.value.message_zh
    assert (Target.objects.count(), Change.objects.count()) == before


def test_review_page_edits_a_target_and_keeps_what_was_typed_when_refused(as_user, users, draft_plan):
    target = next(t for task in draft_plan.tasks.all() for t in task.targets.all())
    client = as_user(users["bureau"])
    page = client.get(reverse("kc-plan", args=[draft_plan.pk])).content.decode("utf-8")
    url = reverse("kc-target-edit", args=[target.pk])
    assert url in page and reverse("kc-target-add", args=[target.task_id]) in page
    form = client.get(url).content.decode("utf-8")
    assert "增长率" in form and "达到值" in form  # kinds in Chinese
    refused = client.post(url, {**_form(indicator="改正后的指标", value="很多"), "version": target.version})
    assert refused.status_code == 400
    body = refused.content.decode("utf-8")
    assert "目标值" in body and 'value="很多"' in body and 'value="改正后的指标"' in body
    saved = client.post(url, {**_form(indicator="改正后的指标", value="1,500", unit="家"), "version": target.version})
    assert saved.status_code == 302
    target.refresh_from_db()
    assert (target.indicator, target.value, target.unit, target.year, target.version) == (
        "改正后的指标", "1500", "家", 2025, 2)
    page = client.get(saved["Location"]).content.decode("utf-8")
    assert "已保存量化目标“改正后的指标”" in page and "改正后的指标:1500家" in page


def test_stale_version_does_not_overwrite(as_user, users, draft_plan):
    target = next(t for task in draft_plan.tasks.all() for t in task.targets.all())
    client = as_user(users["bureau"])
    url = reverse("kc-target-edit", args=[target.pk])
    assert client.post(url, {**_form(indicator="甲的修改"), "version": target.version}).status_code == 302
    second = client.post(url, {**_form(indicator="乙的修改"), "version": target.version})
    assert second.status_code == 409 and "已被他人修改" in second.content.decode("utf-8")
    target.refresh_from_db()
    assert target.indicator == "甲的修改"


def test_task_page_adds_and_deletes_a_target_and_the_board_changes(as_user, users, plan, task):
    from kechuang.web.plans.models import Plan

    client = as_user(users["bureau"])
    page = client.get(reverse("kc-task", args=[task.pk])).content.decode("utf-8")
    assert reverse("kc-target-add", args=[task.pk]) in page
    version = Plan.objects.get(pk=plan.pk).data_version
    response = client.post(reverse("kc-target-add", args=[task.pk]), _form(indicator="新增的指标", value="1.85%",
                                                                           unit=""))
    assert response.status_code == 302 and response["Location"] == reverse("kc-task", args=[task.pk])
    target = task.targets.get(indicator="新增的指标")
    assert (target.value, target.unit) == ("1.85", "%")
    assert Plan.objects.get(pk=plan.pk).data_version != version  # cached boards and exports are rebuilt
    page = client.get(response["Location"]).content.decode("utf-8")
    assert "已新增量化目标“新增的指标”" in page and reverse("kc-target-edit", args=[target.pk]) in page
    response = client.post(reverse("kc-target-delete", args=[target.pk]), {"version": target.version})
    assert response.status_code == 302 and not task.targets.filter(pk=target.pk).exists()
    assert "已删除量化目标" in client.get(response["Location"]).content.decode("utf-8")


def test_a_target_with_reported_values_is_not_deleted(users, task):
    from kechuang.web.plans.targets import target_delete
    from kechuang.web.supervision.services import ReportInput, report_submit

    target = task.targets.create(indicator="专利数", value="10", unit="件", year=2025)
    report_submit(users["responsible"], task, ReportInput(period="2026-11", text="进展", percent=10,
                                                          values={target.pk: "3"}))
    with pytest.raises(KechuangError) as info:
        target_delete(users["bureau"], target, target.version)
    assert info.value.code == "KC-WEB-CONFLICT"
    assert task.targets.filter(pk=target.pk).exists()


def test_superseded_plans_targets_cannot_change(users, plan, task):
    from kechuang.web.plans.models import Plan
    from kechuang.web.plans.targets import TargetInput, target_add

    Plan.objects.filter(pk=plan.pk).update(status=Plan.SUPERSEDED)
    task.refresh_from_db()
    with pytest.raises(KechuangError) as info:
        target_add(users["bureau"], task, TargetInput(**_form()))
    assert "修订版取代" in info.value.message_zh


@pytest.fixture
def api(client):
    import secrets

    from kechuang.web.accounts.models import ApiToken, token_digest

    def call(user, method, path, data=None):
        token = secrets.token_urlsafe(16)
        ApiToken.objects.create(user=user, digest=token_digest(token))
        response = getattr(client, method)(f"/api/v1{path}", json.dumps(data) if data is not None else None,
                                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        return response.status_code, response.json() if response.content else None

    return call


def test_targets_through_the_api(api, users, task):
    status, body = api(users["bureau"], "post", f"/tasks/{task.pk}/targets",
                       {"indicator": "高新技术企业数", "kind": "level", "value": "1,500", "unit": "家", "year": 2025})
    assert status == 201 and body["value"] == "1500" and body["version"] == 1
    target_id = body["id"]
    status, body = api(users["bureau"], "patch", f"/targets/{target_id}", {"value": "1.85%", "version": 1})
    assert status == 200 and (body["value"], body["unit"], body["indicator"], body["version"]) == (
        "1.85", "家", "高新技术企业数", 2)
    status, body = api(users["bureau"], "patch", f"/targets/{target_id}", {"year": 1900, "version": 2})
    assert status == 400 and body["error"]["code"] == "KC-WEB-FIELD" and body["error"]["context"]["field"] == "year"
    status, body = api(users["bureau"], "patch", f"/targets/{target_id}", {"indicator": "旧版本", "version": 1})
    assert status == 409 and body["error"]["code"] == "KC-WEB-CONFLICT"
    assert api(users["leader"], "patch", f"/targets/{target_id}", {"unit": "个", "version": 2})[0] == 403
    assert api(users["other_bureau"], "delete", f"/targets/{target_id}?version=2")[0] == 404
    assert api(users["bureau"], "delete", "/targets/987654?version=1")[0] == 404
    status, body = api(users["bureau"], "delete", f"/targets/{target_id}?version=2")
    assert status == 204 and not task.targets.filter(pk=target_id).exists()
    spec = api(users["bureau"], "get", "/openapi.json")[1]
    assert {"/api/v1/tasks/{task_id}/targets", "/api/v1/targets/{target_id}"} <= set(spec["paths"])
