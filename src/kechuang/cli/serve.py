"""``kechuang serve`` (migrate, demo, production WSGI server) and ``kechuang manage`` (Django's commands)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kechuang.errors import KechuangError

ECHARTS = Path(__file__).resolve().parent.parent / "web" / "static" / "vendor" / "echarts.min.js"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="启动督查督办平台(迁移数据库、可选示例数据、gunicorn)",
                       description="迁移数据库、收集静态文件,可选创建示例数据,然后用 gunicorn 在 HOST:PORT 提供服务。"
                                   "数据目录由 KECHUANG_DATA_DIR 指定,数据库由 KECHUANG_DATABASE_URL 指定。")
    p.add_argument("--host", default="127.0.0.1", help="监听地址(默认 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="端口(默认 8000)")
    p.add_argument("--workers", type=int, default=2, help="gunicorn 进程数(默认 2)")
    p.add_argument("--threads", type=int, default=4, help="每个进程的线程数(默认 4)")
    p.add_argument("--demo", action="store_true", help="创建示例数据(五个示例方案、部门、各角色用户)并打印登录名")
    p.add_argument("--seeds", type=Path, default=Path("examples"), help="示例方案目录(默认 examples)")
    p.add_argument("--no-server", action="store_true", help="只迁移和创建示例数据,不启动服务")
    p.set_defaults(func=run_serve)
    m = sub.add_parser("manage", help="运行 Django 管理命令(如 migrate、createsuperuser、check)",
                       description="以 kechuang.web.settings 运行 Django 管理命令,参数原样传递。")
    m.add_argument("arguments", nargs=argparse.REMAINDER, help="管理命令及其参数")
    m.set_defaults(func=run_manage)


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
    print(f"数据库:{settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]} {settings.DATABASES['default']['NAME']}")
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
    command = [sys.executable, "-m", "gunicorn", "kechuang.web.wsgi:application", "--bind", f"{args.host}:{args.port}",
               "--workers", str(args.workers), "--threads", str(args.threads), "--worker-class", "gthread",
               "--access-logfile", "-", "--timeout", "120"]
    os.execv(sys.executable, command)
    return 0  # not reached
