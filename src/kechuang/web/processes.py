"""Run several server processes as one: start them, forward Ctrl+C and SIGTERM, stop all when one ends.

``kechuang serve`` runs gunicorn and the job consumer this way, so a process manager (systemd, a container)
sees one process whose exit means the platform stopped.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

STOP_TIMEOUT = 30.0  # seconds the others get to finish their requests and jobs before they are killed
POLL = 0.2


def supervise(commands: list[list[str]], names: list[str] | None = None,
              stop_signals: list[int] | None = None) -> int:
    """Run ``commands`` as child processes until one exits or SIGINT/SIGTERM arrives; then stop them all.

    Each child is stopped with its entry in ``stop_signals`` (default SIGTERM: gunicorn's graceful stop; huey's
    consumer stops gracefully on SIGINT). Returns 0 after SIGINT/SIGTERM (a requested stop), else the exit code
    of the child that ended first (1 if it ended with 0: a server that stops on its own is a failure).
    """
    names = names or [c[0] for c in commands]
    stops = stop_signals or [signal.SIGTERM] * len(commands)
    received: list[int] = []

    def forward(signum, _frame):
        received.append(signum)
        _signal(children, stops)

    previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    children: list[subprocess.Popen] = []
    try:
        children.extend(subprocess.Popen(c) for c in commands)
        first = _first_to_exit(children)
        if not received:
            name = names[children.index(first)]
            print(f"{name} 已退出(代码 {first.returncode}),正在停止其他进程", file=sys.stderr, flush=True)
        _stop(children, stops)
    finally:
        _stop(children, stops)
        for number, handler in previous.items():
            signal.signal(number, handler)
    if received:
        return 0
    return first.returncode or 1


def _first_to_exit(children: list[subprocess.Popen]) -> subprocess.Popen:
    while True:
        for child in children:
            if child.poll() is not None:
                return child
        time.sleep(POLL)


def _signal(children: list[subprocess.Popen], stops: list[int]) -> None:
    for child, number in zip(children, stops, strict=False):
        if child.poll() is None:
            child.send_signal(number)


def _stop(children: list[subprocess.Popen], stops: list[int]) -> None:
    _signal(children, stops)
    deadline = time.monotonic() + STOP_TIMEOUT
    for child in children:
        try:
            child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
