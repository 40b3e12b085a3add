"""``kechuang serve``, ``worker`` and ``manage``: the arguments here, the work in kechuang.web.serve."""

from __future__ import annotations

import argparse
from pathlib import Path


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
    p.add_argument("--no-worker", action="store_true",
                   help="不同时启动后台任务进程(后台任务由别处运行的 kechuang worker 处理)")
    p.add_argument("--worker-processes", type=int, default=2, help="后台任务的工作进程数(默认 2)")
    p.set_defaults(func=_serve)
    w = sub.add_parser("worker", help="运行后台任务进程(导出台账、通报,识别大文件)",
                       description="运行 huey 任务消费者:处理排队的导出与方案识别任务。"
                                   "队列默认是数据目录中的 SQLite 文件;设置 KECHUANG_REDIS_URL 后为 Redis,"
                                   "可在多台机器上运行多个 worker。")
    w.add_argument("--processes", type=int, default=2, help="同时运行任务的工作进程数(默认 2)")
    w.set_defaults(func=_worker)
    m = sub.add_parser("manage", help="运行 Django 管理命令(如 migrate、createsuperuser、check)",
                       description="以 kechuang.web.settings 运行 Django 管理命令,参数原样传递。")
    m.add_argument("arguments", nargs=argparse.REMAINDER, help="管理命令及其参数")
    m.set_defaults(func=_manage)


def _serve(args: argparse.Namespace) -> int:
    from kechuang.web.serve import run_serve

    return run_serve(args)


def _manage(args: argparse.Namespace) -> int:
    from kechuang.web.serve import run_manage

    return run_manage(args)


def _worker(args: argparse.Namespace) -> int:
    from kechuang.web.serve import run_worker

    return run_worker(args)
