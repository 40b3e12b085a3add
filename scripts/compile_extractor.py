"""Compile the extractor's hottest modules with Cython into src/kechuang/_compiled (see kechuang/compiled.py).

    python scripts/compile_extractor.py            # build what is stale, write the manifest
    python scripts/compile_extractor.py --force    # build everything again
    python scripts/compile_extractor.py --check    # say which listed modules are built and fresh; exit 1 if any is not

Run by ``make install``. The C files and objects go to build/cython (never beside the sources); each compiled module
is copied to ``_compiled/`` and the manifest records the SHA-256 of the source it was built from, so a module edited
since is imported as Python until the next build. Without Cython or a C compiler it says so and exits 0: the
extractor then runs as Python, with the same output, more slowly.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "build" / "cython" / "build.log"
sys.path.insert(0, str(ROOT / "src"))
os.environ["KECHUANG_PURE"] = "1"  # (importing kechuang.compiled must not load the builds this replaces)

from kechuang import compiled  # noqa: E402


def _stale(names: list[str], force: bool) -> list[str]:
    current = compiled.entries()
    out = []
    for name in names:
        entry = current.get(name)
        if force or not entry or any(entry.get(k) != v for k, v in compiled.build_key().items()) \
                or not (compiled.BUILD / entry["file"]).is_file() \
                or entry.get("sha256") != compiled.digest(compiled.source_of(name)):
            out.append(name)
    return out


def build(names: list[str], jobs: int) -> dict[str, dict]:
    """Compile ``names`` in a scratch copy of their sources; return their manifest entries."""
    from Cython.Build import cythonize
    from setuptools import Distribution

    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    work = ROOT / "build" / "cython"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        tmp = Path(tmp)
        sources, hashes = [], {}
        for name in names:
            src = compiled.source_of(name)
            dest = tmp.joinpath(*name.split(".")).with_suffix(".py")
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            hashes[name] = compiled.digest(dest)  # (the copy compiled: an edit meanwhile makes the build stale)
            sources.append(str(dest.relative_to(tmp)))
        for package in {p for s in sources for p in Path(s).parents if str(p) != "."}:
            (tmp / package / "__init__.py").touch()  # (Cython names a module by its package folders)
        cwd = os.getcwd()
        os.environ.setdefault("CFLAGS", "-g0")  # (no debug information: a smaller build, the same code)
        os.chdir(tmp)
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        with open(LOG, "w") as log:  # the compiler's commands and warnings: kept in the log, not on the screen
            os.dup2(log.fileno(), 1)
            os.dup2(log.fileno(), 2)
            try:
                # annotation_typing off: the sources' hints (list[Line] = ()) are documentation, not C types
                extensions = cythonize(sources, nthreads=jobs, language_level=3, quiet=True, force=True,
                                       compiler_directives={"binding": True, "annotation_typing": False})
                dist = Distribution({"ext_modules": extensions})
                cmd = dist.get_command_obj("build_ext")
                cmd.inplace, cmd.parallel = True, jobs
                dist.run_command("build_ext")
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os.dup2(saved[0], 1)
                os.dup2(saved[1], 2)
                os.close(saved[0])
                os.close(saved[1])
                os.chdir(cwd)
        compiled.BUILD.mkdir(exist_ok=True)
        out = {}
        for name in names:
            built = tmp.joinpath(*name.split(".")).with_suffix(suffix)
            target = f"{name}{suffix}"
            fd, part = tempfile.mkstemp(dir=compiled.BUILD, suffix=".part")
            os.close(fd)
            shutil.copyfile(built, part)
            os.replace(part, compiled.BUILD / target)
            out[name] = {"file": target, "sha256": hashes[name], **compiled.build_key()}
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build every listed module again")
    parser.add_argument("--check", action="store_true", help="report built and fresh modules; exit 1 if any is not")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel compilations")
    args = parser.parse_args(argv)
    names = compiled.modules()
    if args.check:
        stale = _stale(names, False)
        print(f"compiled and fresh: {len(names) - len(stale)} of {len(names)}")
        for name in stale:
            print(f"  stale or missing: {name}")
        return 1 if stale else 0
    compiled.BUILD.mkdir(parents=True, exist_ok=True)
    with open(compiled.BUILD / ".lock", "w") as lock:  # one build at a time in a checkout (two `make`s at once)
        fcntl.flock(lock, fcntl.LOCK_EX)
        stale = _stale(names, args.force)  # (again: a build that held the lock may have made them)
        entries = {k: v for k, v in compiled.entries().items() if k not in stale}
        if not stale:
            print(f"compiled extractor: {len(names)} modules up to date")
            return _write(entries)  # (drops modules taken off the list)
        try:
            import Cython  # noqa: F401
        except ImportError:
            print("compiled extractor: Cython is not installed; the extractor runs as Python (same output, slower)")
            return _write(entries, "Cython is not installed")
        print(f"compiling {len(stale)} of {len(names)} extractor modules with Cython (two to four minutes of CPU the "
              f"first time; the compiler's output goes to {LOG.relative_to(ROOT)})…", flush=True)
        try:
            fresh = build(stale, args.jobs)
        except Exception as exc:  # a missing compiler or headers: never fail the install for a speed-up
            print(f"compiled extractor: the build failed ({type(exc).__name__}: {exc}; see {LOG.relative_to(ROOT)}); "
                  "the extractor runs as Python")
            return _write(entries, f"the build failed: {type(exc).__name__}")
        entries.update(fresh)
        _write(entries)
        print(f"compiled extractor: built {len(fresh)} of {len(names)} modules into "
              f"{compiled.BUILD.relative_to(ROOT)}")
        return 0


def _write(entries: dict[str, dict], unbuilt: str | None = None) -> int:
    """The manifest of the fresh builds, and why the others are not built (written even when none is, so that make
    does not retry at every run; tests/test_compiled.py reads the reason)."""
    data: dict = {"modules": entries}
    if unbuilt:
        data["unbuilt"] = unbuilt
    fd, part = tempfile.mkstemp(dir=compiled.BUILD, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=1, sort_keys=True)
    os.replace(part, compiled.MANIFEST)
    return 0


if __name__ == "__main__":
    sys.exit(main())
