"""The extraction benchmark's hand-written baseline gives well-formed plans, and the report prints honest ratios."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kechuang.extract.scoring import Counts, score_pair

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import baseline_extract
from baseline import extract

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seeds" / "000_86dab52f44b011b0.txt"
GOLD = ROOT / "tests" / "fixtures" / "gold" / "000_86dab52f44b011b0.json"
PATH = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\([一二三四五六七八九十]{1,3}\)|\d{1,2}|\(\d{1,2}\)|[①-⑳]|第.{1,6})"
                  r"(?:/(?:[一二三四五六七八九十]{1,3}|\([一二三四五六七八九十]{1,3}\)|\d{1,2}|\(\d{1,2}\)|[①-⑳]|第.{1,6}))*$")


def test_baseline_gives_a_well_formed_plan_of_a_seed():
    import json

    plan = extract(SEED.read_text("utf-8"))
    assert plan["format"] == "kechuang.plan/1"
    doc = plan["document"]
    assert set(doc) == {"title", "doc_number", "issuer", "date", "region", "basis"}
    assert doc["title"] == "鞍山市县域创新驱动发展实施方案" and doc["doc_number"] == "鞍政办发〔2018〕61号"
    assert isinstance(doc["issuer"], list) and isinstance(doc["basis"], list)
    assert plan["headings"] and all(PATH.match(h["path"]) and h["title"] for h in plan["headings"])
    assert {"path": "三/(一)", "title": "推动特色优势产业转型升级"} in plan["headings"]
    assert plan["assignments"] and all(a["role"] in {"lead", "responsible", "cooperating"} and a["unit"]
                                       for a in plan["assignments"])
    assert {"path": "三/(一)", "role": "responsible", "unit": "各县〔市〕政府"} in plan["assignments"]
    for t in plan["targets"]:
        assert t["kind"] in {"level", "growth", "multiple", "category"}
        assert isinstance(t["value"], float | int | str) and isinstance(t["recurring"], bool)
        assert t["year"] is None or 1990 <= t["year"] <= 2100
        assert t["quote"] in plan_text() and isinstance(t["indicator"], str)
    # The project's scorer reads it: a strawman would score near nothing on its own seed.
    score = score_pair(json.loads(GOLD.read_text("utf-8")), plan)
    assert score["headings"].f1 > 0.9 and score["assignments"].f1 > 0.9


def plan_text() -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", SEED.read_text("utf-8"))


def test_baseline_reads_chinese_numerals_and_years_of_real_sentences():
    # 到2027年 governs the sentence; 60% and 65% are two targets. Real text, dev split (cq-banan-sbz2023):
    # http://cqbn.gov.cn/zwgk_252/zcwdk/kjcx/202305/t20230530_12009650.html
    text = "到2027年,有研发机构的规上工业企业占比达60%,有研发活动的规上工业企业占比达到65%。"
    got = [(t["indicator"], t["value"], t["unit"], t["year"]) for t in extract(text)["targets"]]
    assert got == [("有研发机构的规上工业企业占比", 60.0, "%", 2027), ("有研发活动的规上工业企业占比", 65.0, "%", 2027)]
    # The seed's 一个 through cn2an; the number comes first, so the indicator is what follows it (up to a bracket).
    got = extract("到2020年,创建一个创新型县(市)。")["targets"]
    assert [(t["value"], t["unit"], t["indicator"], t["year"]) for t in got] == [(1.0, "个", "创新型县", 2020)]


def test_report_prints_both_extractors_and_their_ratios():
    speeds = {"kechuang": [{"seeds": (2.0, 1.9), "corpus": (1.0, 0.9)}, {"seeds": (2.2, 2.0), "corpus": (1.1, 1.0)}],
              "baseline": [{"seeds": (8.0, 7.5), "corpus": (4.4, 4.0)}, {"seeds": (8.8, 8.0), "corpus": (4.0, 3.9)}]}
    parts = {"seeds": dict.fromkeys(baseline_extract.SEED_PARTS), "corpus": dict.fromkeys(baseline_extract.CORPUS_PARTS)}
    scores = {"kechuang": {w: {p: Counts(9, 10, 10) for p in ps} for w, ps in parts.items()},
              "baseline": {w: {p: Counts(3, 10, 10) for p in ps} for w, ps in parts.items()}}
    out = baseline_extract.report(speeds, scores)
    assert "2.20 (2.00)" in out and "8.80 (8.00)" in out  # every run printed
    assert out.count("ratio kechuang/baseline (best against best): 0.25×") == 2  # 2.2/8.8 and 1.1/4.4
    assert out.count("kechuang 0.900") == 7 and out.count("baseline 0.300") == 7 and out.count("ratio 3.00×") == 7
    assert baseline_extract.ratio(1.0, 0.0) == "∞×"
