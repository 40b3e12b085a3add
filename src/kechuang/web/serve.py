"""Serving the platform: migrate, collect static files, create the demo, run gunicorn and the job worker."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.web.processes import supervise

ECHARTS = Path(__file__).resolve().parent / "static" / "vendor" / "echarts.min.js"


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.web.settings")
    try:
        import django
    except ImportError:
        raise KechuangError("KC-WEB-DEPS", "未安装 Django:请运行 make install(或 pip install -e .)") from None
    django.setup()


def run_manage(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["kechuang manage", *args.arguments])
    return 0


def run_serve(args: argparse.Namespace) -> int:
    if not ECHARTS.is_file():
        raise KechuangError("KC-WEB-STATIC", f"缺少 {ECHARTS.name}:请运行 make install(它从 npm 仓库取得 ECharts)")
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import OperationalError

    try:
        call_command("migrate", interactive=False, verbosity=0)
    except OperationalError as exc:
        raise KechuangError("KC-WEB-DATABASE", f"无法连接数据库:{exc}。请检查 KECHUANG_DATABASE_URL") from None
    call_command("collectstatic", interactive=False, verbosity=0)
    database = settings.DATABASES["default"]
    print(f"数据库:{database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}")
    if args.demo:
        from kechuang.web.demo import create_demo

        password, logins = create_demo(args.seeds, os.environ.get("KECHUANG_DEMO_PASSWORD"))
        print("\n示例用户(示例数据;密码相同):")
        for login in logins:
            print(f"  {login.username:<18} {login.role:<12} {login.where}")
        print(f"  密码:{password}\n")
    if args.no_server:
        return 0
    print(f"督查督办平台:http://{args.host}:{args.port}/   (Ctrl+C 停止)", flush=True)
    gunicorn = gunicorn_command(args)
    if args.no_worker:
        print("未启动后台任务进程(--no-worker):请另行运行 kechuang worker", flush=True)
        return supervise([gunicorn], ["gunicorn"])
    worker = [sys.executable, "-m", "kechuang", "worker", "--processes", str(args.worker_processes)]
    return supervise([gunicorn, worker], ["gunicorn", "kechuang worker"], [signal.SIGTERM, signal.SIGINT])


def gunicorn_command(args: argparse.Namespace) -> list[str]:
    """gunicorn with the platform's hooks (``gunicorn_conf``: the match indexes loaded as a worker starts)."""
    return [sys.executable, "-m", "gunicorn", "kechuang.web.wsgi:application", "--bind", f"{args.host}:{args.port}",
            "--workers", str(args.workers), "--threads", str(args.threads), "--worker-class", "gthread",
            "--access-logfile", "-", "--timeout", "120", "--config", "python:kechuang.web.gunicorn_conf"]


def run_worker(args: argparse.Namespace) -> int:
    """The huey consumer (settings.HUEY: SQLite queue in the data directory, or Redis): runs queued jobs."""
    setup_django()
    from django.core.management import call_command

    print(f"后台任务进程:{args.processes} 个工作进程,队列 {_queue_name()}", flush=True)
    call_command("run_huey", workers=args.processes, worker_type="process")
    return 0


def _queue_name() -> str:
    from django.conf import settings

    return "Redis" if settings.HUEY.get("url") else f"SQLite {settings.HUEY['filename']}"
