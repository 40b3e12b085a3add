"""API of 揭榜挂帅: the 榜单 a user may see, one 榜单 with its steps, targets and timeline, a new call, the 榜单 draft,
advancing a step, the teams' applications (multipart, with the files), 形式审查, an expert's assignments,
declarations and scores, the ranking and the winner, the 任务书, milestones and 验收. Same services and
permissions as the pages (kechuang.web.challenges); amounts are 万元 as decimal text."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from ninja import File, Form, Router, Schema, Status, UploadedFile

from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import can_manage_region, region_id_of, role_of
from kechuang.web.challenges import delivery, entries, flow, review, selectors
from kechuang.web.challenges.models import Application, Assignment, Challenge, Milestone
from kechuang.web.challenges.pages import records_for
from kechuang.web.clock import today
from kechuang.web.supervision.services import Evidence
from kechuang.web.vouchers.money import wan

from .pages import page_rows
from .schemas import ErrorOut, StrictIn, unknown_refused

router = Router(tags=["challenges"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 413: ErrorOut}
LIMIT = 500  # rows per answer; ?after= pages on (api/pages.py, as the other libraries' lists)


class TargetOut(Schema):
    name: str
    unit: str
    direction: str
    promised: float
    achieved: float | None = None
    met: bool | None = None


class RecordOut(Schema):
    on: date
    step: str
    action: str
    note: str
    actor: str


class ChallengeOut(Schema):
    id: int
    title: str
    region: str
    field: str
    step: str
    step_name: str
    budget: str
    term_months: int | None = None
    apply_until: date | None = None
    notice_until: date | None = None
    results_until: date | None = None
    winner_id: int | None = None
    is_demo: bool


class ChallengeDetailOut(ChallengeOut):
    problem: str
    conditions: str
    targets: list[TargetOut]
    records: list[RecordOut]


class ApplicationOut(Schema):
    id: int
    challenge_id: int
    institution: str
    lead: str
    members: list[str]
    status: str
    screen_reason: str
    files: list[str]
    applied_at: datetime


class AdvanceIn(StrictIn):
    note: str = ""


class ScreenIn(StrictIn):
    passed: bool
    reason: str = ""


class AssignmentOut(Schema):
    id: int
    application_id: int
    challenge_id: int
    institution: str
    conflicted: bool | None = None
    scores: dict[str, float]


class DeclareIn(StrictIn):
    conflicted: bool
    note: str = ""


class ScoresIn(StrictIn):
    scores: dict[str, str | float | int]
    comment: str = ""


class RankOut(Schema):
    application_id: int
    institution: str
    rank: int | None = None
    mean: float | None = None
    experts: int
    excluded: int
    tied: bool


def _out(c: Challenge) -> dict:
    return {"id": c.pk, "title": c.title, "region": c.region.name, "field": c.field, "step": c.step,
            "step_name": c.get_step_display(), "budget": wan(c.budget), "term_months": c.term_months,
            "apply_until": c.apply_until, "notice_until": c.notice_until, "results_until": c.results_until,
            "winner_id": c.winner_id, "is_demo": c.is_demo}


def _app_out(a: Application) -> dict:
    return {"id": a.pk, "challenge_id": a.challenge_id, "institution": a.institution, "lead": a.lead,
            "members": a.members, "status": a.status, "screen_reason": a.screen_reason,
            "files": [f.name for f in a.files.all()], "applied_at": a.applied_at}


def _assignment_out(a: Assignment) -> dict:
    return {"id": a.pk, "application_id": a.application_id, "challenge_id": a.application.challenge_id,
            "institution": a.application.institution, "conflicted": a.conflicted,
            "scores": {s.criterion: s.value for s in a.scores.all()}}


def _challenge(request, pk: int) -> Challenge:
    return selectors.challenge_for_user(request.user, pk)


@router.get("/challenges", response={200: list[ChallengeOut], **ERRORS}, summary="揭榜挂帅榜单")
def challenge_list(request, response: HttpResponse = None):
    if not selectors.can_use_challenges(request.user):
        raise PermissionDenied
    rows = selectors.challenges_visible(request.user)
    return [_out(c) for c in page_rows(request, response, rows, LIMIT)]


@router.get("/challenges/{challenge_id}", response={200: ChallengeDetailOut, **ERRORS}, summary="一张榜单及其过程记录")
def challenge_read(request, challenge_id: int):
    return _detail(request.user, _challenge(request, challenge_id))


def _detail(user, c: Challenge) -> dict:
    records = records_for(user, c, selectors.can_read_all(user, c))
    return {**_out(c), "problem": c.problem, "conditions": c.conditions,
            "targets": [{"name": t.name, "unit": t.unit, "direction": t.direction, "promised": t.promised,
                         "achieved": t.achieved, "met": t.met} for t in c.targets.all()],
            "records": [{"on": r.on, "step": r.step, "action": r.action, "note": r.note,
                         "actor": (r.actor.get_full_name() or r.actor.username) if r.actor else ""} for r in records]}


@router.post("/challenges/{challenge_id}/advance", response={200: ChallengeOut, **ERRORS},
             summary="结束当前环节,进入下一环节(科技局)")
def challenge_advance(request, challenge_id: int, body: AdvanceIn):
    return _out(flow.advance(request.user, _challenge(request, challenge_id), today(), body.note))


@router.get("/challenges/{challenge_id}/applications", response={200: list[ApplicationOut], **ERRORS},
            summary="揭榜申报(企业只见本企业的)")
def application_list(request, challenge_id: int):
    c = _challenge(request, challenge_id)
    return [_app_out(a) for a in selectors.applications_for(request.user, c)]


@router.post("/challenges/{challenge_id}/applications", response={201: ApplicationOut, **ERRORS},
             summary="揭榜申报(附件为 PDF 或图片)")
def application_submit(request, challenge_id: int, lead: str = Form(...), plan: str = Form(...),
                       members: str = Form(""), institution: str = Form(""),
                       enterprise_id: int | None = Form(None), files: list[UploadedFile] = File(None)):  # noqa: B008
    c = _challenge(request, challenge_id)
    data = entries.ApplicationInput(institution=institution, lead=lead, members=members, plan=plan,
                                    files=[Evidence(f.name, f.read()) for f in (files or [])],
                                    enterprise_id=enterprise_id)
    return Status(201, _app_out(entries.application_submit(request.user, c, data, today())))


@router.post("/challenge-applications/{application_id}/screen", response={200: ApplicationOut, **ERRORS},
             summary="形式审查")
def application_screen(request, application_id: int, body: ScreenIn):
    app = selectors.application_for_user(request.user, application_id)
    return _app_out(entries.application_screen(request.user, app, body.passed, body.reason, today()))


@router.get("/challenges/{challenge_id}/ranking", response={200: list[RankOut], **ERRORS},
            summary="评审排名(不含回避专家)")
def ranking(request, challenge_id: int):
    c = _challenge(request, challenge_id)
    if not selectors.can_read_all(request.user, c):
        raise PermissionDenied
    return [{"application_id": app.pk, "institution": app.institution, "rank": row.rank, "mean": row.mean,
             "experts": row.experts, "excluded": row.excluded, "tied": row.tied}
            for row, app in selectors.ranking(c)]


@router.get("/challenge-reviews", response={200: list[AssignmentOut], **ERRORS}, summary="我的评审任务(专家)")
def my_reviews(request):
    if role_of(request.user) != Role.EXPERT:
        raise PermissionDenied
    return [_assignment_out(a) for a in selectors.assignments_of(request.user)]


@router.post("/challenge-reviews/{assignment_id}/declare", response={200: AssignmentOut, **ERRORS},
             summary="声明利益冲突(专家本人,一次)")
def declare(request, assignment_id: int, body: DeclareIn):
    a = selectors.assignment_for_expert(request.user, assignment_id)
    return _assignment_out(review.declare(request.user, a, body.conflicted, body.note, today()))


@router.post("/challenge-reviews/{assignment_id}/scores", response={200: AssignmentOut, **ERRORS},
             summary="评分(每个评分项)")
def scores(request, assignment_id: int, body: ScoresIn):
    a = selectors.assignment_for_expert(request.user, assignment_id)
    criteria = {c.key for c in selectors.rules().criteria}
    unknown_refused([f"scores.{k}" for k in body.scores if k not in criteria])  # never dropped
    data = review.SheetInput({k: str(v) for k, v in body.scores.items()}, body.comment)
    return _assignment_out(review.score(request.user, a, data, today()))


class CreateIn(StrictIn):
    title: str
    field: str = ""
    problem: str = ""


class TargetIn(StrictIn):
    name: str
    value: str | float | int
    unit: str
    direction: str = "ge"

    answer: ClassVar[type[Schema]] = TargetOut
    compared: ClassVar[frozenset[str]] = frozenset({"achieved", "met"})  # null on a 榜单 being drafted
    renames: ClassVar[dict[str, str]] = {"promised": "value"}  # the GET's name


class DraftIn(StrictIn):
    """The 榜单 as ``GET /challenges/{id}`` answers it (region, step, winner_id, records … read-only) or just these."""

    title: str
    field: str = ""
    problem: str
    conditions: str
    budget: str | float | int
    term_months: str | int
    apply_until: str
    targets: list[TargetIn]

    answer: ClassVar[type[Schema]] = ChallengeDetailOut
    # step_name, records, notice_until, results_until: the steps' (others' actions), accepted as sent; the step
    # and the winner are compared (only a 榜单 being drafted is drafted: its step is 凝练, its winner none)
    compared: ClassVar[frozenset[str]] = frozenset({"id", "region", "step", "winner_id", "is_demo"})


class AwardIn(StrictIn):
    application_id: int
    reason: str = ""


class MilestoneIn(StrictIn):
    title: str
    due_on: str
    deliverable: str
    amount: str | float | int


class ContractIn(StrictIn):
    signed_on: str
    starts_on: str
    milestones: list[MilestoneIn]


class AssessIn(StrictIn):
    passed: bool
    evidence: str


class ReleaseIn(StrictIn):
    released_on: str


class AcceptIn(StrictIn):
    achieved: dict[str, str | float | int]  # target index (1, 2 … as listed) → achieved value
    note: str


@router.post("/challenges", response={201: ChallengeOut, **ERRORS}, summary="发起需求征集(科技局)")
def challenge_create(request, body: CreateIn):
    region_id = region_id_of(request.user)
    if region_id is None or not can_manage_region(request.user, region_id):
        raise PermissionDenied
    made = entries.challenge_create(request.user, Region.objects.get(pk=region_id), body.title, body.field,
                                    body.problem, today())
    return Status(201, _out(made))


@router.put("/challenges/{challenge_id}/draft", response={200: ChallengeOut, **ERRORS}, summary="榜单凝练(科技局)")
def challenge_draft(request, challenge_id: int, body: DraftIn):
    c = _challenge(request, challenge_id)
    flow.require(request.user, c, "draft")  # who may draft first: only then is what was sent compared
    body.unchanged(_detail(request.user, c))
    for target in body.targets:
        target.unchanged(None)  # the 榜单's targets are replaced by new ones: nothing achieved yet
    data = entries.DraftInput(title=body.title, field=body.field, problem=body.problem, conditions=body.conditions,
                              budget=str(body.budget), term_months=body.term_months, apply_until=body.apply_until,
                              targets=[entries.TargetInput(t.name, str(t.value), t.unit, t.direction)
                                       for t in body.targets])
    return _out(entries.draft_update(request.user, c, data, today()))


@router.post("/challenges/{challenge_id}/award", response={200: ChallengeOut, **ERRORS}, summary="确定揭榜方(科技局)")
def challenge_award(request, challenge_id: int, body: AwardIn):
    c = _challenge(request, challenge_id)
    app = selectors.application_for_user(request.user, body.application_id)
    if app.challenge_id != c.pk:
        raise Http404
    return _out(review.award(request.user, c, app, body.reason, today()))


@router.post("/challenges/{challenge_id}/contract", response={200: ChallengeOut, **ERRORS},
             summary="签订任务书:里程碑与分期拨付(合计等于经费)")
def challenge_contract(request, challenge_id: int, body: ContractIn):
    c = _challenge(request, challenge_id)
    rows = [delivery.MilestoneInput(m.title, m.due_on, m.deliverable, str(m.amount)) for m in body.milestones]
    return _out(delivery.contract_sign(request.user, c, delivery.ContractInput(body.signed_on, body.starts_on, rows),
                                       today()))


def _milestone(request, milestone_id: int) -> Milestone:
    found = Milestone.objects.select_related("challenge").filter(pk=milestone_id).first()
    if found is None:
        raise Http404
    _challenge(request, found.challenge_id)
    return found


@router.post("/challenge-milestones/{milestone_id}/assess", response={200: ChallengeOut, **ERRORS},
             summary="里程碑考核(通过/未通过,附考核依据)")
def milestone_assess(request, milestone_id: int, body: AssessIn):
    m = _milestone(request, milestone_id)
    delivery.milestone_assess(request.user, m, body.passed, body.evidence, today())
    return _out(_challenge(request, m.challenge_id))


@router.post("/challenge-milestones/{milestone_id}/release", response={200: ChallengeOut, **ERRORS},
             summary="登记拨付该阶段经费(仅考核通过的里程碑)")
def milestone_release(request, milestone_id: int, body: ReleaseIn):
    m = _milestone(request, milestone_id)
    delivery.tranche_release(request.user, m, body.released_on, today())
    return _out(_challenge(request, m.challenge_id))


@router.post("/challenges/{challenge_id}/accept", response={200: ChallengeOut, **ERRORS},
             summary="验收:逐项目标的实际值")
def challenge_accept(request, challenge_id: int, body: AcceptIn):
    c = _challenge(request, challenge_id)
    flow.require(request.user, c, "accept")  # who may accept first: only then is what was sent looked at
    targets = list(c.targets.all())
    unknown_refused([f"achieved.{n}" for n in body.achieved if n not in {str(i) for i in range(1, len(targets) + 1)}])
    achieved = {t.pk: str(body.achieved.get(str(n), "")) for n, t in enumerate(targets, start=1)}
    return _out(delivery.accept(request.user, c, achieved, body.note, today()))
