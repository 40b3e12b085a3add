"""Real names of government bodies (tests/fixtures/real/unit_names/lists.yaml, round 47; lists49.yaml, round 49) put
into the tail shapes the spec and real pages print, in both scripts: which names come back as one unit with their
role."""

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
LISTS49 = LISTS.with_name("lists49.yaml")
_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


@cache
def name_lists(path: Path = LISTS) -> list[dict]:
    return yaml.safe_load(path.read_text("utf-8"))


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


# Round 49: three more shapes, each printed by real pages (two addresses each).
# The keywords on lines of their own after the item, a blank line between: 立山 2023 (http://www.lishan.gov.cn/html/
# ASLSQ/202303/0168765895614794.html: 牵头单位:区发改局 / 责任单位:立山经济开发区,全区经济运行各专班), 郑州 2021
# (http://henan.kjzch.com/zhengzhou/2021-03-30/775911.html), 聊城 2024 (http://lctxcc.com/web/zwgkx/zfwj/szfwj/2024n/
# 2024021811042573211/index.shtml: 牵头单位:省发展改革委 / 责任单位:…).
def _lines(a, b, c):
    return f"{_LEAD}\n\n牵头单位:{a}\n\n责任单位:{b}、{c}\n", ["lead", "responsible", "responsible"]


# A list closed by a remark in the same bracket: 福建 2024 (http://kyfz.org.cn/show-36009.html: 〔责任单位:…,省工信厅、
# 发改委、财政厅、农业农村厅、文旅厅。以下均需各市、县(区)人民政府,平潭综合实验区管委会落实,不再列出〕), 贵州 2026
# (https://www.mingjiangtw.com/xinwenzhongxin/20260215/195.html: (责任单位:省大数据局、…。除专门列出外,以下任务均涉及…,
# 不再重复)).
def _remark(a, b, c):
    return f"{_LEAD}〔责任单位:{a}、{b}、{c}。以下均需各县(区)人民政府落实,不再列出〕", ["responsible"] * 3


# A table's cell that prints the roles with verbs: 江门 2021 (http://sd-xs.com/bmpd/jmstdcbzx/zwdt/tzgg/content/
# post_2452685.html: | 办公室牵头,各科室配合 |), 如东 2020 (http://www.rudong.gov.cn/ajj/jhzj/content/
# 9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html: 县自然资源局牵头, a cell of its own).
def _verb_cell(a, b, c):
    return (f"工作任务 | 具体要求 | 责任部门 |\n1.加强统筹协调。 | {a}牵头,{b}、{c}配合 | |\n",
            ["lead", "cooperating", "cooperating"])


SHAPES49 = {**SHAPES, "牵头单位:A / 责任单位:B、C (lines)": _lines, "〔责任单位:A、B、C。…不再列出〕": _remark,
            "| A牵头,B、C配合 | (table cell)": _verb_cell}
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


def trials(lists: tuple[Path, ...] = (LISTS,), shapes: dict | None = None) -> Iterator[Trial]:
    """Every name of every list, in groups of three, in every shape and script; a last group of fewer is filled with
    names the first list prints (untallied: only the group's own names are trials)."""
    shapes = SHAPES if shapes is None else shapes
    fill = name_lists()[0]["names"]
    for entry in (e for path in lists for e in name_lists(path)):
        names = entry["names"]
        for k in range(0, len(names), 3):
            own = names[k:k + 3]
            group = own + [n for n in fill if n not in own][:3 - len(own)]
            for script in SCRIPTS:
                printed = [in_script(n, script) for n in group]
                for shape, make in shapes.items():
                    text, roles = make(*printed)
                    got = [(a.role, a.unit) for a in extract_text(text).assignments]
                    seen = {(r, norm_unit(u)) for r, u in got}
                    for name, shown, role in list(zip(group, printed, roles, strict=True))[:len(own)]:
                        ok = (role, norm_unit(shown)) in seen
                        yield Trial(shape, script, entry["source"], name, shown, role, ok, got)


def fractions(all_trials: list[Trial], shapes: dict | None = None) -> dict[str, float]:
    """Round-trip fraction per shape (both scripts) and overall."""
    out: dict[str, float] = {}
    for shape in [*(SHAPES if shapes is None else shapes), None]:
        picked = [t for t in all_trials if shape is None or t.shape == shape]
        out[shape or "all"] = sum(t.ok for t in picked) / len(picked)
    return out
