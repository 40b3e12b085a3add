"""Django settings, read from the environment by strict readers (kechuang.web.config)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from kechuang.web import config

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = config.data_dir()
SECRET_KEY = config.secret_key(DATA_DIR)
DEBUG = config.read_bool("KECHUANG_DEBUG")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("KECHUANG_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
                 if h.strip()]
DATABASES = {"default": config.database(os.environ.get("KECHUANG_DATABASE_URL"), DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "kechuang.web.accounts",
    "kechuang.web.history",
    "kechuang.web.plans",
    "kechuang.web.supervision",
    "kechuang.web.notices",
    "kechuang.web.api",
    "kechuang.web.jobs",
    "kechuang.web.indicators",
    "kechuang.web.enterprises",
    "kechuang.web.evaluation",
    "kechuang.web.cockpit",
    "kechuang.web.vouchers",
    "kechuang.web.libraries",
    "kechuang.web.challenges",
    "kechuang.web.talents",
    "kechuang.web.carriers",
    "kechuang.web.transfer",
    "huey.contrib.djhuey",
    "ninja",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kechuang.web.errors.DatabaseUnavailableMiddleware",
    "kechuang.web.errors.ErrorShapeMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into the locked login page
]

ROOT_URLCONF = "kechuang.web.urls"
WSGI_APPLICATION = "kechuang.web.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
        "kechuang.web.accounts.context.role",
        "kechuang.web.notices.context.unread",
    ]},
}]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "kechuang.web.accounts.validators.NotPreviousPassword"},
]
LOGIN_URL = "kc-login"
LOGIN_REDIRECT_URL = "kc-home"
LOGOUT_REDIRECT_URL = "kc-login"

# Login throttling (django-axes, kechuang.web.accounts.throttle): KECHUANG_LOGIN_FAILURES failed logins for one
# user name, or from one client address, lock it for KECHUANG_LOCKOUT_MINUTES (a failure while locked starts
# the time again); an administrator or the region's bureau unlocks early on /security/lockouts/. Failures are
# not forgotten on a successful login (that would let anyone with an account reset the count of an address).
AUTHENTICATION_BACKENDS = ["kechuang.web.accounts.throttle.LoginThrottleBackend",
                           "kechuang.web.accounts.backends.ProfileModelBackend"]
AXES_FAILURE_LIMIT = config.read_int("KECHUANG_LOGIN_FAILURES", 5, 1, 100)
AXES_COOLOFF_TIME = timedelta(minutes=config.read_int("KECHUANG_LOCKOUT_MINUTES", 30, 1, 7 * 24 * 60))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own, not the pair
AXES_LOCKOUT_CALLABLE = "kechuang.web.accounts.throttle.lockout_response"
KECHUANG_PROXY_COUNT = config.read_int("KECHUANG_PROXY_COUNT", 0, 0, 5)
AXES_CLIENT_IP_CALLABLE = "kechuang.web.accounts.throttle.client_ip"
AXES_USERNAME_FORM_FIELD = "username"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = Path(os.environ.get("KECHUANG_MEDIA_DIR") or DATA_DIR / "media")
config.read_date("KECHUANG_TODAY")  # a bad value stops the start, not a request
MAX_UPLOAD_BYTES = config.read_int("KECHUANG_MAX_UPLOAD_MB", 20, 1, 1024) * 1024 * 1024
MAX_PHOTO_BYTES = config.read_int("KECHUANG_MAX_PHOTO_MB", 10, 1, 100) * 1024 * 1024  # 科技特派员 service photos
MAX_INFLATED_BYTES = config.read_int("KECHUANG_MAX_INFLATED_MB", 100, 1, 4096) * 1024 * 1024  # zip/Flate bombs
MAX_INFLATE_RATIO = config.read_int("KECHUANG_MAX_INFLATE_RATIO", 100, 2, 10000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Boards, task lists and exports cached under the region's data version (kechuang.web.pagecache). A file cache
# in the data directory is shared by the processes of one server; each server may have its own (a miss only
# costs the computation, never a stale page).
# With KECHUANG_REDIS_URL, Django's Redis cache is shared by every app server and worker (several machines).
REDIS_URL = config.redis_url()
CACHES = config.caches(REDIS_URL, DATA_DIR)
# Background jobs (kechuang.web.jobs): exports not yet cached, extraction of large uploads. `kechuang serve`
# starts a consumer; `kechuang worker` runs one on its own.
HUEY = config.huey(REDIS_URL, DATA_DIR)

# Sessions live in the database, so several app processes behind a load balancer share them.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # read from the cache; written to both
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 3600
SECURE = config.read_bool("KECHUANG_SECURE_COOKIES") or config.read_bool("KECHUANG_HTTPS")
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
CSRF_FAILURE_VIEW = "kechuang.web.errors.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# The 督办 cycle: 签收 within N working days, 催办 rising a level after N days unanswered, a message N days before
# a deadline; messages by e-mail too when KECHUANG_NOTIFY_EMAIL=1 (SMTP host from KECHUANG_EMAIL_HOST, else the
# console backend prints them).
ACKNOWLEDGE_WORKING_DAYS = config.read_int("KECHUANG_ACKNOWLEDGE_DAYS", 3, 1, 30)
REMINDER_ESCALATE_DAYS = config.read_int("KECHUANG_ESCALATE_DAYS", 3, 0, 60)
DEADLINE_NOTICE_DAYS = config.read_int("KECHUANG_DEADLINE_NOTICE_DAYS", 3, 0, 60)
NOTIFY_EMAIL = config.read_bool("KECHUANG_NOTIFY_EMAIL")
EMAIL_HOST, EMAIL_PORT = config.email_host(os.environ.get("KECHUANG_EMAIL_HOST"))
EMAIL_BACKEND = ("django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                 else "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("KECHUANG_EMAIL_FROM") or "kechuang@localhost"

# Behind HTTPS (KECHUANG_HTTPS=1): plain HTTP is redirected (not /healthz: a load balancer checks it over HTTP),
# cookies are secure; KECHUANG_PROXY_SSL_HEADER names the header by which the proxy says the request was HTTPS.
SECURE_SSL_REDIRECT = config.read_bool("KECHUANG_HTTPS")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = config.proxy_ssl_header("KECHUANG_PROXY_SSL_HEADER")
SECURE_HSTS_SECONDS = config.read_int("KECHUANG_HSTS_SECONDS", 0, 0, 2 * 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0  # the platform's own host name and those under it
SECURE_HSTS_PRELOAD = config.read_bool("KECHUANG_HSTS_PRELOAD")
# No inline script, style or event handler anywhere (django-csp): page behaviour lives in static/kechuang/*.js.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": [SELF], "script-src": [SELF], "style-src": [SELF], "img-src": [SELF, "data:"],
    "object-src": [NONE], "base-uri": [SELF], "frame-ancestors": [NONE], "form-action": [SELF]}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # 4xx (403, 404, 413...) as one line without traceback; 5xx keep theirs.
    "filters": {"no_traceback_below_500": {"()": "kechuang.web.logfilters.NoTracebackBelow500"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["no_traceback_below_500"]}},
    "loggers": {
        "django.request": {"filters": ["no_traceback_below_500"]},
        # The job worker says what it runs (huey's own handler would print every line twice).
        "huey": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
