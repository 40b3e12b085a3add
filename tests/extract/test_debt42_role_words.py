"""debt42, point 2: one vocabulary of role words (text/role_words.py) for the text's table converter and the extractor's
label grammar (label_words.py), instead of the table converter's own copy (``text/tables._ROLE_HEADERS``) that a test
kept alike. ``kechuang.text`` imports nothing of ``kechuang.extract``: the vocabulary lives where both may read it."""

from __future__ import annotations

import ast
from pathlib import Path

from kechuang.extract import label_words
from kechuang.text import role_words, tables

_TEXT = Path(role_words.__file__).resolve().parent
_LABEL = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位"}


def test_one_vocabulary():
    assert label_words.ROLE_WORDS is role_words.ROLE_WORDS  # label_words keeps its public name
    assert {word for word, _ in tables.ROLE_HEADERS} == set(role_words.ROLE_WORDS)
    assert not hasattr(tables, "_ROLE_HEADERS")


def test_a_table_column_takes_the_role_of_its_word():
    # every role word names a column of its role (金东 2024's 协同单位 was read as nothing while the table held a copy)
    assert {word: tables._roles([f"{word}单位"]).get(0) for word in role_words.ROLE_WORDS} == {
        word: _LABEL[role] for word, role in role_words.ROLE_WORDS.items()}
    # a compound: the lead's word before the cooperating one's before the responsible one's, wherever printed
    assert tables._roles(["协同责任单位", "牵头责任单位", "牵头负责单位", "主体责任单位"]) == {
        0: "配合单位", 1: "牵头单位", 2: "牵头单位", 3: "责任单位"}
    # 负责/相关/涉项 name a column only as a whole column name
    assert tables._roles(["负责工作", "相关内容", "负责科室"]) == {2: "责任单位"}


def test_a_word_added_to_the_vocabulary_reaches_the_table(monkeypatch):
    monkeypatch.setitem(role_words.ROLE_WORDS, "督办", "lead")
    monkeypatch.setattr(tables, "ROLE_HEADERS", tables.role_headers())
    assert tables._roles(["序号", "督办单位"]) == {1: "牵头单位"}


def imported(source: str, package: str = "kechuang.text") -> set[str]:
    """Every module a source imports, each name of a ``from`` import as a module too (``from kechuang import
    extract``), relative imports resolved against ``package``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package.split(".")[:len(package.split(".")) + 1 - node.level]) if node.level else ""
            module = ".".join(filter(None, (base, node.module)))
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
    return found


def _of_extractor(names: set[str]) -> bool:
    return any(n == "kechuang.extract" or n.startswith("kechuang.extract.") for n in names)


def test_the_text_package_imports_nothing_of_the_extractor():
    for path in _TEXT.glob("*.py"):
        assert not _of_extractor(imported(path.read_text("utf-8"))), path.name


def test_the_guard_sees_every_form_of_import():
    # rev55: the guard read the module of a ``from`` import only, so the first two forms passed it
    for source in ("from kechuang import extract\n", "from .. import extract\n", "from ..extract.rules import x\n",
                   "import kechuang.extract.label_words\n", "from kechuang.extract import label_words\n"):
        assert _of_extractor(imported(source)), source
    assert not _of_extractor(imported("from kechuang.text import role_words\nfrom . import tables\n"))
    assert not _of_extractor(imported("from kechuang import extracts_cache\n"))
