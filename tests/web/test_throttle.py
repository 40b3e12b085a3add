"""Login throttling (django-axes): failures per user name and per address lock the login; the lock lifts by
time or when an administrator (or the user's bureau) unlocks it; the API's tokens are not affected."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db.models import F
from django.test import Client, RequestFactory
from django.urls import reverse

from kechuang.web.history.models import Change

pytestmark = pytest.mark.django_db
RIGHT = "correct-horse-battery"
LOCKED = "登录失败次数过多,账户已锁定 30 分钟"


def _login(client, username, password, ip="127.0.0.1"):
    return client.post(reverse("kc-login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def _fail(client, username, times=5, ip="127.0.0.1"):
    for _ in range(times):
        response = _login(client, username, "wrong-password", ip)
    return response


def _logged_in(response) -> bool:
    return response.status_code == 302 and "_auth_user_id" in response.client.session


def test_five_failures_lock_the_user_even_with_the_right_password(client, users):
    fourth = _fail(client, "lead", times=4)
    assert fourth.status_code == 200 and "用户名或密码不正确" in fourth.content.decode()
    fifth = _login(client, "lead", "wrong-password")
    assert fifth.status_code == 429 and LOCKED in fifth.content.decode()
    sixth = _login(client, "lead", RIGHT)
    assert sixth.status_code == 429 and LOCKED in sixth.content.decode()
    assert "_auth_user_id" not in client.session
    # Per user name: from another address too.
    assert _login(Client(), "lead", RIGHT, ip="10.1.1.1").status_code == 429


def test_the_message_does_not_tell_whether_the_user_exists(client, users):
    real = _fail(client, "lead", ip="10.0.0.1").content.decode()
    unknown = _fail(client, "nobody-here", ip="10.0.0.2").content.decode()
    assert LOCKED in real

    def without_csrf(page):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)

    assert without_csrf(real) == without_csrf(unknown)


def test_failures_from_one_address_lock_every_user_there(client, users):
    for name in ("guess1", "guess2", "guess3", "guess4", "guess5"):  # one failure per user name
        _login(client, name, "wrong-password", ip="10.0.0.9")
    blocked = _login(client, "leader", RIGHT, ip="10.0.0.9")
    assert blocked.status_code == 429 and LOCKED in blocked.content.decode()
    assert _logged_in(_login(Client(), "leader", RIGHT, ip="10.0.0.10"))


def test_the_limit_and_the_time_follow_the_settings(client, users, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(minutes=10)
    response = _fail(client, "lead", times=3)
    assert response.status_code == 429 and "账户已锁定 10 分钟" in response.content.decode()


def test_time_passing_unlocks(client, users):
    from axes.models import AccessAttempt

    _fail(client, "lead")
    assert _login(client, "lead", RIGHT).status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=29))
    assert _login(client, "lead", RIGHT).status_code == 429  # still within the 30 minutes (and restarted)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=31))
    assert _logged_in(_login(client, "lead", RIGHT))


def test_an_administrator_sees_and_unlocks(client, users):
    _fail(client, "lead")
    admin = Client()
    admin.force_login(users["admin"])
    page = admin.get(reverse("kc-lockouts")).content.decode()
    assert 'data-kind="username" data-key="lead"' in page and 'data-kind="ip" data-key="127.0.0.1"' in page
    assert "已锁定" in page
    response = admin.post(reverse("kc-lockout-unlock"), {"username": "lead"}, follow=True)
    assert "已解锁 lead" in response.content.decode()
    assert 'data-key="lead"' not in response.content.decode()
    assert _logged_in(_login(client, "lead", RIGHT))
    change = Change.objects.filter(kind="user", object_id=users["lead"].pk).latest("id")
    assert change.user == users["admin"] and change.after == {"login_lock": "已解锁"}


def test_an_administrator_unlocks_an_address(client, users):
    for name in ("guess1", "guess2", "guess3", "guess4", "guess5"):
        _login(client, name, "wrong-password", ip="10.0.0.9")
    admin = Client()
    admin.force_login(users["admin"])
    assert admin.post(reverse("kc-lockout-unlock"), {"ip": "10.0.0.9"}).status_code == 302
    assert _logged_in(_login(client, "leader", RIGHT, ip="10.0.0.9"))


def test_a_bureau_sees_and_unlocks_only_its_regions_users(client, users):
    _fail(client, "lead", ip="10.0.0.1")
    _fail(client, "other_dept", ip="10.0.0.2")
    _fail(client, "nobody-here", ip="10.0.0.3")
    bureau = Client()
    bureau.force_login(users["bureau"])
    page = bureau.get(reverse("kc-lockouts")).content.decode()
    assert 'data-key="lead"' in page
    assert 'data-key="other_dept"' not in page and "nobody-here" not in page and 'data-kind="ip"' not in page
    assert bureau.post(reverse("kc-lockout-unlock"), {"username": "other_dept"}).status_code == 404
    assert bureau.post(reverse("kc-lockout-unlock"), {"username": "nobody-here"}).status_code == 404
    assert bureau.post(reverse("kc-lockout-unlock"), {"ip": "10.0.0.2"}).status_code == 403
    assert _login(Client(), "other_dept", RIGHT, ip="10.0.0.7").status_code == 429
    assert bureau.post(reverse("kc-lockout-unlock"), {"username": "lead"}).status_code == 302
    assert _logged_in(_login(Client(), "lead", RIGHT, ip="10.0.0.8"))


def test_the_api_is_not_throttled_by_failed_logins(client, users):
    from kechuang.web.accounts.tokens import token_create

    _, secret = token_create(users["lead"], "同步", 90)
    _fail(client, "lead")
    assert _login(client, "lead", RIGHT).status_code == 429
    response = client.get("/api/v1/tasks", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200


@pytest.mark.parametrize(("proxies", "forwarded", "remote", "expected"), [
    (0, "6.6.6.6", "203.0.113.5", "203.0.113.5"),  # no proxy: the header is the client's word, ignored
    (1, "6.6.6.6, 198.51.100.7", "10.0.0.1", "198.51.100.7"),  # one proxy: the address it saw, not the spoof
    (2, "6.6.6.6, 198.51.100.7, 10.0.0.2", "10.0.0.1", "198.51.100.7"),
    (1, "", "10.0.0.1", "10.0.0.1"),  # the proxy sent no header: the connection's address
    (1, "not-an-address", "10.0.0.1", "10.0.0.1"),
])
def test_the_client_address_behind_proxies(settings, proxies, forwarded, remote, expected):
    from kechuang.web.accounts.throttle import client_ip

    settings.KECHUANG_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
