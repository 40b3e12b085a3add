"""rev55 (review of doc42): a LibreOffice conversion is LibreOffice's own process group (``start_new_session``), so a
Ctrl-C at the terminal or a worker's shutdown never reaches it; whatever ends the wait for it (an interrupt, an
exception) must kill the group, as the timeout does, and leave no temporary directory behind."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from kechuang.errors import KechuangError
from kechuang.text import legacy


@pytest.fixture
def slow_converter(tmp_path, monkeypatch):
    """A stand-in for soffice that forks a child and waits for it (as soffice does soffice.bin)."""
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\nsleep 60 &\nwait\n", "utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("KECHUANG_SOFFICE", str(program))
    started: list[subprocess.Popen] = []

    class Interrupted(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

        def wait(self, timeout=None):
            if timeout is not None:  # the conversion's wait: the user presses Ctrl-C meanwhile
                time.sleep(0.3)
                raise KeyboardInterrupt
            return super().wait()

    monkeypatch.setattr(legacy.subprocess, "Popen", Interrupted)
    return started


def live_in_group(pgid: int) -> list[int]:
    """The processes of group ``pgid`` still running (a zombie left to a reaper that never comes is no runner)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[0] != "Z" and int(fields[2]) == pgid:
                pids.append(int(entry.name))
    return pids


def recorded_conversions(monkeypatch) -> list[subprocess.Popen]:
    """The conversions ``legacy`` starts from now on, recorded: a test weighs its own, never the machine's (other
    tests and workers convert meanwhile)."""
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(legacy.subprocess, "Popen", Recorded)
    return started


def test_an_interrupted_conversion_is_killed_with_its_children(slow_converter):
    with pytest.raises(KeyboardInterrupt):
        legacy.legacy_to_text(b"\xd0\xcf\x11\xe0" + b"\0" * 600, "doc", "方案.doc", timeout=30)
    process = slow_converter[0]
    work = Path(next(a for a in process.args if a.startswith("-env:UserInstallation=file://"))
                .removeprefix("-env:UserInstallation=file://")).parent
    deadline = time.monotonic() + 5
    while live_in_group(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = live_in_group(process.pid)
    if alive:  # do not leave the stand-in running for the other tests
        os.killpg(process.pid, 9)
    assert not alive, "the conversion's process group outlived the interrupt"
    assert not work.exists()


def test_the_conversion_profile_runs_no_macro_and_follows_no_link(tmp_path, monkeypatch):
    """A .doc from a county site is untrusted input. LibreOffice's defaults (share/registry/main.xcd of 7.4: macro
    security level 2, DisableMacrosExecution false, BlockUntrustedRefererLinks false) leave signed macros and a
    document's links to LibreOffice's judgement; the conversion's fresh profile turns both off before it starts."""
    seen = tmp_path / "seen.xcu"
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in -env:UserInstallation=file://*)"
                       f" cp \"${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu\" {seen};; esac;"
                       " done\nexit 0\n", "utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("KECHUANG_SOFFICE", str(program))
    with pytest.raises(KechuangError):  # the stand-in writes no .docx
        legacy.legacy_to_text(b"\xd0\xcf\x11\xe0" + b"\0" * 600, "doc", "方案.doc", timeout=30)
    settings = seen.read_text("utf-8")
    for name, value in (("DisableMacrosExecution", "true"), ("BlockUntrustedRefererLinks", "true"),
                        ("MacroSecurityLevel", "3")):
        assert f'oor:name="{name}" oor:op="fuse"><value>{value}</value>' in settings, name


def test_a_conversion_outlives_no_killed_caller(tmp_path):
    """A worker killed outright (SIGKILL: the OOM killer, a stop that lost patience) runs no cleanup, and LibreOffice,
    in a session of its own, went on converting a file that hangs with no timeout at all. The conversion now carries
    its own deadline (coreutils ``timeout``, a little after ``TIMEOUT``), which kills its process group."""
    import shutil
    import signal
    import sys

    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\nsleep 60 &\nwait\n", "utf-8")
    program.chmod(0o755)
    marker, work = tmp_path / "pgid", tmp_path / "work"
    script = ("import os, subprocess, sys\nfrom kechuang.text import legacy\n"
              "class Told(subprocess.Popen):\n"
              "    def __init__(self, *a, **k):\n"
              "        super().__init__(*a, **k)\n"
              f"        open({str(work)!r}, 'w').write(os.path.dirname(a[0][-1]))\n"
              f"        open({str(marker)!r}, 'w').write(str(self.pid))\n"
              "legacy.subprocess.Popen = Told\n"
              "legacy.legacy_to_text(b'\\xd0\\xcf\\x11\\xe0' + bytes(600), 'doc', 'x.doc', timeout=1)\n")
    env = {**os.environ, "KECHUANG_SOFFICE": str(program)}
    caller = subprocess.Popen([sys.executable, "-c", script], env=env)
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    caller.send_signal(signal.SIGKILL)
    caller.wait()
    pgid = int(marker.read_text())
    try:
        assert live_in_group(pgid), "the stand-in should still be converting when its caller dies"
        deadline = time.monotonic() + getattr(legacy, "KILL_AFTER", 5) + 10
        while live_in_group(pgid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not live_in_group(pgid), "the conversion outlived its killed caller"
    finally:
        if live_in_group(pgid):  # leave no stand-in running for the other tests
            os.killpg(pgid, 9)
        shutil.rmtree(work.read_text(), ignore_errors=True)  # the killed caller could not remove its directory
