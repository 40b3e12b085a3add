"""Real names of government bodies (tests/fixtures/real/unit_names/lists.yaml) put into the tail shapes the spec and
the dev corpus print, in both scripts: which names come back as one unit with their role (round 47)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kechuang.extract import extract_text
from kechuang.extract.scoring import norm_unit
from kechuang.text.traditional import t2s_table

LISTS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "unit_names" / "lists.yaml"
_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


@cache
def name_lists() -> list[dict]:
    return yaml.safe_load(LISTS.read_text("utf-8"))


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def in_script(text: str, script: str) -> str:
    """``text`` in simplified (the project's one-for-one table) or traditional characters (OpenCC)."""
    return text.translate(t2s_table()) if script == "simplified" else _s2t().convert(text)


def _width(text: str, full: bool) -> str:
    if not full:
        return text
    # the full-width forms (U+FF08 （, U+FF09 ）, U+FF1A ：, U+FF1B ；, U+FF0C ，): ASCII + 0xFEE0, the offset NFKC folds
    # back (kechuang.text.normalise); written by code point, so the editor cannot fold them (review 21, F9)
    return text.translate(_FULL)


_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "():;,"})


# Each shape: (name, the text for a group of names, the role each name should come back with).
def _kw_full(a, b, c):
    return _width(f"{_LEAD}(牵头单位:{a};责任单位:{b}、{c})", True), ["lead", "responsible", "responsible"]


def _kw_half(a, b, c):
    return f"{_LEAD}(责任单位:{a}、{b}、{c})", ["responsible"] * 3


def _verbs(a, b, c):
    return _width(f"{_LEAD}({a}牵头,{b}、{c}配合)", True), ["lead", "cooperating", "cooperating"]


def _manner(a, b, c):
    return f"{_LEAD}({a}、{b}、{c}按职责分工负责)", ["responsible"] * 3


def _inline(a, b, c):
    return f"{_LEAD}责任单位:{a}、{b}、{c}", ["responsible"] * 3


def _square(a, b, c):
    return f"{_LEAD}〔牵头单位:{a};配合单位:{b}、{c}〕", ["lead", "cooperating", "cooperating"]


def _table(a, b, c):
    return (f"一、重点任务\n序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 加强统筹协调 | {a} | {b}、{c} |\n",
            ["lead", "responsible", "responsible"])


SHAPES = {"牵头单位:A;责任单位:B、C (full width)": _kw_full, "(责任单位:A、B、C)": _kw_half,
          "(A牵头,B、C配合) (full width)": _verbs, "(A、B、C按职责分工负责)": _manner, "。责任单位:A、B、C": _inline,
          "〔牵头单位:A;配合单位:B、C〕": _square, "table cells": _table}
SCRIPTS = ("simplified", "traditional")


@dataclass
class Trial:
    shape: str
    script: str
    source: str
    name: str  # as the list prints it
    printed: str  # in the trial's script
    role: str
    ok: bool
    got: list[tuple[str, str]]


def trials() -> Iterator[Trial]:
    """Every name of every list, in groups of three, in every shape and script; a last group of fewer is filled with
    names the first list prints (untallied: only the group's own names are trials)."""
    fill = name_lists()[0]["names"]
    for entry in name_lists():
        names = entry["names"]
        for k in range(0, len(names), 3):
            own = names[k:k + 3]
            group = own + [n for n in fill if n not in own][:3 - len(own)]
            for script in SCRIPTS:
                printed = [in_script(n, script) for n in group]
                for shape, make in SHAPES.items():
                    text, roles = make(*printed)
                    got = [(a.role, a.unit) for a in extract_text(text).assignments]
                    seen = {(r, norm_unit(u)) for r, u in got}
                    for name, shown, role in list(zip(group, printed, roles, strict=True))[:len(own)]:
                        ok = (role, norm_unit(shown)) in seen
                        yield Trial(shape, script, entry["source"], name, shown, role, ok, got)


def fractions(all_trials: list[Trial]) -> dict[str, float]:
    """Round-trip fraction per shape (both scripts) and overall."""
    out: dict[str, float] = {}
    for shape in [*SHAPES, None]:
        picked = [t for t in all_trials if shape is None or t.shape == shape]
        out[shape or "all"] = sum(t.ok for t in picked) / len(picked)
    return out
