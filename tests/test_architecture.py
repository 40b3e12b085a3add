"""The pure-Python core never imports Django; every CLI command and option is documented."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

from kechuang.cli import build_parser

SRC = Path(__file__).parent.parent / "src" / "kechuang"
DOCS = Path(__file__).parent.parent / "docs"


def test_core_does_not_import_django():
    for path in SRC.rglob("*.py"):
        if "web" in path.relative_to(SRC).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] == "django" for n in names), path


def test_every_cli_command_and_option_is_documented():
    reference = (DOCS / "cli.md").read_text("utf-8")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        assert f"kechuang {name}" in reference, name
        parsers = [(name, parser)]
        for action in parser._actions:  # nested actions: kechuang data template, ...
            if isinstance(action, argparse._SubParsersAction):
                parsers += [(f"{name} {n}", p) for n, p in action.choices.items()]
        for label, p in parsers:
            assert f"kechuang {label}" in reference, label
            for action in p._actions:
                for option in action.option_strings:
                    if option not in ("-h", "--help"):
                        assert option in reference, f"{label} {option}"


def test_every_framework_option_and_method_is_documented():
    from kechuang.evaluation import framework as fw

    reference = (DOCS / "evaluation.md").read_text("utf-8")
    for key in sorted(fw.TOP_KEYS | fw.NODE_KEYS):
        assert f"`{key}`" in reference, key
    for method in (*fw.NORMALISE_METHODS, *fw.AGGREGATE_METHODS, *fw.IMPUTE_METHODS, *fw.TREAT_METHODS):
        assert f"`{method}`" in reference, method


def test_every_web_setting_is_documented():
    from kechuang.web.config import ENV_VARS

    reference = (DOCS / "web.md").read_text("utf-8")
    for name in [*ENV_VARS, "KECHUANG_CJK_FONT"]:
        assert f"`{name}`" in reference, name
