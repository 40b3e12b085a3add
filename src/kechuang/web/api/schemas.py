"""Request and response shapes of the API."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, ClassVar

from ninja import Schema
from ninja.responses import NinjaJSONEncoder
from ninja.schema import DjangoGetter
from pydantic import ConfigDict, Field, PrivateAttr, TypeAdapter, model_validator
from pydantic import ValidationError as PydanticValidationError

from kechuang.errors import KechuangError

#: A record id as a filter: a number beyond the database's integer range is refused, not sent to the database.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


class StrictIn(Schema):
    """A request body that refuses a field it does not know (400 naming it) instead of dropping it.

    ``answer`` is the matching GET answer's shape: its fields this body does not take are read-only (``echoes``).
    A read-modify-write sends them back; they are taken out of the body, and only the ``compared`` ones (the
    record's stored identity and owner: ``id``, ``region_code``, ``verified`` … per schema) and the body's own
    ``fixed`` ones (taken on create, never written by an update) are checked: the endpoint, once it holds the
    record, calls ``unchanged`` with it, and such a field sent with another value than the record's is refused by
    name (400 KC-API-READ-ONLY), never dropped. The other echoes are derived or live state that other people's
    actions or the calendar change without raising the version (a task's units, percent, light, "已逾期N天"; a
    榜单's records; a save's warnings): accepted as sent, as no write takes them. ``renames`` maps a GET answer's
    name to the body's own (``lead_units`` → ``lead``), so the answer's names can be sent back.
    """

    model_config = ConfigDict(extra="forbid")
    answer: ClassVar[type[Schema] | None] = None
    fixed: ClassVar[frozenset[str]] = frozenset()
    compared: ClassVar[frozenset[str]] = frozenset()  # the answer's stored identity and owner fields
    renames: ClassVar[dict[str, str]] = {}
    echoes: ClassVar[frozenset[str]] = frozenset()  # derived from ``answer`` and ``fixed``
    _echoed: dict = PrivateAttr(default_factory=dict)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs):
        super().__pydantic_init_subclass__(**kwargs)
        shown = set(cls.answer.model_fields) if cls.answer is not None else set()
        stray = (cls.fixed | cls.compared) - shown
        assert not stray, f"{cls.__name__}: fixed or compared fields its answer does not have: {sorted(stray)}"
        cls.echoes = frozenset(shown - set(cls.model_fields) - set(cls.renames)) | cls.fixed

    @model_validator(mode="wrap")
    @classmethod
    def _echoes_and_renames(cls, data, handler):
        if isinstance(data, DjangoGetter) and isinstance(data._obj, dict):  # ninja's second pass wraps the dict
            data = data._obj
        echoed = {}
        if isinstance(data, dict) and (cls.echoes or cls.renames):
            echoed = {k: v for k, v in data.items() if k in cls.echoes}
            data = {k: v for k, v in data.items() if k not in cls.echoes}
            for sent, own in cls.renames.items():
                if sent not in data:
                    continue
                value = data.pop(sent)
                if own in data and data[own] != value:
                    raise ValueError(f"{sent} 与 {own} 是同一字段,两者的值不同,请只给一个")
                data[own] = value
        made = handler(data)
        made._echoed = echoed
        return made

    def unchanged(self, record, stored_version: bool = True) -> None:
        """Refuse the compared fields sent with another value than ``record``'s (the record, or the dict its GET
        answer is built from; None for a new record, which takes none but null), by name. ``stored_version``
        False: the record is not saved yet, so no version sent back can be an old one."""
        checked = self.compared | self.fixed | {"version"}
        sent = {k: v for k, v in self._echoed.items() if k in checked}
        if not stored_version:
            sent.pop("version", None)
        if not sent:
            return  # only writable fields: nothing to compare (the record's answer is not even built)
        if record is None:
            _refuse([k for k, v in sent.items() if v is not None], "新建时不能填写")  # null: left empty
            return
        stored = _as_answered(self.answer, record)
        own = "version" in type(self).model_fields
        version = self.version if own else sent.pop("version", None)
        if version is not None and "version" in stored \
                and not _same(self.answer, "version", version, stored["version"]):
            if own:
                return  # read before someone else saved: the save refuses the old version (409) in its words
            raise KechuangError("KC-WEB-CONFLICT", "该记录已被他人修改,请重新读取后再改", field="version")
        _refuse([k for k, v in sent.items() if not _same(self.answer, k, v, stored.get(k))], "不能修改")


def _refuse(names: list[str], verb: str) -> None:
    if names:
        raise KechuangError("KC-API-READ-ONLY", f"字段只读,{verb}:{'、'.join(names)}(请删去,或照读取时的值原样发回)",
                            field=",".join(names))


def unknown_refused(names: list[str]) -> None:
    """A field the endpoint does not take, refused by name (KC-API-UNKNOWN-FIELD): a body's, or a key of a map it
    takes (a 评分项 of ``scores``) that would otherwise be dropped."""
    if names:
        raise KechuangError("KC-API-UNKNOWN-FIELD", f"请求含有本接口不接受的字段:{'、'.join(names)}"
                            "(请删去或改用文档中的字段名)", field=",".join(names))


def _as_answered(answer: type[Schema], record) -> dict:
    """What the GET answers for ``record``, as its client reads it (ninja's JSON: dates as text, to the ms)."""
    return json.loads(json.dumps(answer.model_validate(record).model_dump(), cls=NinjaJSONEncoder))


@lru_cache(maxsize=256)
def _adapter(answer: type[Schema], name: str) -> TypeAdapter:
    return TypeAdapter(answer.model_fields[name].annotation)


def _same(answer: type[Schema], name: str, sent, stored) -> bool:
    """One value, sent and stored, read as the answer's field type (``"3"`` is 3; any ISO form of a time)."""
    adapter = _adapter(answer, name)
    try:
        return adapter.dump_python(adapter.validate_python(sent), mode="json") == adapter.dump_python(
            adapter.validate_python(stored), mode="json")
    except PydanticValidationError:
        return False


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

    answer: ClassVar[type[Schema]] = TargetOut
    compared: ClassVar[frozenset[str]] = frozenset({"id", "start", "end"})  # the quote's span: read-only


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
    """The GET's names (``lead_units`` …) or the short ones (``lead`` …); the GET's read-only fields unchanged."""

    path: str
    title: str
    lead: list[str] = []
    responsible: list[str] = []
    cooperating: list[str] = []
    deadline: date | None = None
    cycle: str = "monthly"
    due_day: int = 28
    version: int

    answer: ClassVar[type[Schema]] = TaskOut
    # deadline_default, light, light_reason, percent, closed, units, targets: the units' and the calendar's, which
    # change without the task's version (a 签收, a report, a day later "已逾期N天"): accepted as sent
    compared: ClassVar[frozenset[str]] = frozenset({"id", "plan_id"})
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
    version: int  # raised by an alias added or the members set: a PUT of an older copy is a 409


class MembersIn(StrictIn):
    """The ids, or the collective as ``GET /departments`` lists it with its ``members`` changed."""

    members: list[int]
    remove_signed: bool = False  # take out members that signed tasks through the collective (their 签收 goes)
    version: int | None = None  # the one the GET showed: the locked save refuses another (409)

    answer: ClassVar[type[Schema]] = DepartmentOut
    compared: ClassVar[frozenset[str]] = frozenset({"id", "name", "aliases", "is_collective", "region_code"})


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
