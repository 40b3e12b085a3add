"""Writes of the projects library: create and edit with the duplicate check (above the threshold the bureau
confirms 不是重复立项 with a reason, recorded as a ``DuplicateReview`` on both projects), dated status moves, the
bureau's decision on a suspect pair. Every write is one transaction, one history entry (kind ``project…``) and
a new data version for the index store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from kechuang.enterprises import name_key
from kechuang.errors import KechuangError
from kechuang.sheets import Column, parse_cell
from kechuang.sheets.cells import CellError
from kechuang.web.accounts.models import Department, Region
from kechuang.web.clock import today as clock_today
from kechuang.web.history.services import change_record
from kechuang.web.libraries import checking, index_store, stored_checks
from kechuang.web.libraries.columns import COLUMN_OF, PROJECT_COLUMNS
from kechuang.web.libraries.models import DuplicateReview, Project, StatusChange
from kechuang.web.libraries.records import LIBRARY

MAX_REASON = 500
ORDER = [s for s, _ in Project.STATUSES if s != Project.TERMINATED]
STATUS_NAMES = dict(Project.STATUSES)
ON_COLUMN = Column("on", "日期", "date")


class DuplicateNeedsReason(KechuangError):
    """Suspects above the threshold and no reason given: nothing was saved (HTTP 409)."""

    def __init__(self, suspects: list[checking.Suspect]) -> None:
        best = suspects[0]
        super().__init__("KC-LIB-DUPLICATE",
                         f"与已有项目“{best.project.title}”({best.project.year}年,{best.project.applicant})相似度 "
                         f"{best.percent},可能重复立项:如确认不是重复立项,请填写理由后再保存。", field="reason")
        self.suspects = suspects


@dataclass
class Saved:
    project: Project
    suspects: list[checking.Suspect] = field(default_factory=list)  # the most similar earlier projects
    reviews: list[DuplicateReview] = field(default_factory=list)


def _field_error(name: str, message: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", message, field=name)


def parse_values(raw: dict) -> dict:
    """The model's values from a form or an API body (text as typed), or a KechuangError naming the field."""
    out = {}
    for column in PROJECT_COLUMNS:
        value = raw.get(column.field)
        if isinstance(value, (list, tuple)) and column.kind != "list":
            value = value[0] if value else None
        try:
            out[column.field] = parse_cell(column, value)
        except CellError as exc:
            raise _field_error(column.field, f"{column.header}:{exc}") from None
    return normalised(out)


def normalised(values: dict) -> dict:
    """Defaults and storage forms of parsed values (a form's or an import row's)."""
    values = dict(values)
    values["applicant_kind"] = values.get("applicant_kind") or "enterprise"
    values["status"] = values.get("status") or Project.APPLIED
    fields = values.get("fields") or ()
    values["fields"] = fields if isinstance(fields, str) else "、".join(fields)
    for key in ("summary", "leader", "department_name", "category", "outputs"):
        values[key] = values.get(key) or ""
    if values.get("budget") is not None and values["budget"] < 0:
        raise _field_error("budget", f"{COLUMN_OF['budget'].header}:不能为负数")
    return values


def year_checked(values: dict, today: date) -> None:
    year = values.get("year")
    if year is None:
        raise _field_error("year", "年度:必填")
    if not 1949 <= year <= today.year + 1:
        raise _field_error("year", f"年度:{year} 不在 1949–{today.year + 1} 之间")


def reason_checked(reason: str | None) -> str:
    reason = " ".join((reason or "").split())
    if len(reason) > MAX_REASON:
        raise _field_error("reason", f"理由过长(最多 {MAX_REASON} 字)")
    return reason


def links(region_id: int, values: dict) -> dict:
    """The funding department (by name or alias in the region) and the applicant enterprise (by name key in the
    region) when one fits."""
    from kechuang.web.enterprises.models import Enterprise

    name = values.get("department_name") or ""
    department = None
    if name:
        for d in Department.objects.filter(region_id=region_id):
            if name == d.name or name in (d.aliases or []):
                department = d
                break
    enterprise = None
    if values.get("applicant_kind") == "enterprise" and values.get("applicant"):
        enterprise = Enterprise.objects.filter(region_id=region_id, name_key=name_key(values["applicant"])).first()
    return {"department": department, "enterprise": enterprise}


def snapshot(project: Project) -> dict:
    out = {}
    for column in PROJECT_COLUMNS:
        value = getattr(project, column.field)
        out[column.header] = column.label_of(value) if column.choices else (value if value not in ("", None) else None)
    if out.get("项目摘要") and len(out["项目摘要"]) > 200:
        out["项目摘要"] = out["项目摘要"][:200] + "…"
    return out


def _reviews(actor, project: Project, suspects: list[checking.Suspect], reason: str, source: str) -> list:
    return DuplicateReview.objects.bulk_create([
        DuplicateReview(project=project, other=s.project, score=s.score, decision=DuplicateReview.NOT_DUPLICATE,
                        reason=reason, source=source, by=actor) for s in suspects])


def _guard(region_id: int, values: dict, reason: str, exclude: int | None = None) -> list[checking.Suspect]:
    """The duplicate check; DuplicateNeedsReason when a suspect is above the threshold and no reason is given.
    Suspects already reviewed with this project do not ask again."""
    suspects = checking.check(region_id, values, exclude)
    pending = checking.above_threshold(suspects)
    if exclude:
        done = set(DuplicateReview.objects.filter(project_id=exclude).values_list("other_id", flat=True))
        pending = [s for s in pending if s.project.pk not in done]
    if pending and not reason:
        raise DuplicateNeedsReason(pending)
    return suspects


