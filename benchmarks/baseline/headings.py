"""Numbered headings: 一、 (一) 1. (1) ①, levels by the order in which the styles first appear (a stack)."""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
_STYLES = (
    ("cn", re.compile(rf"^\s*([{_CN}]{{1,3}})\s*[、.]\s*(.{{0,200}})")),
    ("pcn", re.compile(rf"^\s*\(\s*([{_CN}]{{1,3}})\s*\)\s*(.{{0,200}})")),
    ("num", re.compile(r"^\s*(\d{1,2})\s*(?:[、]|\.(?!\d))\s*(.{0,200})")),
    ("pnum", re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*(.{0,200})")),
    ("circled", re.compile(r"^\s*([①-⑳])\s*(.{0,200})")),
    ("stage", re.compile(rf"^\s*(第[{_CN}百零]{{1,5}}[章节条阶段部分]{{1,2}})\s*[::、]?\s*(.{{0,200}})")),
)
_TOKEN = {"cn": "{}", "pcn": "({})", "num": "{}", "pnum": "({})", "circled": "{}", "stage": "{}"}
_TRAILING = " \t,,.。;;::、"


def heading(line: str) -> tuple[str, str, str] | None:
    """(style, path token, title) when the line opens with a heading number, else None."""
    for style, rx in _STYLES:
        m = rx.match(line)
        if m and m.group(2).strip():
            title = m.group(2).split("。")[0].strip().rstrip(_TRAILING)
            if title:
                return style, _TOKEN[style].format(m.group(1)), title
    return None


def walk(lines: list[str]) -> tuple[list[dict], list[str]]:
    """The headings of the text, and each line's deepest heading path ("" before the first)."""
    stack: list[tuple[str, str]] = []  # (style, token)
    headings, paths, path = [], [], ""
    for line in lines:
        h = heading(line)
        if h:
            style, token, title = h
            styles = [s for s, _ in stack]
            if style in styles:
                del stack[styles.index(style):]
            stack.append((style, token))
            path = "/".join(t for _, t in stack)
            headings.append({"path": path, "title": title})
        paths.append(path)
    return headings, paths
