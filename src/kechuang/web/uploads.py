"""Uploaded files reach their place only when the row that names them is committed.

``stage`` writes the bytes to ``MEDIA_ROOT/tmp/`` (fsync) inside the transaction, gives the FileField its final
name and moves the file there with ``os.replace`` once the transaction commits. A rollback inside ``staging()``
removes the temporary file; a process killed mid-upload leaves at most a temporary file, which
``cleanup_uploads`` removes. A temporary file is named after its final name (a hash), so a process killed
between the commit and the move is repaired by the cleanup (the file is moved into place, not removed).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from django.conf import settings
from django.db import transaction
from django.db.models.fields.files import FieldFile

from kechuang.errors import KechuangError
from kechuang.web.images import is_image

log = logging.getLogger("kechuang.web")
TMP = "tmp"
_staged: ContextVar[list[Path] | None] = ContextVar("kechuang_staged_uploads", default=None)


def media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def temp_path(final_name: str) -> Path:
    return media_root() / TMP / hashlib.sha256(final_name.encode("utf-8")).hexdigest()[:40]


def _fsync_directory(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, final)
    _fsync_directory(final.parent)


@contextmanager
def staging() -> Iterator[None]:
    """Around a transaction that stages files: if it fails, their temporary files are removed at once."""
    outer = _staged.get()
    staged: list[Path] = outer if outer is not None else []
    token = _staged.set(staged)
    try:
        yield
    except BaseException:
        for tmp in staged:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        _staged.reset(token)


def stage(file: FieldFile, name: str, data: bytes, save: bool = False) -> None:
    """Like ``FieldFile.save(name, ContentFile(data))``, but the file appears only when the transaction commits.

    The final name always carries a random suffix: two transactions in flight never pick the same name.
    """
    storage = file.storage
    root, ext = os.path.splitext(file.field.generate_filename(file.instance, name))
    final = storage.get_available_name(storage.get_alternative_name(root, ext), max_length=file.field.max_length)
    tmp = temp_path(final)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    with open(tmp, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    staged = _staged.get()
    if staged is not None:
        staged.append(tmp)
    file.name = final
    transaction.on_commit(lambda: _place(tmp, Path(storage.path(final))), robust=True)
    if save:
        file.instance.save()


@dataclass
class Cleanup:
    recovered: list[str] = field(default_factory=list)  # committed files moved into place from tmp/
    temporary: list[Path] = field(default_factory=list)  # unfinished uploads removed
    orphans: list[Path] = field(default_factory=list)  # files no row names, removed
    bytes: int = 0


def _files(root: Path) -> Iterator[Path]:
    for directory, _, names in os.walk(root):
        for name in names:
            yield Path(directory, name)


def referenced_names() -> set[str]:
    """Every name a file field of any model holds (plan documents, evidence, voucher, 揭榜 files, service photos …)."""
    from django.apps import apps
    from django.db.models import FileField

    names: set[str] = set()
    for model in apps.get_models():
        for f in model._meta.get_fields():
            if isinstance(f, FileField):
                names |= set(model._default_manager.exclude(**{f.name: ""}).values_list(f.name, flat=True).iterator())
    return names


def cleanup(older_than_hours: float = 24, dry_run: bool = False) -> Cleanup:
    """Remove unfinished uploads and files no stored row names (any FileField), if older than ``older_than_hours``.

    Files are listed before the rows are read: a file moved into place after the listing is not seen, and one
    seen was committed before the rows were read, so a file that a row names is never removed.
    """
    root = media_root()
    cutoff = time.time() - older_than_hours * 3600
    temporary = list(_files(root / TMP)) if (root / TMP).is_dir() else []
    placed = [p for p in _files(root) if p.relative_to(root).parts[0] != TMP] if root.is_dir() else []
    names = referenced_names()
    done = Cleanup()
    by_hash = {p.name: p for p in temporary}
    for name in names:
        tmp = by_hash.get(temp_path(name).name)
        if tmp is not None and not (root / name).exists():  # killed between the commit and the move
            del by_hash[tmp.name]
            done.recovered.append(name)
            if not dry_run:
                _place(tmp, root / name)
    for path in by_hash.values():
        if path.stat().st_mtime < cutoff:
            done.temporary.append(path)
    for path in placed:
        if path.relative_to(root).as_posix() not in names and path.stat().st_mtime < cutoff:
            done.orphans.append(path)
    for path in done.temporary + done.orphans:
        done.bytes += path.stat().st_size
        if not dry_run:
            path.unlink(missing_ok=True)
    if not dry_run and (done.temporary or done.orphans or done.recovered):
        log.warning("cleanup_uploads: %d recovered, %d temporary and %d unreferenced files removed",
                    len(done.recovered), len(done.temporary), len(done.orphans))
    return done


# -- checking attachments ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Accepted:
    """What a form takes as attachments: PDFs (header checked) and images of ``image_suffixes`` (opened by Pillow;
    of ``image_formats`` when given), at most ``max_files``. ``code`` is the refusals' error code, ``hint`` ends
    every refusal (what is accepted)."""

    max_files: int
    image_suffixes: frozenset[str]
    image_formats: frozenset[str] | None = None
    code: str = "KC-WEB-FIELD"
    hint: str = ""


def check_files(files: list, accepted: Accepted) -> None:
    """Each file (``.name``, ``.data``) not empty, within ``MAX_UPLOAD_BYTES``, a real PDF or image by its content
    as its name says; a Chinese message naming the first refused file."""
    def refuse(name: str, why: str) -> KechuangError:
        return KechuangError(accepted.code, f"附件“{name}”{why}{accepted.hint}", file=name, field="files")

    if len(files) > accepted.max_files:
        raise KechuangError("KC-WEB-FIELD", f"一次最多上传 {accepted.max_files} 个附件", field="files")
    for f in files:
        suffix = PurePath(f.name).suffix.lower()
        if not f.data:
            raise refuse(f.name, "是空文件")
        if len(f.data) > settings.MAX_UPLOAD_BYTES:
            raise refuse(f.name, f"超过 {settings.MAX_UPLOAD_BYTES // (1024 * 1024)} MB 的上限")
        if suffix == ".pdf":
            if not f.data.lstrip()[:5] == b"%PDF-":
                raise refuse(f.name, "不是 PDF 文件(内容与扩展名不符)")
        elif suffix in accepted.image_suffixes:
            if not is_image(f.data, accepted.image_formats):
                raise refuse(f.name, "不是有效的图片(内容与扩展名不符或已损坏)")
        else:
            raise refuse(f.name, "的类型不受支持")