def project_create(actor, region: Region, raw: dict, reason: str = "", today: date | None = None,
                   is_demo: bool = False) -> Saved:
    today = today or clock_today()
    values = parse_values(raw)
    year_checked(values, today)
    reason = reason_checked(reason)
    suspects = _guard(region.pk, values, reason)
    with transaction.atomic():
        project = Project.objects.create(region=region, created_by=actor, is_demo=is_demo, status_on=today,
                                         **values, **links(region.pk, values))
        StatusChange.objects.create(project=project, status=project.status, on=today, note="录入", by=actor)
        reviews = _reviews(actor, project, checking.above_threshold(suspects), reason, "entry") if reason else []
        change_record(actor, "project", project.pk, "create", None, snapshot(project))
        for review in reviews:
            change_record(actor, "project-review", project.pk, "create", None,
                          {"相似项目": review.other.title, "相似度": f"{review.score:.0%}", "结论": "不是重复立项",
                           "理由": reason})
        index_store.touch(LIBRARY, region.pk)
        stored_checks.queue([project.pk])
    return Saved(project, suspects, reviews)


def project_update(actor, project: Project, raw: dict, version, reason: str = "",
                   today: date | None = None) -> Saved:
    today = today or clock_today()
    if str(version) != str(project.version):
        raise KechuangError("KC-WEB-CONFLICT", "该项目已被他人修改,请刷新后重新编辑", field="version")
    values = parse_values(raw)
    year_checked(values, today)
    reason = reason_checked(reason)
    values.pop("status")  # the status moves through status_move (dated)
    suspects = _guard(project.region_id, values, reason, exclude=project.pk)
    before = snapshot(project)
    with transaction.atomic():
        locked = Project.objects.select_for_update().get(pk=project.pk)
        if locked.version != project.version:
            raise KechuangError("KC-WEB-CONFLICT", "该项目已被他人修改,请刷新后重新编辑", field="version")
        for key, value in {**values, **links(project.region_id, values)}.items():
            setattr(project, key, value)
        project.version += 1
        project.save()
        done = set(DuplicateReview.objects.filter(project=project).values_list("other_id", flat=True))
        new = [s for s in checking.above_threshold(suspects) if s.project.pk not in done]
        reviews = _reviews(actor, project, new, reason, "entry") if reason else []
        change_record(actor, "project", project.pk, "update", before, snapshot(project))
        index_store.touch(LIBRARY, project.region_id)
        stored_checks.queue([project.pk])
    return Saved(project, suspects, reviews)


def status_move(actor, project: Project, status: str, on: date | str | None, note: str = "",
                today: date | None = None) -> StatusChange:
    """Move forward (申报 → 立项 → 中期 → 验收 → 结题, steps may be skipped) or terminate; never back."""
    today = today or clock_today()
    if status not in STATUS_NAMES:
        raise _field_error("status", f"状态应为:{'、'.join(STATUS_NAMES.values())}")
    try:
        on = parse_cell(ON_COLUMN, on) or today
    except CellError as exc:
        raise _field_error("on", f"日期:{exc}") from None
    if on > today:
        raise _field_error("on", f"日期不能晚于今天:{on}")
    current = project.status
    if current in (Project.CLOSED, Project.TERMINATED):
        raise _field_error("status", f"项目已{STATUS_NAMES[current]},不能再变更状态")
    if status != Project.TERMINATED and ORDER.index(status) <= ORDER.index(current):
        raise _field_error("status", f"状态只能向后推进:当前为“{STATUS_NAMES[current]}”,"
                                     f"不能改为“{STATUS_NAMES[status]}”")
    if project.status_on and on < project.status_on:
        raise _field_error("on", f"日期不能早于当前状态的日期 {project.status_on}")
    note = " ".join((note or "").split())[:300]
    with transaction.atomic():
        project.status, project.status_on = status, on
        project.version += 1
        project.save(update_fields=["status", "status_on", "version", "updated_at"])
        step = StatusChange.objects.create(project=project, status=status, on=on, note=note, by=actor)
        change_record(actor, "project-status", project.pk, "update", {"状态": STATUS_NAMES[current]},
                      {"状态": STATUS_NAMES[status], "日期": on.isoformat(), "说明": note or None})
        index_store.touch(LIBRARY, project.region_id)
    return step


def review_record(actor, project: Project, other: Project, score: float, decision: str, reason: str,
                  source: str = "batch") -> DuplicateReview:
    """The bureau's decision on a pair; a reason is required either way."""
    reason = reason_checked(reason)
    if not reason:
        raise _field_error("reason", "请填写理由")
    if decision not in dict(DuplicateReview.DECISIONS):
        raise _field_error("decision", "结论应为 不是重复立项 或 重复立项")
    with transaction.atomic():
        review = DuplicateReview.objects.create(project=project, other=other, score=score, decision=decision,
                                                reason=reason, source=source, by=actor)
        change_record(actor, "project-review", project.pk, "create", None,
                      {"相似项目": other.title, "相似度": f"{score:.0%}",
                       "结论": review.get_decision_display(), "理由": reason})
    return review
