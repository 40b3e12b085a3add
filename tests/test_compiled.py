"""The extractor's compiled modules (kechuang/compiled.py, built by scripts/compile_extractor.py at `make install`):
used only while they match their source, and giving the very plans the Python sources give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kechuang import compiled

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "kechuang.extract.lines"


def _finder(tmp_path, monkeypatch, **entry):
    monkeypatch.setattr(compiled, "BUILD", tmp_path)
    (tmp_path / "built.so").write_bytes(b"\0")
    base = {"file": "built.so", "sha256": compiled.digest(compiled.source_of(SOURCE)), **compiled.build_key()}
    return compiled.CompiledFinder({SOURCE: {**base, **entry}})


def test_a_build_of_the_very_source_is_found(tmp_path, monkeypatch):
    spec = _finder(tmp_path, monkeypatch).find_spec(SOURCE)
    assert spec is not None and spec.origin == str(tmp_path / "built.so")
    assert type(spec.loader).__name__ == "ExtensionFileLoader"


def test_a_stale_foreign_or_missing_build_is_never_used(tmp_path, monkeypatch):
    assert _finder(tmp_path, monkeypatch, sha256="0" * 64).find_spec(SOURCE) is None  # the source was edited since
    assert _finder(tmp_path, monkeypatch, python="cpython-39").find_spec(SOURCE) is None  # another Python's build
    assert _finder(tmp_path, monkeypatch, platform="linux-aarch64", suffix=".cpython-311-aarch64-linux-gnu.so") \
        .find_spec(SOURCE) is None  # another machine's (a checkout shared with a container)
    assert _finder(tmp_path, monkeypatch, file="gone.so").find_spec(SOURCE) is None
    assert _finder(tmp_path, monkeypatch).find_spec("kechuang.extract.pipeline") is None  # not listed


def test_pure_is_any_value_but_zero(monkeypatch):
    for value, pure in (("1", True), ("yes", True), ("0", False), ("", False)):
        monkeypatch.setenv("KECHUANG_PURE", value)
        assert compiled.pure() is pure, value


def test_a_module_taken_off_the_list_is_python_again(tmp_path, monkeypatch):
    listed = compiled.modules()
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"modules": {listed[0]: {"file": "a.so"}, "kechuang.extract.corpus": {
        "file": "b.so"}}}), "utf-8")
    monkeypatch.setattr(compiled, "MANIFEST", manifest)
    assert "kechuang.extract.corpus" not in listed and list(compiled.entries()) == [listed[0]]


_CHILD = r"""
import json, sys
from pathlib import Path
from kechuang import compiled
from kechuang.extract import extract_text
from kechuang.extract.corpus import load_passages
from kechuang.text.normalise import normalise
root = Path(sys.argv[1])
plans = [extract_text(normalise(p.read_text("utf-8"))).to_dict()
         for p in sorted((root / "tests" / "fixtures" / "seeds").glob("*.txt"))]
for p in list(load_passages(root / "tests" / "fixtures" / "real"))[::7]:
    plans.append(extract_text(p.text, plan_year=p.plan_year).to_dict(include_text=False))
print(json.dumps({"in_use": compiled.in_use(), "plans": plans}, ensure_ascii=False, sort_keys=True, default=str))
"""


def _run(pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("KECHUANG_PURE", None)
    if pure:
        env["KECHUANG_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT)], env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_build_is_fresh_and_gives_the_plans_python_gives():
    """`make install` built every listed module from its current source (run it again after editing one), or recorded
    why it could not (no Cython, no compiler): then the extractor runs as Python, the same plans."""
    state = compiled.manifest()
    assert state, "run `make install`: it builds the compiled modules or records why it could not"
    fast, pure = _run(False), _run(True)
    assert pure["in_use"] == [] and len(fast["plans"]) > 100 and fast["plans"] == pure["plans"]
    if state.get("unbuilt"):
        assert fast["in_use"] == sorted(compiled.entries()), state["unbuilt"]
        return
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_extractor.py"), "--check"],
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, "run `make install`: " + check.stdout
    assert fast["in_use"] == sorted(compiled.modules())


def test_every_listed_module_can_be_compiled_and_loaded():
    """compiled.txt (chosen by own time in benchmarks/sample_extract.py --modules): each entry a plain module of this
    package, once — no package ``__init__`` (a compiled package needs its own path handling), and none that reads its
    own source or files beside it by ``__file__`` (a compiled module's ``__file__`` is its build in ``_compiled/``)."""
    listed = compiled.modules()
    assert len(listed) == len(set(listed))
    for name in listed:
        source = compiled.source_of(name)
        assert source.is_file() and source.name != "__init__.py", name
        text = source.read_text("utf-8")
        assert "__file__" not in text and "getsource" not in text, name
