"""Every error of the API answers one JSON shape; pages answer the Chinese error page; nothing gives a traceback."""

from __future__ import annotations

import itertools
import json
import secrets

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999999"  # 23 digits: beyond any database integer


@pytest.fixture
def raw():
    """A client that turns unexpected exceptions into responses, as a server does."""
    return Client(raise_request_exception=False)


def _token(user) -> str:
    from kechuang.web.accounts.models import ApiToken, token_digest

    token = secrets.token_urlsafe(16)
    ApiToken.objects.create(user=user, digest=token_digest(token))
    return f"Bearer {token}"


def _error(response, status, code):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "context"}, body
    assert body["error"]["code"] == code, body
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["error"]["message"]), body  # Chinese
    assert "Traceback" not in response.content.decode("utf-8")
    return body["error"]


def test_wrong_method_is_json_405(raw, users):
    response = raw.delete("/api/v1/plans", HTTP_AUTHORIZATION=_token(users["bureau"]))
    _error(response, 405, "KC-WEB-METHOD")


def test_unknown_url_under_api_is_json_404(raw, users):
    _error(raw.get("/api/v1/nothing-here", HTTP_AUTHORIZATION=_token(users["bureau"])), 404, "KC-WEB-NOTFOUND")
    _error(raw.get("/api/v2/plans"), 404, "KC-WEB-NOTFOUND")


def test_unexpected_exception_is_json_500_logged_once(raw, users, monkeypatch, caplog):
    from kechuang.web.api import routes

    def broken(*args, **kwargs):
        raise RuntimeError("boom inside a selector")

    monkeypatch.setattr(routes, "plans_visible", broken)  # an unforeseen bug, wherever it happens
    response = raw.get("/api/v1/plans", HTTP_AUTHORIZATION=_token(users["bureau"]))
    error = _error(response, 500, "KC-WEB-INTERNAL")
    assert "boom" not in error["message"]
    records = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(records) == 1 and records[0].exc_info and records[0].exc_info[0] is RuntimeError


def test_unexpected_exception_on_a_page_is_the_500_page(raw, users, monkeypatch, caplog):
    from kechuang.web.plans import views

    monkeypatch.setattr(views, "plan_list_data", lambda *a, **k: 1 / 0, raising=False)
    monkeypatch.setattr(views, "plans_visible", lambda *a, **k: 1 / 0)
    raw.force_login(users["bureau"])
    response = raw.get("/plans/")
    assert response.status_code == 500
    assert "系统错误" in response.content.decode("utf-8") and "Traceback" not in response.content.decode("utf-8")
    records = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(records) == 1 and records[0].exc_info


def test_body_over_the_limit_is_json_413(raw, users, settings):
    body = json.dumps({"name": "x" * (30 * 1024 * 1024)})  # 30 MB of JSON
    response = raw.post("/api/v1/departments", body, content_type="application/json",
                        HTTP_AUTHORIZATION=_token(users["bureau"]))
    error = _error(response, 413, "KC-WEB-TOO-LARGE")
    assert "MB" in error["message"]


def test_form_over_the_limit_is_the_413_page(raw, users):
    raw.force_login(users["bureau"])
    response = raw.post("/departments/", {"name": "x" * (6 * 1024 * 1024)})
    assert response.status_code == 413
    page = response.content.decode("utf-8")
    assert "过大" in page and "<html" in page


@pytest.mark.parametrize("body", [b'{"name": "\\ud800"}', b'{"name": "\xff\xfe"}', b'{"name": ', b"[1, 2]"],
                         ids=["lone-surrogate", "invalid-utf8", "truncated", "not-an-object"])
def test_invalid_json_is_400(raw, users, body):
    response = raw.post("/api/v1/departments", body, content_type="application/json",
                        HTTP_AUTHORIZATION=_token(users["bureau"]))
    assert response.status_code == 400, response.content[:300]
    error = response.json()["error"]
    assert error["code"] in ("KC-API-VALIDATION", "KC-API-JSON") and "Traceback" not in error["message"]


def test_a_surrogate_pair_is_a_valid_character(raw, users):
    response = raw.post("/api/v1/departments", b'{"name": "\\u7075\\u5bff\\ud83d\\ude00\\u5c40"}',
                        content_type="application/json", HTTP_AUTHORIZATION=_token(users["bureau"]))
    assert response.status_code == 201 and response.json()["name"] == "灵寿😀局"


def test_lone_surrogate_in_a_form_field_of_the_api_is_400(raw, users, task):
    response = raw.post(f"/api/v1/tasks/{task.pk}/reports",
                        "period=2026-11&percent=50&text=%ED%A0%80",  # UTF-8 bytes of a lone surrogate
                        content_type="application/x-www-form-urlencoded",
                        HTTP_AUTHORIZATION=_token(users["responsible"]))
    assert response.status_code in (201, 400), response.content[:300]
    if response.status_code == 201:
        assert "\ud800" not in response.json()["text"]


