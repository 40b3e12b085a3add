"""Helpers for the tests of the corpus scripts in ``scripts/``: load a script as a module, write a one-passage corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str):
    """``scripts/<name>.py`` as a module (scripts are no package)."""
    spec = importlib.util.spec_from_file_location(f"script_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def one_passage_corpus(root: Path, source: str, text: str, gold: list[dict], title: str, plan_year: int,
                       assignments: list[dict] | None = None) -> Path:
    """A corpus under ``root`` holding one page of ``source`` with one passage, its gold targets and assignments."""
    (root / "passages").mkdir(parents=True)
    (root / "passages" / "t.json").write_text(json.dumps({
        "source": source, "province": "上海市", "plan_year": plan_year, "title": title,
        "passages": [{"text": text, "targets": gold, "assignments": assignments or []}]}, ensure_ascii=False), "utf-8")
    return root
