"""Tests that trace the extractor's Python frames (sys.settrace) run in a child without its compiled modules."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kechuang import compiled

ROOT = Path(__file__).resolve().parent.parent


def rerun_pure(request) -> bool:
    """When compiled modules are in use (kechuang/compiled.py), run this very test again in a child process with
    ``KECHUANG_PURE=1`` and assert it passes there; True means the caller has nothing left to do."""
    if not compiled.in_use():
        return False
    env = dict(os.environ, KECHUANG_PURE="1")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert re.search(r"^1 passed", done.stdout, re.M), done.stdout[-2000:]
    return True