@pytest.mark.parametrize("path", [f"/plans/{HUGE}", f"/tasks/{HUGE}", f"/tasks/{HUGE}/assignments",
                                  f"/reports/{HUGE}", "/plans/-1", "/tasks/0"])
def test_out_of_range_ids_in_the_api_are_404(raw, users, path):
    _error(raw.get(f"/api/v1{path}", HTTP_AUTHORIZATION=_token(users["admin"])), 404, "KC-WEB-NOTFOUND")


def test_out_of_range_ids_in_api_writes_and_filters(raw, users):
    auth = _token(users["admin"])
    _error(raw.post(f"/api/v1/plans/{HUGE}/confirm", json.dumps({"version": 1}), content_type="application/json",
                    HTTP_AUTHORIZATION=auth), 404, "KC-WEB-NOTFOUND")
    response = raw.get(f"/api/v1/tasks?plan={HUGE}&department={HUGE}", HTTP_AUTHORIZATION=auth)
    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 200:
        assert response.json() == []


@pytest.mark.parametrize("url", [f"/tasks/{HUGE}/", f"/plans/{HUGE}/", f"/plans/{HUGE}/board/",
                                 f"/attachments/{HUGE}/", f"/plans/{HUGE}/ledger.xlsx"])
def test_out_of_range_ids_in_pages_are_404(raw, users, url):
    raw.force_login(users["admin"])
    response = raw.get(url)
    assert response.status_code == 404, response.content[:300]
    assert "不存在" in response.content.decode("utf-8")


def test_lone_surrogate_in_a_report_form_is_not_a_500(raw, users, task):
    raw.force_login(users["responsible"])
    response = raw.post(f"/tasks/{task.pk}/report/", "period=2026-11&percent=50&text=%ED%A0%80%E8%BF%9B%E5%B1%95",
                        content_type="application/x-www-form-urlencoded")
    assert response.status_code in (302, 400), response.content[:300]
    from kechuang.web.supervision.models import Report

    for report in Report.objects.filter(task=task):
        report.text.encode("utf-8")  # whatever was stored is valid text


def test_surrogate_escaped_in_a_board_filter_is_not_a_500(raw, users, plan):
    raw.force_login(users["bureau"])
    response = raw.get(f"/plans/{plan.pk}/board/?department=%ED%A0%80&light=%ED%A0%80")
    assert response.status_code == 200


def _id_urls():
    """Every page and API URL that takes an id, with the 23-digit id in it."""
    from django.urls import get_resolver
    from django.urls.resolvers import URLResolver

    found = []

    def walk(patterns, prefix):
        for p in patterns:
            route = str(p.pattern)
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + route)
            elif "<" in route:
                import re

                found.append("/" + prefix + re.sub(r"<[^>]+>", HUGE, route))

    walk(get_resolver().url_patterns, "")
    return found


def test_every_url_with_an_id_answers_404_for_an_id_out_of_range(raw, users):
    urls = _id_urls()
    assert len(urls) > 20
    tokens = {who: _token(users[who]) for who in ("admin", "bureau", "leader", "lead")}
    for (who, auth), url, method in itertools.product(tokens.items(), urls, ("get", "post")):
        raw.force_login(users[who])
        response = getattr(raw, method)(url, HTTP_AUTHORIZATION=auth)
        where = (who, method, url, response.status_code)
        if not url.startswith("/api/"):
            assert response.status_code in (404, 405), where
        elif method == "get" or response.status_code != 400:  # an API write may refuse the empty body first
            assert response.status_code in (404, 405), where
            assert set(response.json()) == {"error"}, where


@pytest.fixture
def console():
    """What the platform's configured log handler (settings.LOGGING "console") writes."""
    import io
    import logging

    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "console")
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield stream
    handler.setStream(old)


def test_403_and_404_are_logged_as_one_line_without_traceback(raw, users, plan, caplog, console):
    raw.force_login(users["leader"])
    assert raw.post(f"/plans/{plan.pk}/reminders/").status_code == 403  # PermissionDenied in the view
    assert raw.get("/tasks/987654/").status_code == 404
    raw.force_login(users["bureau"])
    assert raw.post("/departments/", {"name": "x" * (6 * 1024 * 1024)}).status_code == 413
    records = [r for r in caplog.records if r.name.startswith("django.")]
    assert {r.status_code for r in records} == {403, 404, 413}
    assert all(r.exc_info is None for r in records), [(r.name, r.msg) for r in records if r.exc_info]
    output = console.getvalue()
    assert "Forbidden (Permission denied)" in output and "Not Found" in output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 3, output


def test_500_keeps_its_traceback_in_the_log(raw, users, monkeypatch, console):
    from kechuang.web.api import routes

    monkeypatch.setattr(routes, "plans_visible", lambda *a: 1 / 0)
    assert raw.get("/api/v1/plans", HTTP_AUTHORIZATION=_token(users["bureau"])).status_code == 500
    output = console.getvalue()
    assert output.count("Traceback") == 1 and "ZeroDivisionError" in output
