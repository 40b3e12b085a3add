"""Login throttling with django-axes: failures counted per user name and per client address; a locked login
page in Chinese. Settings: KECHUANG_LOGIN_FAILURES, KECHUANG_LOCKOUT_MINUTES, KECHUANG_PROXY_COUNT."""

from __future__ import annotations

import ipaddress

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.shortcuts import render


class LoginThrottleBackend(AxesStandaloneBackend):
    """Refuses a locked-out login before any password is checked.

    Every login through the site passes the request (Django's login form does); a call without one — the
    test client's ``login()``, a management command — is no login attempt over the network and is let through
    to the password check instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or behind KECHUANG_PROXY_COUNT trusted reverse proxies the address
    the outermost of them saw (counted from the right of X-Forwarded-For: entries further left are whatever the
    client sent and are never trusted)."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.KECHUANG_PROXY_COUNT
    if not proxies:
        return remote
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    chain.append(remote or "")
    candidate = chain[-(proxies + 1)] if len(chain) > proxies else chain[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def lockout_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(request, response=None, credentials=None):
    """The login page saying the login is locked (the same words whether or not the user exists)."""
    return render(request, "kechuang/login.html", {"locked_minutes": lockout_minutes(),
                                                   "next": request.POST.get("next", "")},
                  status=settings.AXES_HTTP_RESPONSE_CODE)
