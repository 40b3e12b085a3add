"""Where dev's spurious targets and its gold targets stand: the surroundings of reports of work done (round 44,
docs/extraction.md section 4, "Round 44, reports of work done"; targets/passage_mode.py).

    .venv/bin/python scripts/passage_mode.py            # the table of cues, and what the paragraph's mode drops
    .venv/bin/python scripts/passage_mode.py --list     # every target the mode drops, with its paragraph
    .venv/bin/python scripts/passage_mode.py --text     # the same for round 52's reading of the whole text
                                                        # (targets/report_tense.py; the paragraph's mode on in both)

The targets are read with the mode off (``report_spans`` gives nothing), matched as the corpus scorer matches them;
each spurious prediction and each gold target (placed by its quote) is looked at in its sentence, its paragraph (its
line), and its passage with the page's title. Dev only: each passage's split_of is checked before its text is read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import kechuang.extract.targets as targets_module
from kechuang.extract.corpus import load_passages, match_items, same_target, split_of
from kechuang.extract.pipeline import extract_text
from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import passage_mode, report_tense

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
_ENDS = "。！？!?；;\n"
_GOALS = re.compile(r"下一步|明年|力争|计划|预计")
# the surroundings the brief named, by family (simplified characters)
CUES = {
    "review caption (回顾, 成效, 进展, 完成情况, 工作总结, 一年来, 过去五年) in the title or a line above":
        ("above", re.compile(r"回顾|成效|进展|完成情况|工作总结|一年来|过去五年")),
    "a lead of the time gone by (今年以来, 截至, 上半年, 20XX年,)":
        ("paragraph", re.compile(r"今年以来|截至|截止|上半年|前三季度|^\s{0,4}\d{4}\s{0,2}年\s{0,2}[,，]")),
    "a news frame (记者, 据悉, 日前, 近日, 获悉, 据了解)": ("passage", re.compile(r"记者|据悉|日前|近日|获悉|据了解")),
    "completion words (完成, 实现, 达到, 同比, 比上年, 累计, 已) in the sentence":
        ("sentence", re.compile(r"完成|实现|达到|同比|比上年|累计|已")),
    "已 in the paragraph": ("paragraph", re.compile(r"已")),
    "以来, 五年来, 过去 in the paragraph": ("paragraph", re.compile(r"以来|五年来|过去")),
    "a rank reached (居全省第2位) in the paragraph": ("paragraph", re.compile(
        r"(?:位居|居全)[^,，。;；]{0,8}?(?:第[\d一二三四五六七八九十]{1,3}(?:位|名|(?=[,，。;；、]))|前[\d一二三四五六七八九十]{1,2}位)")),
    "goal words (下一步, 明年, 力争, 计划, 预计) in the sentence": ("sentence", _GOALS),
    "goal words (下一步, 明年, 力争, 计划, 预计) in the paragraph": ("paragraph", _GOALS),
}


def _around(text: str, start: int, end: int, ends: str) -> tuple[int, int]:
    a = max(text.rfind(c, 0, start) for c in ends) + 1
    b = min([x for x in (text.find(c, end) for c in ends) if x >= 0] or [len(text)])
    return a, b


def _cues(text: str, title: str, start: int, end: int) -> set[str]:
    out = set()
    sa, sb = _around(text, start, end, _ENDS)
    pa, pb = _around(text, start, end, "\n")
    for name, (level, pattern) in CUES.items():
        where = {"sentence": text[sa:sb], "paragraph": text[pa:pb], "passage": title + "\n" + text,
                 "above": title + "\n" + text[:pa]}[level]
        if pattern.search(where):
            out.add(name)
    return out


WHOLE_TEXT = False  # --text: measure report_tense.reported_text (the text's tense) instead of the paragraph's mode


def _no_spans(text: str, plan_year: int | None = None, goals: bool = False) -> list:
    return []  # the paragraph's mode off (report_spans' signature since review 17)


def _predict(p, mode: bool) -> list[dict]:
    if WHOLE_TEXT:
        targets_module.reported_text = report_tense.reported_text if mode else (lambda lines, found, year: found)
    else:
        targets_module.report_spans = passage_mode.report_spans if mode else _no_spans
    plan = extract_text(p.text, plan_year=p.plan_year, title=p.title or None)
    return json.loads(plan.to_json(include_text=False)).get("targets") or []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="every target the paragraph's mode drops")
    parser.add_argument("--text", action="store_true", help="measure the reading of the whole text (round 52)")
    args = parser.parse_args()
    global WHOLE_TEXT
    WHOLE_TEXT = args.text
    spurious_cues, gold_cues = Counter(), Counter()
    n_spurious = n_gold = empty_spurious = 0
    empty_pages: set[str] = set()
    dropped: dict[bool, list] = {True: [], False: []}  # spurious or right → (page, quote, paragraph)
    by_cue: dict[str, list] = defaultdict(lambda: [0, set()])
    after_cue_gold, after_cue_pages = 0, set()
    for p in load_passages(ROOT):
        if split_of(p.source) != "dev":
            continue
        off = _predict(p, False)
        _missed, spurious = match_items(p.targets, off, same_target)
        text = simplified_all(p.text)
        title = simplified_all(p.title or "")
        n_spurious += len(spurious)
        if not p.targets:
            empty_spurious += len(spurious)
            empty_pages.update([p.source] if spurious else [])
        for q in spurious:
            spurious_cues.update(_cues(text, title, q["start"], q["end"]))
        for g in p.targets:
            at = text.find(simplified_all(g.get("quote") or "\0"))
            if at < 0:
                continue
            n_gold += 1
            gold_cues.update(_cues(text, title, at, at + len(g["quote"])))
            pa, _ = _around(text, at, at, "\n")
            paragraph = text[pa:_around(text, at, at, "\n")[1]]
            if any(a <= at - pa < b for a, b in passage_mode.report_spans(paragraph, p.plan_year)):
                after_cue_gold += 1  # a gold target inside a report span (kept only by its sentence or year)
                after_cue_pages.add(p.source)
        on = _predict(p, True)
        kept_ids = {(q["start"], q["end"], q["quote"]) for q in on}
        spurious_ids = {id(q) for q in spurious}
        for q in off:
            if (q["start"], q["end"], q["quote"]) in kept_ids:
                continue
            pa, pb = _around(text, q["start"], q["end"], "\n")
            dropped[id(q) in spurious_ids].append((p.name, q["quote"], text[pa:pb]))
            cue = None
            for m in re.finditer(passage_mode._REPORT, text[pa:q["start"]]):
                cue = m.group()[:2]
            by_cue[cue or "?"][0] += 1
            by_cue[cue or "?"][1].add(p.source)
    targets_module.report_spans = passage_mode.report_spans
    targets_module.reported_text = report_tense.reported_text
    print(f"dev spurious targets (mode off): {n_spurious}; in passages whose gold holds none: {empty_spurious} "
          f"({len(empty_pages)} pages); gold targets placed by their quote: {n_gold}")
    print(f"{'surroundings':100s} spurious   gold")
    for name in CUES:
        print(f"{name:100s} {spurious_cues[name]:4d} {spurious_cues[name] / n_spurious:4.0%} "
              f"{gold_cues[name]:5d} {gold_cues[name] / max(n_gold, 1):4.0%}")
    right, wrong = dropped[False], dropped[True]
    reading = "the text's reading" if WHOLE_TEXT else "the paragraph's mode"
    print(f"{reading} drops {len(wrong)} spurious ({len({d[0].split('#')[0] for d in wrong})} pages) and "
          f"{len(right)} right targets; gold targets inside a report span, kept by their sentence or year: "
          f"{after_cue_gold} ({len(after_cue_pages)} pages)")
    for cue, (n, pages) in sorted(by_cue.items(), key=lambda kv: -kv[1][0]):
        print(f"  cue {cue}: {n} targets, {len(pages)} pages")
    if args.list:
        for spurious_or_right, rows in dropped.items():
            for name, quote, paragraph in rows:
                print("spurious" if spurious_or_right else "RIGHT", name, quote, "|", paragraph[:160], sep="\t")


if __name__ == "__main__":
    main()
