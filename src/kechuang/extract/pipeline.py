"""The extraction pipeline: text → lines → metadata → headings → assignments → targets → Plan."""

from __future__ import annotations

from pathlib import Path

from kechuang.extract.assignments import extract_assignments
from kechuang.extract.bar_rows import extract_bar_rows
from kechuang.extract.departments import canonical, level_prefix
from kechuang.extract.flat_tables import extract_flat_tables
from kechuang.extract.lines import split_lines
from kechuang.extract.metadata import extract_document
from kechuang.extract.metadata.readthrough import through_readings
from kechuang.extract.model import Assignment, Plan
from kechuang.extract.repeated_units import without_repeated_leads
from kechuang.extract.rules import forget_lines
from kechuang.extract.structure import extract_headings
from kechuang.extract.targets import extract_targets
from kechuang.extract.targets.acceptance import accepted
from kechuang.extract.task_tables import extract_task_tables
from kechuang.extract.unit_marks import without_marks
from kechuang.text.limits import MAX_INFLATED, MAX_RATIO
from kechuang.text.load import MAX_BYTES, Document, load_document
from kechuang.text.normalise import normalise


def extract_text(text: str, plan_year: int | None = None, title: str | None = None,
                 normalised: bool = False) -> Plan:
    """Extract a plan from text; offsets index ``Plan.text``, the normalised form of ``text``.

    ``plan_year`` is the plan's own year when the caller knows it (an excerpt of a plan, a clerk's choice);
    it overrides the year read from the document's date or title (used for 年内 and for durations).
    ``title`` is the page's title when ``text`` is an excerpt without it: it stands for the document's opening
    line (2023年工作要点 dates the targets that state no year) and yields no target itself. ``normalised``: the
    loader has normalised the text already (normalisation is idempotent: doing it twice cost 8 % of a run)."""
    text = text if normalised else normalise(text)
    forget_lines()  # the caches of simplified characters hold this document's lines only
    lines = split_lines(text, clean=True)  # (which lines hold no traditional character: found once, rules.note_clean)
    info, loc, warnings = extract_document(lines, text)
    info = through_readings(info, text, extract_document)  # a field a mirror's readings hid
    if plan_year is not None:
        info.plan_year = plan_year
    headings, paths, heading_warnings = extract_headings(lines, loc.body_start, info.title)
    warnings += heading_warnings
    annotations, table_units, table_lines = extract_task_tables(lines, paths)
    flat_annotations, flat_units, flat_lines = extract_flat_tables(lines, paths, frozenset(table_lines))
    for _, unit in flat_units:
        unit.annotation += len(annotations)
    annotations, table_units, table_lines = annotations + flat_annotations, table_units + flat_units, \
        table_lines | flat_lines
    bar_annotations, bar_units, bar_lines = extract_bar_rows(lines, paths, frozenset(table_lines))
    for _, unit in bar_units:
        unit.annotation += len(annotations)
    annotations, table_units = annotations + bar_annotations, table_units + bar_units
    table_units = without_repeated_leads(text, annotations, table_units)  # a row's lead repeated among its units
    more, found = extract_assignments(lines, paths, loc.body_start, frozenset(table_lines | bar_lines))
    for _, unit in found:
        unit.annotation += len(annotations)
    annotations, found = annotations + more, without_marks(text, table_units + found)  # ☆經信局, …(以下简称…)
    assignments: list[Assignment] = []
    prefix_in: dict[int, str | None] = {}  # the last level prefix seen in each annotation
    for annotation_path, unit in found:
        prefix = prefix_in.get(unit.annotation)
        start, end = unit.start, unit.end
        if text[start:end] != unit.unit:  # a first-unit note cut out before it shifted it (海盐 2022): as printed
            at = text.find(unit.unit, max(0, start - 8), end + 80)  # nearby; a unit a line break split keeps its span
            if at >= 0:
                start, end = at, at + len(unit.unit)
        assignments.append(Assignment(annotation_path, unit.role, unit.unit,
                                      canonical(unit.unit, info.region, prefix), start, end))
        prefix_in[unit.annotation] = level_prefix(unit.unit) or prefix
    for a in assignments:
        if a.path == "":
            warnings.append(f"责任单位“{a.unit}”出现在第一个标题之前,未能归属到任务")
    target_start = loc.title_lines[1] + 1 if loc.title_lines else loc.body_start
    titles = {h.line: h.title_start for h in headings}
    targets = extract_targets(lines, paths, target_start, info.plan_year,
                              [(a.start, a.end) for a in annotations], titles,
                              normalise(title) if title else None, titled=loc.title_lines is not None,
                              located=info.title)
    targets = accepted(targets, text, headings, info.plan_year)  # learned acceptance (off: acceptance.ENABLED)
    if not headings:
        warnings.append("未识别出任何编号标题(一、/(一)/1.)")
    if headings and not assignments:
        warnings.append("未识别出任何责任单位标注")
    return Plan(document=info, headings=headings, assignments=assignments, targets=targets,
                annotations=annotations, warnings=warnings, text=text)


def extract_document_plan(doc: Document) -> Plan:
    plan = extract_text(doc.text, normalised=True)
    plan.warnings = doc.warnings + plan.warnings
    plan.source = {"name": doc.name, "format": doc.format, "encoding": doc.encoding, "sha256": doc.sha256}
    return plan


def extract_plan(source: str | bytes | Path, name: str = "", max_bytes: int = MAX_BYTES,
                 max_inflated: int = MAX_INFLATED, max_ratio: float = MAX_RATIO) -> Plan:
    """Extract a structured plan from a path, the bytes of a file, or the text itself; ``max_inflated`` (bytes)
    and ``max_ratio`` bound what a .docx or PDF may inflate to (zip and Flate bombs are refused)."""
    return extract_document_plan(load_document(source, name, max_bytes, max_inflated, max_ratio))
