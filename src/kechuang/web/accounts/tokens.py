"""API tokens: created with a name and a lifetime (shown once), listed, revoked; checked on every API call."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import TOKEN_DAYS, ApiToken, token_digest

#: ``last_used_at`` is written at most this often per token (no write on every request).
LAST_USED_EVERY = timedelta(minutes=1)


@dataclass
class TokenRow:
    token: ApiToken
    status: str

    @property
    def active(self) -> bool:
        return self.status == "有效"


def token_rows(user) -> list[TokenRow]:
    now = timezone.now()
    return [TokenRow(t, t.status(now)) for t in ApiToken.objects.filter(user=user)]


def token_create(user, name: str, days: str | int) -> tuple[ApiToken, str]:
    """The new token and its secret (shown once; only the SHA-256 is stored)."""
    name = " ".join((name or "").split())
    if not name:
        raise KechuangError("KC-WEB-FIELD", "请填写令牌名称(例如用途或调用它的系统)", field="name")
    if len(name) > 64:
        raise KechuangError("KC-WEB-FIELD", "令牌名称过长(最多 64 个字)", field="name")
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    if days not in TOKEN_DAYS:
        raise KechuangError("KC-WEB-FIELD", "有效期只能是 " + "、".join(f"{d} 天" for d in sorted(TOKEN_DAYS)),
                            field="days")
    secret = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, digest=token_digest(secret), name=name,
                                    expires_at=timezone.now() + timedelta(days=days))
    return token, secret


def token_revoke(user, pk: int) -> ApiToken | None:
    """Revoke one of the user's own tokens (None: no such token of this user)."""
    token = ApiToken.objects.filter(user=user, pk=pk).first()
    if token is not None and token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def tokens_revoke_all(user) -> int:
    """Revoke every token of the user still working; call inside the transaction that changes the account."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True, expires_at__gt=timezone.now()).update(
        revoked_at=timezone.now())


def token_user(secret: str, now: datetime | None = None):
    """The active user a bearer token stands for (None: unknown token); expired or revoked ones are refused."""
    token = ApiToken.objects.select_related("user", "user__profile").filter(digest=token_digest(secret)).first()
    if token is None or not token.user.is_active:
        return None
    now = now or timezone.now()
    status = token.status(now)
    if status != "有效":
        raise KechuangError("KC-WEB-AUTH", f"访问令牌{status},请在“API 令牌”页面生成新令牌", token=token.name)
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
