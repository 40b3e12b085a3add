"""API tokens: named, listed, revocable, with an expiry; the API refuses expired and revoked ones."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kechuang.web.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def _api(client, secret, path="/api/v1/plans"):
    response = client.get(path, HTTP_AUTHORIZATION=f"Bearer {secret}")
    return response.status_code, response.json()


def _secret(page: str) -> str:
    return re.search(r'<pre class="token" id="new-token">([^<]+)</pre>', page).group(1)


def test_a_token_is_created_with_a_name_and_an_expiry_and_shown_once(as_user, users, client):
    page = as_user(users["lead"]).post(reverse("kc-token"), {"name": "台账同步", "days": "30"}).content.decode()
    secret = _secret(page)
    assert "已创建令牌“台账同步”" in page
    token = ApiToken.objects.get(user=users["lead"])
    assert token.name == "台账同步" and secret not in token.digest
    assert abs(token.expires_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)
    assert _api(client, secret)[0] == 200
    listed = client.get(reverse("kc-token")).content.decode()
    assert secret not in listed
    row = re.search(rf'<tr data-token="{token.pk}">.*?</tr>', listed, re.S).group(0)
    assert "台账同步" in row and "有效" in row and token.expires_at.astimezone().strftime("%Y-%m-%d") in row
    assert "从未使用" not in row  # used once above


def test_the_default_lifetime_is_ninety_days(as_user, users):
    page = as_user(users["lead"]).get(reverse("kc-token")).content.decode()
    assert '<option value="90" selected>' in page and 'value="30"' in page and 'value="365"' in page


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "", "days": "90"}, "请填写令牌名称"),
    ({"name": "长" * 65, "days": "90"}, "令牌名称过长"),
    ({"name": "同步", "days": "7"}, "有效期只能是 30 天、90 天、365 天"),
    ({"name": "同步", "days": "九十"}, "有效期只能是"),
])
def test_bad_input_creates_no_token(as_user, users, fields, message):
    response = as_user(users["lead"]).post(reverse("kc-token"), fields)
    assert response.status_code == 400 and message in response.content.decode()
    assert not ApiToken.objects.exists()


def test_revoking_a_token_stops_it(as_user, users, client):
    from kechuang.web.accounts.tokens import token_create

    token, secret = token_create(users["lead"], "同步", 90)
    _kept, kept_secret = token_create(users["lead"], "报表", 90)
    response = as_user(users["lead"]).post(reverse("kc-token-revoke", args=[token.pk]), follow=True)
    page = response.content.decode()
    assert "已撤销令牌“同步”" in page and "已撤销" in re.search(rf'<tr data-token="{token.pk}">.*?</tr>', page,
                                                                re.S).group(0)
    status, body = _api(client, secret)
    assert status == 401 and body["error"]["code"] == "KC-WEB-AUTH" and "已撤销" in body["error"]["message"]
    assert _api(client, kept_secret)[0] == 200


def test_nobody_revokes_another_users_token(as_user, users):
    from kechuang.web.accounts.tokens import token_create

    token, _ = token_create(users["lead"], "同步", 90)
    assert as_user(users["admin"]).post(reverse("kc-token-revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_an_expired_token_is_refused(users, client):
    from kechuang.web.accounts.tokens import token_create

    token, secret = token_create(users["lead"], "同步", 30)
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    status, body = _api(client, secret)
    assert status == 401 and set(body) == {"error"} and body["error"]["code"] == "KC-WEB-AUTH"
    assert "已过期" in body["error"]["message"]


def test_last_use_is_written_at_most_once_a_minute(users, client):
    from kechuang.web.accounts.tokens import token_create

    token, secret = token_create(users["lead"], "同步", 90)
    assert _api(client, secret)[0] == 200
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    assert _api(client, secret)[0] == 200
    token.refresh_from_db()
    assert token.last_used_at == first  # no write within the minute
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    assert _api(client, secret)[0] == 200
    token.refresh_from_db()
    assert token.last_used_at > first
