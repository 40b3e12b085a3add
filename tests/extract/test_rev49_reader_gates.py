"""rev49 (review of spd65): extract_targets calls a paragraph's word readers only when a cheap test passes. spd65 copied
each reader's first test into the call site by hand, so a reader whose own test is later widened would silently never
be called. Each reader module now exports its test (``may_<reader>``), the reader returns early on it, and the call
site calls the same function: this file checks the pairing stays so, and that each gate opens on the words its
reader reads (the docstring examples of each module).

The sources are read from their files, not through ``inspect``: a module compiled by ``make install``
(kechuang/compiled.py; ``assignments`` is one) has no source for ``inspect.getsource``."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import kechuang.extract.targets as targets_pkg

EXTRACT = Path(targets_pkg.__file__).resolve().parent.parent  # src/kechuang/extract (the package __init__ is never
# compiled)


def _source(module: str) -> str:
    """The source text of ``kechuang.extract.<module>`` (dots for subpackages), read from its file."""
    return (EXTRACT / f"{module.replace('.', '/')}.py").read_text("utf-8")


def _function(module: str, name: str) -> str:
    """The source of the top-level function ``name`` of ``module``: from its ``def`` to the next top-level line."""
    text = _source(module)
    found = re.search(rf"^def {name}\(.*?(?=^\S|\Z)", text, re.S | re.M)
    assert found, (module, name)
    return found.group(0)

READERS = {  # module: (reader, a text the reader reads, a text with none of its words)
    "scenic": ("scenic_classes", "成功创建国家4A级旅游景区", "建成旅游景区2个"),
    "water_classes": ("water_classes", "长江干流水质稳定保持Ⅱ类", "长江干流稳定保持"),
    "sited": ("sited_counts", "在286所幼儿园公共区域设置视频图像采集装置", "为幼儿园设置装置"),
    "durations": ("span_levels", "平均受教育年限达到11年", "平均受教育达到11年"),
    "ratios": ("ratio_levels", "收入比控制在1.8左右", "收入控制在1.8左右"),
    "rank_words": ("rank_places", "力争全市第一", "力争全市领先"),
    "zero": ("zero_targets", "安全事故零发生", "安全事故不发生"),
    "steps": ("step_levels", "跨上1.4万亿斤台阶", "跨上1.4万亿斤"),
}


def test_each_reader_returns_early_on_its_own_gate():
    for name, (reader, _yes, _no) in READERS.items():
        module = importlib.import_module(f"kechuang.extract.targets.{name}")
        gate = getattr(module, f"may_{reader}", None)
        assert callable(gate), name
        body = _function(f"targets.{name}", reader)
        assert re.search(rf"if not may_{reader}\(text\):\s*\n\s*return", body), reader


def test_the_call_site_uses_the_readers_gates():
    source = _source("targets/__init__")
    for reader, _yes, _no in READERS.values():
        assert re.search(rf"if may_{reader}\(mtext\):\s*\n\s*{reader}\(para\)", source), reader


def test_each_gate_opens_on_its_readers_words():
    for name, (reader, yes, no) in READERS.items():
        gate = getattr(importlib.import_module(f"kechuang.extract.targets.{name}"), f"may_{reader}")
        assert gate(yes), (reader, yes)
        assert not gate(no), (reader, no)


def test_the_assignments_call_site_uses_label_readings_gate():
    from kechuang.extract import label_readings
    assert re.search(r"if not may_have_readings\(line\.text\)", _function("label_readings", "label_readings"))
    assert "label_readings(line) if may_have_readings(line.text)" in _source("assignments")
    assert label_readings.may_have_readings("牵头单位(dān wèi)") and not label_readings.may_have_readings("牵头单位")
