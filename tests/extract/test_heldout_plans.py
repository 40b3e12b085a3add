"""Whole real plans, annotated by hand before the extractor ever ran on them, scored with the reference scorer.

Each `tests/fixtures/heldout/plans/<name>.txt` is a plan as found (source and decisions in the folder's README);
`<name>.json` is its full `kechuang.plan/1` gold: document, every heading with its path, every assignment and
target with the path of the heading it belongs to. This is the only measure of headings on real text other than
the seeds, and of assignments and targets with their paths. The gates are the figures first reached (out of
sample for the plans not held by the corpus): they may rise, never fall.
"""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from kechuang.extract import extract_plan
from tests.conftest import FIXTURES

PLANS = FIXTURES / "heldout" / "plans"
NAMES = sorted(p.stem for p in PLANS.glob("*.json"))
PARTS = ("document", "headings", "assignments", "targets")
KINDS = {"level", "growth", "multiple", "category", "rank", "increase"}
ROLES = {"lead", "responsible", "cooperating"}
# Micro F1 per part over all plans, each plan scored at its first run (see README.md); raise them, never lower them.
# Round 14 (ext-notice: a numbered line is never a title, a notice's own broken title): document 0.875 -> 0.9375
# (30/33/31), headings 0.955 -> 1.000 (128/128/128); no longer out of sample for that family (see README.md).
# The eleven Shanghai district plans (level "district", annotated 2026-12-02 before the extractor ever ran on them) are
# gated on their own at their first run: the first seven document 0.9444, headings 0.9978, assignments 0.9682,
# targets 0.5789; all eleven (four more annotated after the first seven were scored) 0.9333 / 0.9945 / 0.8966 /
# 0.6364 — two attachment tables of 推进单位 columns read as nothing (静安 卓越城区, 61 units) and planning tables'
# cells (嘉定 海绵城市, 奉贤 公园城市) weigh most.
GATES = {
    # trec2 (round 25d, zero.py: a target of zero in words, written from dev corpus pages): national targets 0.869 -> 0.893.
    "national": {"document": 0.937, "headings": 1.0, "assignments": 1.0, "targets": 0.893},
    "district": {"document": 0.933, "headings": 0.994, "assignments": 0.903, "targets": 0.636},
    # Two plans of other provinces (2026-12-02 evening, annotated before the extractor ran; first run on a255aad):
    # 包头 2022 考评办法, whose 90 tasks sit in an attachment that numbers again from 一 (`附件/一/…` in the gold) under
    # tails `（…，牵头考核单位：…）` — the extractor reads the attachment's headings on under the body's and none of its
    # tails; 安徽 2022 RCEP 实施意见, a provincial plan with `（X牵头，Y配合）` tails.
    # attach (2026-12-02, test_attachments.py, rules from gov.cn plans outside the held-out lists): an attachment
    # that numbers again from 一 is a tree of its own under 附件 — city headings 0.063 -> 1.000 (132/132/132); the
    # 牵头考核单位 tails still read as nothing (no document outside the held-out lists showed them).
    # trec2 (round 25c, set_share.py: a share of a set before its verb of reaching, written from dev corpus pages): city
    # targets 0.434 -> 0.500.
    # labels41 (session 41, label_words.py: a label read by its grammar — qualifier, role word, link word, unit noun —
    # from dev compounds 牵头责任单位, 协同责任单位, 牵头负责部门, 主要责任单位): the 牵头考核单位 tails are read, city
    # assignments 0.0 -> 1.0, district 0.896 -> 0.903. The label was named here since 2026-12-02 and the grammar's verb
    # slot (考核 among its link words) has no dev page: this family is no longer out of sample.
    "city": {"document": 1.0, "headings": 1.0, "assignments": 1.0, "targets": 0.5},
    "province": {"document": 0.8, "headings": 1.0, "assignments": 1.0, "targets": 0.333},
    # Three plans of provinces the set lacked (2026-12-03, wholeplans; annotated before the extractor ran, first run on
    # 4307f7c): "prefecture" — 广州 2012 人才集聚工程 实施意见 (45 numbered projects, 146 tail rows, 66 targets; the issue's
    # own unseen plan, two of its shapes are quoted in the spec) and 阿坝州 2021 政务数据资源管理暂行办法 (9 chapters,
    # 49 articles, each chapter printed on one line with its first article, which the extractor reads as one title);
    # "municipality" — 北京市经信局 2022 数据专区 指导意见 (31 headings, no tails, no targets).
    # articles (round 37, a chapter printed with its first article on one line, written after this first run showed the
    # shape; from a dev opening and dev regulations rejoined): prefecture headings 0.621 -> 1.000, no longer out of sample.
    "prefecture": {"document": 0.947, "headings": 1.0, "assignments": 1.0, "targets": 0.952},
    "municipality": {"document": 1.0, "headings": 1.0, "assignments": 1.0, "targets": 1.0},
}


def _reference():
    spec = importlib.util.spec_from_file_location("score_plan", FIXTURES / "tools" / "score_plan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(name: str) -> dict:
    return json.loads((PLANS / f"{name}.json").read_text("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_gold_is_consistent_with_its_text(name):
    """Quotes are exact substrings, kinds and roles valid, every path a listed heading, headings unique."""
    gold, text = _gold(name), (PLANS / f"{name}.txt").read_text("utf-8")
    assert gold["source"].startswith("http") and gold["via"], name
    paths = [h["path"] for h in gold["headings"]]
    assert len(paths) == len(set(paths)), f"{name}: a heading path is listed twice"
    for h in gold["headings"]:
        token = h["path"].rsplit("/", 1)[-1]
        assert h["title"] and h["title"] in text, f"{name}: heading {h} not in the text"
        assert re.fullmatch(r"[一二三四五六七八九十]+|\([一二三四五六七八九十]+\)|\d+|\(\d+\)|第.+", token), h
    for a in gold["assignments"]:
        assert a["role"] in ROLES and a["unit"] in text and a["path"] in paths, f"{name}: {a}"
    for t in gold["targets"]:
        assert t["kind"] in KINDS and t["quote"] in text and t["path"] in [*paths, ""], f"{name}: {t}"


def micro_scores(folder, parts, level: str | None = None) -> dict:
    """Micro P/R/F1 per part, by the reference scorer, of the extractor on every ``<name>.txt`` of ``folder`` against
    its ``<name>.json`` gold (whole plans here, notices in test_heldout_notices.py); ``level``: only the plans of
    that level (their gold's ``level``)."""
    ref = _reference()
    totals = {part: [0, 0, 0] for part in parts}
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        if level is not None and gold.get("level") != level:
            continue
        pred = json.loads(extract_plan(gold_path.with_suffix(".txt")).to_json(include_text=False))
        for part in parts:
            totals[part] = [a + b for a, b in zip(totals[part], ref.SCORERS[part](gold, pred), strict=True)]
    return {part: ref.prf(*totals[part]) for part in parts}


@pytest.fixture(scope="module")
def scores():
    return {level: micro_scores(PLANS, PARTS, level) for level in GATES}


def test_every_plan_is_of_a_gated_level():
    assert {_gold(name).get("level") for name in NAMES} == set(GATES)


@pytest.mark.parametrize("level", sorted(GATES))
@pytest.mark.parametrize("part", PARTS)
def test_micro_f1_holds_its_gate(scores, level, part):
    assert scores[level][part]["f1"] >= GATES[level][part], f"{level} {part}: {scores[level][part]}"
