"""The structured plan (``kechuang.plan/1``) as dataclasses. Offsets index ``Plan.text``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = "kechuang.plan/1"


@dataclass
class DocumentInfo:
    title: str | None = None
    doc_number: str | None = None
    issuer: list[str] = field(default_factory=list)
    date: str | None = None
    region: str | None = None
    basis: list[str] = field(default_factory=list)
    # Extras beyond the plan/1 contract.
    notice_title: str | None = None
    publish_date: str | None = None
    plan_year: int | None = None
    spans: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class Heading:
    path: str
    title: str
    token: str
    level: int
    line: int  # index of the heading's line in the text
    start: int  # the heading line
    end: int
    title_start: int
    title_end: int


@dataclass
class Annotation:
    path: str
    text: str
    start: int
    end: int


@dataclass
class Assignment:
    path: str
    role: str
    unit: str
    canonical: str
    start: int
    end: int


@dataclass
class Target:
    indicator: str
    kind: str
    value: float | int | str
    unit: str | None
    year: int | None
    recurring: bool
    quote: str
    path: str
    start: int
    end: int
    base_year: int | None = None
    comparator: str | None = None  # 以上 / 以下 / 超过 / 不低于 ...
    value_max: float | int | None = None  # the upper bound of a range (1~2所, 5%—10%)
    reader: str | None = field(default=None, compare=False)  # what made it: a feature of acceptance.py, no output


@dataclass
class Plan:
    document: DocumentInfo
    headings: list[Heading] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    text: str = ""
    source: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        targets = []
        for t in self.targets:
            d = asdict(t)
            if d["base_year"] is None:
                del d["base_year"]
            if d["value_max"] is None:
                del d["value_max"]
            del d["reader"]
            if isinstance(d["value"], float) and d["value"].is_integer():
                d["value"] = int(d["value"])
            targets.append(d)
        source = dict(self.source)
        if include_text:
            source["text"] = self.text
        return {
            "format": FORMAT,
            "document": asdict(self.document),
            "headings": [asdict(h) for h in self.headings],
            "assignments": [asdict(a) for a in self.assignments],
            "targets": targets,
            "annotations": [asdict(a) for a in self.annotations],
            "warnings": list(self.warnings),
            "source": source,
        }

    def to_json(self, include_text: bool = True, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)

    def tasks(self) -> list[dict[str, Any]]:
        """One row per heading that carries an assignment or a target (the 任务分解表 rows)."""
        rows: dict[str, dict[str, Any]] = {}
        titles = {h.path: h.title for h in self.headings}
        for h in self.headings:
            rows.setdefault(h.path, {"path": h.path, "title": h.title, "lead": [], "responsible": [],
                                     "cooperating": [], "targets": []})
        for a in self.assignments:
            row = rows.setdefault(a.path, {"path": a.path, "title": titles.get(a.path, ""), "lead": [],
                                           "responsible": [], "cooperating": [], "targets": []})
            if a.unit not in row[a.role]:
                row[a.role].append(a.unit)
        for t in self.targets:
            row = rows.setdefault(t.path, {"path": t.path, "title": titles.get(t.path, ""), "lead": [],
                                           "responsible": [], "cooperating": [], "targets": []})
            row["targets"].append(t)
        return [r for r in rows.values() if r["lead"] or r["responsible"] or r["cooperating"] or r["targets"]]
