"""Request and response shapes of the API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, ClassVar

from ninja import Schema
from ninja.schema import DjangoGetter
from pydantic import ConfigDict, Field, model_validator

#: A record id as a filter: a number beyond the database's integer range is refused, not sent to the database.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


class StrictIn(Schema):
    """A request body that refuses a field it does not know (400 naming it) instead of dropping it.

    ``echoes`` are the read-only fields of the matching GET answer: a read-modify-write sends them back, and they
    are accepted and ignored. ``renames`` maps a GET answer's name to the body's own (``lead_units`` → ``lead``),
    so the answer's names can be sent back as they are.
    """

    model_config = ConfigDict(extra="forbid")
    echoes: ClassVar[frozenset[str]] = frozenset()
    renames: ClassVar[dict[str, str]] = {}

    @model_validator(mode="before")
    @classmethod
    def _echoes_and_renames(cls, data):
        if isinstance(data, DjangoGetter) and isinstance(data._obj, dict):  # ninja's second pass wraps the dict
            data = data._obj
        if not isinstance(data, dict) or not (cls.echoes or cls.renames):
            return data
        data = {k: v for k, v in data.items() if k not in cls.echoes}
        for sent, own in cls.renames.items():
            if sent not in data:
                continue
            value = data.pop(sent)
            if own in data and data[own] != value:
                raise ValueError(f"{sent} 与 {own} 是同一字段,两者的值不同,请只给一个")
            data[own] = value
        return data


def unsent_kept(body: Schema, record, names: tuple[str, ...]) -> dict:
    """The body's fields, with those of ``names`` it left out taken from ``record``.

    For the fields a GET answer does not show (contacts, a note): a body built from the answer leaves them out,
    and a default would wipe them.
    """
    data = body.model_dump()
    return data | {n: getattr(record, n) for n in names if n not in body.model_fields_set}


class ErrorBody(Schema):
    code: str
    message: str
    context: dict[str, str] = {}


class ErrorOut(Schema):
    error: ErrorBody


class PlanOut(Schema):
    id: int
    title: str
    doc_number: str
    region: str
    region_code: str
    status: str
    version: int
    source_name: str
    created_at: datetime
    confirmed_at: datetime | None
    archived_at: datetime | None = None
    # On upload and read of one plan: the document names another region; the same document is already there.
    region_warning: str | None = None
    duplicate_ids: list[int] = []


class TargetOut(Schema):
    id: int
    indicator: str
    kind: str
    value: str
    unit: str
    year: int | None
    quote: str
    start: int | None
    end: int | None
    version: int = 1


class TargetIn(StrictIn):
    indicator: str
    kind: str = "level"
    value: str | float
    unit: str = ""
    year: int | str | None = None
    quote: str = ""


class TargetPatch(StrictIn):
    """Only the fields sent are changed; ``version`` is the one read (a newer one means someone else saved)."""

    indicator: str | None = None
    kind: str | None = None
    value: str | float | None = None
    unit: str | None = None
    year: int | str | None = None
    quote: str | None = None
    version: int

    echoes: ClassVar[frozenset[str]] = frozenset({"id", "start", "end"})


class UnitOut(Schema):
    """One unit on the task: its own light and progress (lights are per unit; the task takes the worst)."""

    department_id: int
    department: str
    role: str
    light: str | None = None
    light_reason: str = ""
    percent: int | None = None
    status: str
    acknowledged_at: datetime | None = None
    missing: bool = False


class TaskOut(Schema):
    id: int
    plan_id: int
    path: str
    title: str
    lead_units: list[str]
    responsible_units: list[str]
    cooperating_units: list[str]
    deadline: date | None
    deadline_default: str = ""  # why the deadline is a default (按方案目标年份…), "" when the plan states it
    cycle: str
    due_day: int
    version: int
    light: str | None = None
    light_reason: str | None = None
    percent: int | None = None
    closed: bool = False
    units: list[UnitOut] = []
    targets: list[TargetOut] = []


class PlanDetailOut(PlanOut):
    warnings: list[str]
    tasks: list[TaskOut]


class TaskIn(StrictIn):
    """The GET's names (``lead_units`` …) or the short ones (``lead`` …); the GET's read-only fields are ignored."""

    path: str
    title: str
    lead: list[str] = []
    responsible: list[str] = []
    cooperating: list[str] = []
    deadline: date | None = None
    cycle: str = "monthly"
    due_day: int = 28
    version: int

    echoes: ClassVar[frozenset[str]] = frozenset({
        "id", "plan_id", "deadline_default", "light", "light_reason", "percent", "closed", "units", "targets"})
    renames: ClassVar[dict[str, str]] = {
        "lead_units": "lead", "responsible_units": "responsible", "cooperating_units": "cooperating"}


class VersionIn(StrictIn):
    version: int


class ConfirmIn(VersionIn):
    acknowledge_region: bool = False  # the document names another region and the clerk checked it
    acknowledge_unassigned: bool = False  # tasks that name no unit stay unassigned for now (确认这些任务暂不分派)


class AssignmentOut(Schema):
    id: int
    task_id: int
    department_id: int
    department: str
    role: str


class DepartmentIn(StrictIn):
    name: str
    aliases: list[str] = []
    is_collective: bool = False


class DepartmentOut(Schema):
    id: int
    name: str
    aliases: list[str]
    is_collective: bool
    region_code: str
    members: list[int] = []  # a collective's member departments (ids); [] for a plain one or one still to set


class MembersIn(StrictIn):
    members: list[int]
    remove_signed: bool = False  # take out members that signed tasks through the collective (their 签收 goes)


class ReportOut(Schema):
    id: int
    task_id: int
    department_id: int
    period: str
    text: str
    percent: int
    status: str
    review_comment: str
    submitted_at: datetime
    reviewed_at: datetime | None
    values: dict[str, float] = {}
    attachments: list[str] = []


class ReviewIn(StrictIn):
    comment: str = ""
