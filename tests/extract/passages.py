"""Helpers of the extraction tests: a passage of the real corpus by file and index, what the extractor assigns, and
the score of a held-out list of target pages."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from kechuang.extract import extract_text

PASSAGES = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "passages"


def passage(name: str, k: int) -> str:
    """The text of passage ``k`` of ``tests/fixtures/real/passages/<name>.json``."""
    return json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))["passages"][k]["text"]


def quoted(name: str, text: str) -> bool:
    """Whether ``text`` stands verbatim in a passage of ``tests/fixtures/real/passages/<name>.json``."""
    page = json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))
    return any(text in p["text"] for p in page["passages"])


def rows(text: str) -> list[tuple[str, str]]:
    """(role, unit) of every assignment the extractor reads in ``text``."""
    return [(a.role, a.unit) for a in extract_text(text).assignments]


TARGET_KEYS = ("indicator", "kind", "value", "unit", "year", "recurring")


def held_out_counts(path: Path) -> tuple[int, int, int]:
    """(found, predicted, gold) over the target pages of a held-out list (address, plan_year, text, targets), matched
    as the corpus scorer matches them."""
    from kechuang.extract.corpus import match_items
    from kechuang.extract.scoring import same_target

    found = predicted = gold_count = 0
    for page in yaml.safe_load(path.read_text("utf-8")):
        assert page["address"].startswith("http")
        pred = [{k: getattr(t, k) for k in TARGET_KEYS}
                for t in extract_text(page["text"], plan_year=page["plan_year"]).targets]
        missed, _spurious = match_items(page["targets"], pred, same_target)
        found += len(page["targets"]) - len(missed)
        predicted += len(pred)
        gold_count += len(page["targets"])
    return found, predicted, gold_count


def held_out_f1(path: Path) -> float:
    """Micro F1 of the extractor's targets over a held-out list of target pages."""
    found, predicted, gold_count = held_out_counts(path)
    precision, recall = found / predicted if predicted else 0.0, found / gold_count
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


HELD_OUT_TAILS = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "tails.yaml"


def held_out_tails_f1(round_: int) -> tuple[float, int, int, int]:
    """(F1, found, predicted, gold) over the held-out tails of one round (``round: N`` in heldout/tails.yaml), units
    matched by role and name as printed."""
    from collections import Counter

    found = predicted = gold = 0
    for case in yaml.safe_load(HELD_OUT_TAILS.read_text("utf-8")):
        if case.get("round") != round_:
            continue
        assert case["address"].startswith("http")
        pred = Counter(rows(case["text"]))
        want = Counter((a["role"], a["unit"]) for a in case["assignments"])
        found += sum((pred & want).values())
        predicted += sum(pred.values())
        gold += sum(want.values())
    return 2 * found / (predicted + gold), found, predicted, gold


def target_rows(text: str, plan_year: int | None = None, title: str | None = None) -> list[tuple]:
    """(indicator, kind, value, unit, year) of every target the extractor reads in ``text`` (under ``title``)."""
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


def target_values(text: str, plan_year: int | None = None) -> list:
    """The value of every target the extractor reads in ``text``."""
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def target_value_set(text: str, plan_year: int | None = None) -> set:
    """The values the extractor reads in ``text``, as a set (for tests that a value is or is not read)."""
    return set(target_values(text, plan_year))


def held_out_hosts(path: Path) -> tuple[list[dict], set[str], list[str]]:
    """The pages of a held-out list, their hosts, and the hosts that the corpus (SOURCES.md) or another held-out list
    already holds (empty for a list of new hosts)."""
    pages = yaml.safe_load(path.read_text("utf-8"))
    corpus = (path.parent.parent / "real" / "SOURCES.md").read_text("utf-8")
    others = "".join(p.read_text("utf-8") for p in path.parent.rglob("*.yaml") if p != path)
    hosts = {page["address"].split("/")[2] for page in pages}
    return pages, hosts, [host for host in hosts if host in corpus or host in others]


HELD_OUT_YEARS = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "years.yaml"
_YEARS_BODY = "新增高新技术企业10家。"  # one undated commitment: its year is the one the title or lead-in gives


def held_out_year(case: dict) -> int | str | None:
    """The year the extractor gives an undated item under a held-out title or lead-in (heldout/years.yaml), or
    ``"history"`` when it reads the item as no target."""
    if case["shape"] == "title":
        plan = extract_text(_YEARS_BODY, plan_year=case["plan_year"], title=case["text"])
    else:  # a lead paragraph under a title that names no year
        plan = extract_text(case["text"] + "\n" + _YEARS_BODY, plan_year=case["plan_year"], title="工作动态")
    found = [t for t in plan.targets if t.value == 10 and "高新技术企业" in t.indicator]
    return found[0].year if found else "history"


def held_out_years(path: Path = HELD_OUT_YEARS) -> list[tuple[dict, int | str | None]]:
    """Every case of a held-out list of titles and lead-ins (heldout/years.yaml) with the year the extractor reads."""
    cases = yaml.safe_load(path.read_text("utf-8"))
    assert all(case["source"].startswith("http") for case in cases)
    return [(case, held_out_year(case)) for case in cases]
