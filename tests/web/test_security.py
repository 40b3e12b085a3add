"""Security headers: the Content-Security-Policy on every page (no inline script), HTTPS and HSTS from settings,
and `check --deploy` clean with the production settings documented in docs/web.md."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.web.people_fixtures import people_users
from tests.web.test_views import CASES, _target

DOCS = Path(__file__).resolve().parents[2] / "docs" / "web.md"
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>", re.I)
HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)


def _assert_strict(response, where):
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe" not in policy and "frame-ancestors 'none'" in policy, where
    page = response.content.decode("utf-8")
    assert not INLINE_SCRIPT.findall(page), (where, INLINE_SCRIPT.findall(page))
    assert not HANDLER.findall(page), (where, HANDLER.findall(page))
    assert not STYLE_ATTRIBUTE.findall(page), (where, STYLE_ATTRIBUTE.findall(page))
    assert "javascript:" not in page.lower(), where


@pytest.mark.django_db
def test_every_page_has_the_policy_and_no_inline_script(request, client, users, report):
    checked = 0
    for name, method, source, _data, expected in CASES:
        for who, status in expected.items():
            if method != "get" or status != 200 or who == "anon":
                continue
            client.force_login(users[who] if who in users else people_users(request)[who])  # the 特派员 user
            obj = _target(request, source)
            response = client.get(reverse(name, args=[obj.pk] if obj is not None else []))
            if response["Content-Type"].startswith("text/html"):
                _assert_strict(response, (name, who))
                checked += 1
    client.logout()
    _assert_strict(client.get(reverse("kc-login")), "login")
    client.force_login(users["leader"])
    for url, status in ((f"/tasks/{10**22}/", 404), ("/departments/0/alias/", 405), ("/users/", 403)):
        response = client.get(url)
        assert response.status_code == status
        _assert_strict(response, url)  # the error pages (their "back" link is site.js, not javascript:)
    assert checked >= 15


@pytest.mark.django_db
def test_https_redirects_except_healthz(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 600
    assert client.get("/healthz").status_code == 200  # the load balancer's plain-HTTP check
    response = client.get("/plans/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    secure = client.get("/login/", secure=True)
    assert secure.status_code == 200 and secure["Strict-Transport-Security"].startswith("max-age=600")


def _environment(**env) -> dict[str, str]:
    """This process's environment without the platform's settings or test-only switches, plus ``env``."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("KECHUANG_") and k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE")}
    return {**clean, **env}


def _settings_in_a_process(tmp_path, **env) -> subprocess.CompletedProcess:
    """Settings are read once at start: a fresh process with exactly these environment variables."""
    code = ("import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({k: "
            "getattr(s, k) for k in ('SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
            "'SECURE_PROXY_SSL_HEADER', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', "
            "'SECURE_HSTS_PRELOAD')}))")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=_environment(
        DJANGO_SETTINGS_MODULE="kechuang.web.settings", KECHUANG_DATA_DIR=str(tmp_path), **env))


def test_https_and_hsts_from_the_environment(tmp_path):
    import json

    off = _settings_in_a_process(tmp_path)
    assert json.loads(off.stdout) == {"SECURE_SSL_REDIRECT": False, "SESSION_COOKIE_SECURE": False,
                                      "CSRF_COOKIE_SECURE": False, "SECURE_PROXY_SSL_HEADER": None,
                                      "SECURE_HSTS_SECONDS": 0, "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
                                      "SECURE_HSTS_PRELOAD": False}
    on = _settings_in_a_process(tmp_path, KECHUANG_HTTPS="1", KECHUANG_PROXY_SSL_HEADER="X-Forwarded-Proto",
                                KECHUANG_HSTS_SECONDS="31536000", KECHUANG_HSTS_PRELOAD="1")
    assert json.loads(on.stdout) == {"SECURE_SSL_REDIRECT": True, "SESSION_COOKIE_SECURE": True,
                                     "CSRF_COOKIE_SECURE": True,
                                     "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
                                     "SECURE_HSTS_SECONDS": 31536000, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
                                     "SECURE_HSTS_PRELOAD": True}
    cookies = _settings_in_a_process(tmp_path, KECHUANG_SECURE_COOKIES="1", KECHUANG_PROXY_SSL_HEADER="X-Scheme=HTTPS")
    assert json.loads(cookies.stdout)["SESSION_COOKIE_SECURE"] is True  # the older variable still works
    assert json.loads(cookies.stdout)["SECURE_SSL_REDIRECT"] is False
    assert json.loads(cookies.stdout)["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_SCHEME", "HTTPS"]


@pytest.mark.parametrize(("name", "value"), [("KECHUANG_HSTS_SECONDS", "一年"), ("KECHUANG_HSTS_SECONDS", "-1"),
                                             ("KECHUANG_HTTPS", "maybe"), ("KECHUANG_PROXY_SSL_HEADER", "X Proto")])
def test_a_bad_security_setting_stops_the_start_with_one_line(tmp_path, name, value):
    done = subprocess.run([sys.executable, "-m", "kechuang", "manage", "check"], capture_output=True, text=True,
                          timeout=60, env=_environment(KECHUANG_DATA_DIR=str(tmp_path), **{name: value}))
    assert done.returncode != 0
    assert name in done.stderr and "KC-WEB-SETTING" in done.stderr and "Traceback" not in done.stderr, done.stderr


def _documented_production_settings(tmp_path) -> dict[str, str]:
    text = DOCS.read_text("utf-8")
    section = text[text.index("### 生产部署"):]
    block = section[section.index("```") + 3:]
    block = block[:block.index("```")]
    env = dict(line.split("=", 1) for line in block.split() if line.startswith("KECHUANG_"))
    assert {"KECHUANG_HTTPS", "KECHUANG_HSTS_SECONDS", "KECHUANG_SECRET_KEY", "KECHUANG_PROXY_SSL_HEADER"} <= set(env)
    for key, value in env.items():
        if value.startswith("<"):  # a placeholder the operator fills in
            env[key] = secrets.token_urlsafe(48)
    # This machine's directories instead of the server's.
    return env | {"KECHUANG_DATA_DIR": str(tmp_path / "data"), "KECHUANG_MEDIA_DIR": str(tmp_path / "media")}


def _check_deploy(env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kechuang", "manage", "check", "--deploy", "--fail-level", "WARNING"],
                          capture_output=True, text=True, timeout=120, env=_environment(**env))


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path):
    env = _documented_production_settings(tmp_path)
    done = _check_deploy(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
    plain = _check_deploy({k: v for k, v in env.items() if not k.startswith(("KECHUANG_HTTPS", "KECHUANG_HSTS"))})
    assert plain.returncode != 0 and "security.W008" in plain.stderr + plain.stdout  # the check does check
