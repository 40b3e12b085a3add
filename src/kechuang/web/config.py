"""Strict readers of the platform's environment variables (no Django import here)."""

from __future__ import annotations

import os
import re
import secrets
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from kechuang.errors import KechuangError
from kechuang.web.params import digits

#: Every setting the platform reads, with its meaning (docs/web.md documents each; a test checks it).
ENV_VARS = {
    "KECHUANG_DATA_DIR": "数据目录:SQLite 文件、上传文件、密钥(默认 ./data)",
    "KECHUANG_DATABASE_URL": "数据库地址:sqlite:///路径 或 postgres://用户:密码@主机:端口/库名",
    "KECHUANG_MEDIA_DIR": "上传文件(证明材料、方案原文)目录(默认 数据目录/media)",
    "KECHUANG_SECRET_KEY": "会话签名密钥(默认在数据目录生成并保存)",
    "KECHUANG_LOGIN_FAILURES": "同一用户名或同一 IP 连续登录失败多少次后锁定(默认 5)",
    "KECHUANG_LOCKOUT_MINUTES": "登录锁定时长,单位分钟(默认 30;管理员或科技局可在“登录锁定”页面提前解锁)",
    "KECHUANG_PROXY_COUNT": "应用前面可信反向代理的层数,用于从 X-Forwarded-For 取客户端 IP(默认 0:直接用连接地址)",
    "KECHUANG_DEBUG": "调试模式 0/1(默认 0)",
    "KECHUANG_ALLOWED_HOSTS": "允许的主机名,逗号分隔(默认 127.0.0.1,localhost)",
    "KECHUANG_MAX_UPLOAD_MB": "上传文件大小上限,单位 MB(默认 20)",
    "KECHUANG_MAX_PHOTO_MB": "科技特派员服务记录每张照片的大小上限,单位 MB(默认 10)",
    "KECHUANG_MAX_INFLATED_MB": "上传的 .docx/PDF 解压后的总大小上限,单位 MB(默认 100;超过即视为压缩炸弹拒绝)",
    "KECHUANG_MAX_INFLATE_RATIO": "上传的 .docx/PDF 解压后与原文件大小之比的上限(默认 100)",
    "KECHUANG_SECURE_COOKIES": "仅经 HTTPS 发送会话 Cookie 0/1(默认 0;部署在 HTTPS 后设为 1)",
    "KECHUANG_TODAY": "把“今天”固定为某日 YYYY-MM-DD(演示与测试用,默认为系统日期)",
    "KECHUANG_DEMO_PASSWORD": "示例用户的密码(默认随机生成并打印)",
    "KECHUANG_ACKNOWLEDGE_DAYS": "交办后应在几个工作日内签收,逾期生成签收催办(默认 3)",
    "KECHUANG_ESCALATE_DAYS": "催办事项发出几天后仍未办复,再次生成催办单时升一级(默认 3)",
    "KECHUANG_DEADLINE_NOTICE_DAYS": "完成时限前几天发消息提醒承担单位(默认 3)",
    "KECHUANG_NOTIFY_EMAIL": "站内消息同时发电子邮件 0/1(默认 0;发给填写了邮箱的用户)",
    "KECHUANG_EMAIL_HOST": "发信的 SMTP 服务器 主机[:端口](默认无:邮件打印到控制台)",
    "KECHUANG_EMAIL_FROM": "发件人地址(默认 kechuang@localhost)",
    "KECHUANG_HTTPS": "部署在 HTTPS 后 0/1:HTTP 请求重定向到 HTTPS,Cookie 仅经 HTTPS 发送(默认 0)",
    "KECHUANG_PROXY_SSL_HEADER": "反向代理标明原请求为 HTTPS 的请求头,如 X-Forwarded-Proto(值为 https;"
                                 "或写成 名称=值;默认不信任任何请求头)",
    "KECHUANG_HSTS_SECONDS": "HSTS 有效期(秒),浏览器在此期间只用 HTTPS 访问本站及其子域名(默认 0,即不发送)",
    "KECHUANG_HSTS_PRELOAD": "HSTS 头带 preload 0/1,以便申请列入浏览器预加载名单(默认 0)",
    "KECHUANG_REDIS_URL": "Redis 地址 redis://主机:端口/库号:页面缓存与后台任务队列放在 Redis,供多台应用服务器共享"
                          "(默认不用 Redis:缓存为数据目录中的文件,任务队列为数据目录中的 SQLite 文件)",
}


def _bad(name: str, value: str, expected: str) -> KechuangError:
    return KechuangError("KC-WEB-SETTING", f"环境变量 {name}={value!r} 无效:应为{expected}", field=name)


def read_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise _bad(name, value, "0 或 1")


