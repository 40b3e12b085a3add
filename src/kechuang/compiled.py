"""The extractor's hottest modules compiled by Cython, used only while they match their source.

``scripts/compile_extractor.py`` (run by ``make install``) compiles the modules listed in ``compiled.txt`` — the ones
that hold most of an extraction pass's Python time — into ``_compiled/``, beside a manifest of each source's SHA-256.
:func:`install` puts a finder first on ``sys.meta_path`` that loads a listed module from its compiled file when the
manifest's hash is the hash of the ``.py`` the import would otherwise load, and leaves every other import alone. So:

- the sources stay the truth: an edited module whose build is stale is imported as Python, never a stale build;
- nothing compiled ever sits beside a source (no ``.so`` shadowing a ``.py``);
- ``KECHUANG_PURE=1`` turns the finder off (tracing tools such as ``scripts/miss_stages.py`` need Python frames);
- with no compiler the build step is skipped and everything runs as Python, with the same output;
- a build is keyed to the Python, platform and extension suffix that made it.

What differs in compiled modules, besides speed: tracebacks name their lines without the source text,
``inspect.getsource`` has no source to give, and tracers and profilers (``sys.settrace``, cProfile, py-spy's Python
frames) do not see inside them — use ``KECHUANG_PURE=1`` to debug or profile.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIST = HERE / "compiled.txt"
BUILD = HERE / "_compiled"
MANIFEST = BUILD / "manifest.json"


def modules() -> list[str]:
    """The dotted names of the modules to compile, in the order of ``compiled.txt`` (comments and blanks skipped)."""
    names = []
    for line in LIST.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line)
    return names


def source_of(name: str) -> Path:
    """The ``.py`` file of a listed module under this package."""
    return HERE.parent.joinpath(*name.split(".")).with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_key() -> dict[str, str]:
    """What a build must have been made by to be loaded here: this Python, this platform, this extension suffix (a
    checkout shared with another machine or container never loads the other's build)."""
    return {"python": sys.implementation.cache_tag or "", "platform": sysconfig.get_platform(),
            "suffix": sysconfig.get_config_var("EXT_SUFFIX") or ""}


class CompiledFinder:
    """Finds a listed module's compiled file when it was built from the very source next to it, by this Python."""

    def __init__(self, entries: dict[str, dict]) -> None:
        self.entries = entries

    def find_spec(self, fullname, path=None, target=None):
        entry = self.entries.get(fullname)
        if entry is None:
            return None
        source = source_of(fullname)
        built = BUILD / entry["file"]
        try:
            if any(entry.get(k) != v for k, v in build_key().items()) or not built.is_file() \
                    or digest(source) != entry["sha256"]:
                return None  # a stale or foreign build: the source is imported as Python
        except OSError:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(built))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(built))


def manifest() -> dict:
    """The manifest as written by the last build (``{}`` when there was none or it cannot be read)."""
    try:
        data = json.loads(MANIFEST.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def entries() -> dict[str, dict]:
    """The manifest's entries of the modules ``compiled.txt`` lists now (a module taken off the list is Python)."""
    built = manifest().get("modules") or {}
    try:
        listed = set(modules())
    except OSError:
        return {}
    return {k: v for k, v in built.items() if k in listed and isinstance(v, dict)}


def pure() -> bool:
    """``KECHUANG_PURE`` set to anything but 0 or nothing: every module runs as Python."""
    return os.environ.get("KECHUANG_PURE", "") not in ("", "0")


def install() -> bool:
    """Put the finder first on ``sys.meta_path`` (once). False when turned off or nothing was built."""
    if pure() or any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return False
    found = entries()
    if not found:
        return False
    sys.meta_path.insert(0, CompiledFinder(found))
    return True


def in_use() -> list[str]:
    """The listed modules imported so far from their compiled file (benchmarks/bench_extract.py says how many)."""
    return sorted(name for name in modules()
                  if getattr(sys.modules.get(name), "__file__", "") and str(sys.modules[name].__file__).startswith(
                      str(BUILD)))
