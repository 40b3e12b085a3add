"""Django settings, read from the environment by strict readers (kechuang.web.config)."""

from __future__ import annotations

import os
from pathlib import Path

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
    "kechuang.web.api",
    "kechuang.web.jobs",
    "huey.contrib.djhuey",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kechuang.web.errors.DatabaseUnavailableMiddleware",
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
    ]},
}]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "kc-login"
LOGIN_REDIRECT_URL = "kc-home"
LOGOUT_REDIRECT_URL = "kc-login"

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
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 3600
SECURE = config.read_bool("KECHUANG_SECURE_COOKIES")
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
CSRF_FAILURE_VIEW = "kechuang.web.errors.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # The job worker says what it runs (huey's own handler would print every line twice).
    "loggers": {"huey": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