def read_int(name: str, default: int, low: int, high: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise _bad(name, value, f"{low}–{high} 之间的整数") from None
    if not low <= number <= high:
        raise _bad(name, value, f"{low}–{high} 之间的整数")
    return number


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """``X-Forwarded-Proto`` or ``X-Forwarded-Proto=https`` → Django's SECURE_PROXY_SSL_HEADER; unset → None."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    header, _, expected = (part.strip() for part in value.partition("="))
    if not re.fullmatch(r"[A-Za-z0-9-]+", header) or not re.fullmatch(r"[A-Za-z0-9.:-]*", expected):
        raise _bad(name, value, "请求头名称,如 X-Forwarded-Proto 或 X-Forwarded-Proto=https")
    return "HTTP_" + header.upper().replace("-", "_"), expected or "https"


def read_date(name: str) -> date | None:
    value = os.environ.get(name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(name, value, "YYYY-MM-DD 格式的日期") from None


def email_host(value: str | None) -> tuple[str, int]:
    """SMTP host and port from ``host[:port]`` (port 25 by default); empty: no SMTP server."""
    if not value:
        return "", 25
    host, _, port = value.rpartition(":") if ":" in value else (value, "", "25")
    if not host or not digits(port) or not 0 < int(port) < 65536:
        raise _bad("KECHUANG_EMAIL_HOST", value, "主机名或 主机:端口")
    return host, int(port)


def data_dir() -> Path:
    path = Path(os.environ.get("KECHUANG_DATA_DIR") or "data").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key(directory: Path) -> str:
    """The signing key: from the environment, else one generated once and kept in the data directory.

    Every app process behind a load balancer must share it: set KECHUANG_SECRET_KEY there.
    """
    value = os.environ.get("KECHUANG_SECRET_KEY")
    if value:
        if len(value) < 32:
            raise _bad("KECHUANG_SECRET_KEY", "***", "至少 32 个字符")
        return value
    path = directory / "secret_key"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        tmp.chmod(0o600)
        tmp.replace(path)
    return path.read_text(encoding="utf-8").strip()


def database(url: str | None, directory: Path) -> dict:
    """A Django DATABASES entry from one URL (sqlite:///path or postgres://user:pw@host:port/name)."""
    if not url:
        return sqlite(directory / "kechuang.sqlite3")
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = unquote(parts.path)
        if path.startswith("/") and parts.netloc == "":
            path = path[1:] if path.startswith("//") else path
        if not path or path == "/":
            raise _bad("KECHUANG_DATABASE_URL", url, "sqlite:///文件路径")
        return sqlite(Path(path))
    if parts.scheme in ("postgres", "postgresql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise _bad("KECHUANG_DATABASE_URL", url, "postgres://用户:密码@主机:端口/库名(缺少库名)")
        try:
            port = parts.port
        except ValueError:
            raise _bad("KECHUANG_DATABASE_URL", url, "端口为整数的 postgres:// 地址") from None
        options = dict(parse_qsl(parts.query))
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": unquote(parts.hostname or ""),
            "PORT": str(port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {"connect_timeout": 5, **options},
        }
    raise _bad("KECHUANG_DATABASE_URL", url, "sqlite:/// 或 postgres:// 开头的地址")


def sqlite(path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "TEST": {"NAME": str(path.with_name(path.stem + "-test.sqlite3"))},  # a real file: locking is tested
        # Kept open across requests (each server thread its own): a connection per request cost ~2 ms of CPU
        # (opening the file, the PRAGMAs, the SQL functions Django and the text index register) — more than
        # the rest of a trivial page. A file database needs no health check.
        "CONN_MAX_AGE": 600,
        "OPTIONS": {
            # Writers wait for each other instead of failing at once; WAL lets readers run alongside.
            "timeout": 5,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


def redis_url() -> str | None:
    """KECHUANG_REDIS_URL (redis://, rediss:// or unix://), or None for the embedded file cache and SQLite queue."""
    url = os.environ.get("KECHUANG_REDIS_URL")
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix") or (parts.scheme != "unix" and not parts.hostname):
        raise _bad("KECHUANG_REDIS_URL", url, "redis://主机:端口/库号 形式的地址")
    try:
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise _bad("KECHUANG_REDIS_URL", url, "端口为整数的 redis:// 地址") from None
    return url


def caches(redis: str | None, directory: Path) -> dict:
    """The page cache: Django's Redis backend when Redis is configured, else the file cache in the data directory."""
    if redis:
        return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis,
                            "KEY_PREFIX": "kechuang"}}
    return {"default": {"BACKEND": "kechuang.web.filecache.FileCache",
                        "LOCATION": str(directory / "cache"), "OPTIONS": {"MAX_ENTRIES": 2000}}}


def huey(redis: str | None, directory: Path) -> dict:
    """The background job queue (huey.contrib.djhuey): Redis when configured, else a SQLite file in the data directory.

    The consumer (``kechuang worker``) runs two worker processes: rendering a 台账 or extracting a PDF is Python
    on the CPU, which threads of one process would run one at a time. More throughput comes from more workers
    on more machines, which Redis lets share the queue.
    """
    consumer = {"workers": 2, "worker_type": "process", "initial_delay": 0.05, "max_delay": 1.0}
    if redis:
        return {"name": "kechuang", "huey_class": "huey.RedisHuey", "url": redis, "results": False,
                "immediate": False, "consumer": consumer}
    return {"name": "kechuang", "huey_class": "huey.SqliteHuey", "filename": str(directory / "huey.sqlite3"),
            "results": False, "immediate": False, "consumer": consumer}
