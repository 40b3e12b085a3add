"""Evidence files of a refused form, kept for the user's next try: a browser cannot refill a file input, so a
clerk whose report was refused for a typo does not choose the files again. They live under
``MEDIA_ROOT/tmp/kept/<user id>/<token>/`` until the form is accepted; ``cleanup_uploads`` removes what is left
(temporary files older than a day)."""

from __future__ import annotations

import re
import secrets
import shutil
from pathlib import Path, PurePath

from kechuang.errors import KechuangError
from kechuang.web.uploads import TMP, media_root

_TOKEN = re.compile(r"[0-9a-f]{16}")


def _home(user) -> Path:
    return media_root() / TMP / "kept" / str(user.pk)


def _folder(user, token: str) -> Path | None:
    """The folder of a token of this user's, or None (a token of someone else or a made-up one is ignored)."""
    if not _TOKEN.fullmatch(token or ""):
        return None
    folder = _home(user) / token
    return folder if folder.is_dir() else None


DATA, NAME = "data", "name"  # the bytes, and the name as the user's computer gave it (any length)


def keep(user, files: list, check, limit: int) -> list[tuple[str, str]]:
    """Store up to ``limit`` of the files that pass ``check`` (the evidence rules); (token, name) of each."""
    kept = []
    for f in files:
        try:
            check([f])
        except KechuangError:
            continue  # the refused file itself is not kept: the message names it
        if len(kept) >= limit:
            break
        token = secrets.token_hex(8)
        folder = _home(user) / token
        folder.mkdir(parents=True)
        name = PurePath(f.name).name or "材料"
        (folder / DATA).write_bytes(f.data)
        (folder / NAME).write_text(name, encoding="utf-8")
        kept.append((token, name))
    return kept


def take(user, tokens: list[str], make) -> list:
    """The kept files of ``tokens`` as evidence objects made by ``make(name, data)``."""
    return [make(name, (_folder(user, token) / DATA).read_bytes()) for token, name in listed(user, tokens)]


def listed(user, tokens: list[str]) -> list[tuple[str, str]]:
    """(token, name) of this user's kept files among ``tokens``."""
    out = []
    for token in dict.fromkeys(tokens):
        folder = _folder(user, token)
        if folder is not None and (folder / DATA).is_file():
            out.append((token, (folder / NAME).read_text(encoding="utf-8")))
    return out


def discard(user, tokens: list[str]) -> None:
    for token in tokens:
        folder = _folder(user, token)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
