"""Dev only: the dev passages re-printed with page furniture and character artefacts, scored against the plain print.

A clerk's paste from a government PDF or a Word export carries page-number lines (``— 3 —``, ``- 3 -``, ``－3－``,
``第3页``, ``第 3 页 共 12 页``, a bare ``3``) and the page break itself between two halves of a sentence or a table
row, a running header at each break, line-end hyphens and full-width spaces, soft hyphens, zero-width spaces and
joiners, non-breaking spaces, ``\\u3000`` indents, ``\\r``, ``\\x0b``, compatibility forms (``⒈``, ``⑴``, ``㈠``,
``１２％``) and footnote marks glued to a figure (``达到50%¹``, ``[1]``) with the footnote at the page foot
(furniture42). Each mode prints every dev passage so (a page break every ``--every`` characters, and at least one,
falling mid-sentence or mid-table) and the table gives targets and assignments as right / predicted / gold and F1.

    PYTHONPATH=src .venv/bin/python scripts/furniture_probe.py                 # every mode
    PYTHONPATH=src .venv/bin/python scripts/furniture_probe.py plain dash_em   # some modes
    PYTHONPATH=src .venv/bin/python scripts/furniture_probe.py --list          # the mode names

Dev only: it reads ``split_of(source) == "dev"`` passages and never prints passage text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

from kechuang.extract.corpus import load_passages, match_items, same_assignment, same_target, split_of
from kechuang.extract.pipeline import extract_text

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
SETTINGS = {"every": 900}  # characters a page holds, about (a page of 25 lines of 36 characters)
FIRST_PAGE = 3  # the first page number printed (a passage is a plan's middle)
PAGES = 12  # the 共 N 页 of ``第 3 页 共 12 页``
_FIGURE = re.compile(r"[\d.%]")


def _breaks(text: str, every: int) -> list[int]:
    """Where the pages break: the middle of a short passage, else every ``every`` characters; never inside a
    figure (a PDF's wrap there is robust41's concern, measured apart)."""
    if len(text) < 8:
        return []
    first = min(len(text) // 2, every // 2)
    out = []
    for at in range(first, len(text) - 2, every):
        while at < len(text) - 1 and (_FIGURE.match(text[at - 1]) and _FIGURE.match(text[at])):
            at += 1
        out.append(at)
    return out


def paged(footer: Callable[[int], str], header: str = "", feed: bool = True, note: str = "") -> Callable:
    """A print with the page's foot (``footer(page)``, ``note`` above it), the form feed and the next page's
    ``header`` at each break."""
    def print_(text: str, title: str) -> str:
        parts, last = [], 0
        for k, at in enumerate(_breaks(text, SETTINGS["every"])):
            parts.append(text[last:at])
            foot = "".join(("\n" + note if note else "", "\n" + footer(FIRST_PAGE + k) if footer(0) else ""))
            head = header.replace("TITLE", (title or "工作方案")[:20])
            parts.append(foot + ("\n\f" if feed else "\n") + (head + "\n" if head else ""))
            last = at
        parts.append(text[last:])
        return "".join(parts)
    return print_


def _every(char: str, step: int = 9) -> Callable:
    """The character inserted after every ``step`` characters (soft hyphens, zero-width spaces, joiners)."""
    return lambda text, title: "".join(text[i:i + step] + char for i in range(0, len(text), step)).rstrip(char)


def _wrapped(width: int, end: str = "") -> Callable:
    return lambda text, title: "\n".join(line[i:i + width] + (end if i + width < len(line) else "")
                                         for line in text.split("\n") for i in range(0, max(len(line), 1), width))


_FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])(\d[\d.,]*)(?=[\u4e00-\u9fff%])")
_TENS = "一二三四五六七八九十"
_COMPAT = [(re.compile(r"^(\d{1,2})\.(?!\d)", re.M), lambda m: chr(0x2487 + int(m[1])) if int(m[1]) <= 20 else m[0]),
           (re.compile(r"[((](\d{1,2})[))]"), lambda m: chr(0x2473 + int(m[1])) if 1 <= int(m[1]) <= 20 else m[0]),
           (re.compile(rf"[((]([{_TENS}])[))]"), lambda m: chr(0x3220 + _TENS.index(m[1])))]
_NOTE_AFTER = re.compile(r"(\d[\d.]{0,12}(?:%|[万亿]?[个家项元人所座台套次件亩吨条])|\d%)(?=[,，。;；、])")
NOTE = "¹数据来源：统计年鉴。"


def _compat(text: str, title: str) -> str:
    for pattern, repl in _COMPAT:
        text = pattern.sub(repl, text)
    return text


def _glued(mark: Callable[[int], str]) -> Callable:
    def print_(text: str, title: str) -> str:
        count = iter(range(1, 1000))
        return _NOTE_AFTER.sub(lambda m: m[1] + mark(next(count)), text)
    return print_


_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _sup(n: int) -> str:
    return "".join(_SUPERSCRIPT[int(d)] for d in str(n))


MODES: dict[str, Callable[[str, str], str]] = {
    "plain": lambda text, title: text,
    "formfeed": paged(lambda page: "", feed=True),
    "dash_em": paged(lambda page: f"— {page} —"),
    "dash_ascii": paged(lambda page: f"- {page} -"),
    "dash_fullwidth": paged(lambda page: f"－{page}－"),
    "page_cn": paged(lambda page: f"第{page}页"),
    "page_of": paged(lambda page: f"第 {page} 页 共 {PAGES} 页"),
    "page_bare": paged(lambda page: f"{page}"),
    "header_office": paged(lambda page: f"— {page} —", header="XX县人民政府办公室文件"),
    "header_title": paged(lambda page: f"— {page} —", header="TITLE"),
    "header_internal": paged(lambda page: f"- {page} -", header="内部资料"),
    "footnote_foot": paged(lambda page: f"— {page} —", note=NOTE),
    "wrapped@30": _wrapped(30),
    "hyphen_wrap@30": _wrapped(30, "-"),
    "line_end_fwspace": lambda text, title: text.replace("\n", "\u3000\n") + "\u3000",
    "indent_fwspace": lambda text, title: "\n".join("\u3000\u3000" + line for line in text.split("\n")),
    "soft_hyphen": _every("\u00ad"),
    "zero_width_space": _every("\u200b"),
    "zero_width_joiner": _every("\u200d"),
    "word_joiner": _every("\u2060"),
    "nbsp_figures": lambda text, title: _SPACED.sub("\u00a0\\1\u00a0", text),
    "crlf": lambda text, title: text.replace("\n", "\r\n"),
    "cr": lambda text, title: text.replace("\n", "\r"),
    "vertical_tab": lambda text, title: text.replace("\n", "\x0b"),
    "fullwidth": lambda text, title: text.translate(_FW),
    "compat_numbers": _compat,
    "footnote_sup": _glued(_sup),
    "footnote_bracket": _glued(lambda n: f"[{n}]"),
}


def score(modes: list[str]) -> dict[str, dict[str, list[int]]]:
    """Right / predicted / gold per mode and part over every dev passage."""
    totals = {m: {"targets": [0, 0, 0], "assignments": [0, 0, 0]} for m in modes}
    for p in load_passages(ROOT):
        if split_of(p.source) != "dev":
            continue
        for m in modes:
            text = MODES[m](p.text, p.title or "")
            plan = extract_text(text, plan_year=p.plan_year, title=p.title or None)
            got = json.loads(plan.to_json(include_text=False))
            for part, gold, same in (("targets", p.targets, same_target),
                                     ("assignments", p.assignments, same_assignment)):
                predicted = got.get(part) or []
                _, spurious = match_items(gold, predicted, same)
                v = totals[m][part]
                v[0] += len(predicted) - len(spurious)
                v[1] += len(predicted)
                v[2] += len(gold)
    return totals


def _f1(v: list[int]) -> float:
    return 2 * v[0] / (v[1] + v[2]) if v[1] + v[2] else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modes", nargs="*", help="modes to score (default: all; plain is always scored)")
    parser.add_argument("--list", action="store_true", help="print the mode names and stop")
    parser.add_argument("--every", type=int, default=SETTINGS["every"],
                        help="characters between page breaks (default 900)")
    args = parser.parse_args()
    if args.list:
        print(*MODES, sep="\n")
        return
    SETTINGS["every"] = args.every
    unknown = [m for m in args.modes if m not in MODES]
    if unknown:
        parser.error(f"unknown modes: {unknown}")
    modes = ["plain", *[m for m in args.modes if m != "plain"]] if args.modes else list(MODES)
    totals = score(modes)
    plain = {part: _f1(v) for part, v in totals["plain"].items()}
    print(f"{'mode':18} {'targets r/p/g':>18} {'F1':>6} {'gap':>7}  {'assignments r/p/g':>18} {'F1':>6} {'gap':>7}")
    for m in modes:
        cells = []
        for part in ("targets", "assignments"):
            v = totals[m][part]
            cells.append(f"{'/'.join(map(str, v)):>18} {_f1(v):.4f} {_f1(v) - plain[part]:+.4f}")
        print(f"{m:18} " + "  ".join(cells))


if __name__ == "__main__":
    main()
