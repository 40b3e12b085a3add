"""Old Word (.doc, and .wps files of WPS Office in the same binary format) and RTF documents to text.

County and city sites still publish most attachments as .doc. LibreOffice (headless, the Debian package
``libreoffice-writer-nogui``) converts the file to .docx, which ``docx.py`` reads as any other Word file:
automatic list numbering materialised, task tables read row by row. Hand-reading the binary format (antiword,
catdoc) loses both: they print list numbers nowhere and cut table cells at a fixed width.

Each conversion runs in a fresh temporary directory with its own LibreOffice profile (two conversions at
once never share one, which LibreOffice does not allow), in its own process group, killed with all its
children when it overruns ``TIMEOUT`` (or when the wait for it is interrupted: Ctrl-C, a worker's shutdown; and by
its own deadline, ``KILL_AFTER`` later, when its caller was killed outright): a damaged or hostile file costs at most
that, never a hung worker nor a LibreOffice left running.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.text.limits import DEFAULT_LIMIT, InflateLimit

TIMEOUT = 90  # seconds; a plan of 220,000 characters (a 0.5 MB .doc) converts in 3 on this machine, under load 9
# The conversion's own deadline, this long after the caller's: coreutils ``timeout`` kills the process group even when
# the caller was killed outright (SIGKILL runs no cleanup; LibreOffice, in a session of its own, would convert on).
KILL_AFTER = 5
# The import filter is named, never guessed: left to guess, LibreOffice reads any bytes as plain text and
# "converts" a damaged file to pages of noise.
KINDS = {"doc": ("旧版 Word(.doc)文件", ".doc", "MS Word 97"), "rtf": ("RTF 文件", ".rtf", "Rich Text Format")}
SAVE_AS = "请用 Word/WPS 打开后另存为 .docx 再导入"
# The fresh profile's settings: a file from a county site is untrusted, and LibreOffice's defaults (share/registry/
# main.xcd: MacroSecurityLevel 2, DisableMacrosExecution and BlockUntrustedRefererLinks false) leave a signed macro
# and a document's links to its judgement. Macros never run; links from the document are blocked; the level is the
# highest. A conversion needs none of them.
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
""" + "".join(f'<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="{name}" '
              f'oor:op="fuse"><value>{value}</value></prop></item>\n'
              for name, value in (("DisableMacrosExecution", "true"), ("BlockUntrustedRefererLinks", "true"),
                                  ("MacroSecurityLevel", "3"))) + "</oor:items>\n"


def converter() -> str | None:
    """The LibreOffice program, or None when it is not installed (``KECHUANG_SOFFICE`` names another)."""
    named = os.environ.get("KECHUANG_SOFFICE")
    if named:
        return named if Path(named).is_file() and os.access(named, os.X_OK) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def legacy_to_text(data: bytes, fmt: str, name: str = "", limit: InflateLimit = DEFAULT_LIMIT,
                   timeout: float = TIMEOUT) -> str:
    """The text of a .doc (``fmt`` "doc") or RTF (``fmt`` "rtf") file, read through its .docx conversion."""
    from kechuang.text.docx import docx_to_text

    kind, suffix, infilter = KINDS[fmt]
    program = converter()
    if program is None:
        raise KechuangError("KC-TEXT-DOC", f"本机未安装 LibreOffice,无法读取{kind}:{SAVE_AS}"
                            "(或由管理员安装 Debian 包 libreoffice-writer-nogui)", file=name)
    with tempfile.TemporaryDirectory(prefix="kechuang-legacy-") as tmp:
        work = Path(tmp)
        source = work / f"plan{suffix}"
        source.write_bytes(data)
        out = work / "out"
        (work / "profile" / "user").mkdir(parents=True)
        (work / "profile" / "user" / "registrymodifications.xcu").write_text(PROFILE_SETTINGS, "utf-8")
        deadline = shutil.which("timeout")
        command = [deadline, "--signal=KILL", f"{timeout + KILL_AFTER:g}"] if deadline else []
        command += [program, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   f"-env:UserInstallation={(work / 'profile').as_uri()}", f"--infilter={infilter}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        env = {**os.environ, "HOME": str(work)}  # LibreOffice writes under HOME: a web worker's may be read-only
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, cwd=work, env=env, start_new_session=True)
        except OSError as exc:
            raise KechuangError("KC-TEXT-DOC", f"无法启动 LibreOffice 读取{kind}:{SAVE_AS}", file=name) from exc
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            raise KechuangError("KC-TEXT-DOC", f"{kind}在 {timeout:g} 秒内未能读完(文件可能已损坏):{SAVE_AS}",
                                file=name) from None
        except BaseException:
            # a Ctrl-C or a worker's shutdown reaches only this process, not LibreOffice's own session: kill it too
            _kill(process)
            raise
        converted = out / "plan.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise KechuangError("KC-TEXT-DOC", f"无法读取{kind}:文件已损坏、加密或不是{kind};{SAVE_AS}",
                                file=name)
        return docx_to_text(converted.read_bytes(), name, limit)


def _kill(process: subprocess.Popen) -> None:
    """Kill the conversion and every process it started (LibreOffice forks soffice.bin)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
