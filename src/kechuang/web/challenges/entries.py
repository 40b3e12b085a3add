"""Writes of the first half of 揭榜挂帅: open a call (需求征集), enterprises' needs, the bureau's 榜单 (榜单凝练:
text, budget, term, 揭榜条件, quantitative targets each with a unit), teams' applications (揭榜) with their files,
and 形式审查. Each is one transaction, recorded in the history and on the 榜单's timeline."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.web import uploads
from kechuang.web.accounts.permissions import can_manage_region
from kechuang.web.challenges.files import check_files, files_save
from kechuang.web.challenges.flow import applicants, forbidden, locked, page_url, record, require
from kechuang.web.challenges.models import Application, Challenge, Need, Target
from kechuang.web.challenges.selectors import enterprise_id_of
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify, recipients
from kechuang.web.params import digits
from kechuang.web.supervision.services import Evidence, number_typed
from kechuang.web.vouchers.money import parse_wan, wan
from kechuang.web.vouchers.services import bad, date_field, text_field

LONG = 20_000  # characters of a long text (problem, plan)
MAX_TARGETS = 20
MAX_MEMBERS = 30
_SPLIT = re.compile(r"[、,,;;\n]+")


def challenge_snapshot(c: Challenge) -> dict:
    return {"jb_title": c.title, "field": c.field, "problem": c.problem, "conditions": c.conditions,
            "jb_budget": wan(c.budget), "term_months": c.term_months,
            "apply_until": c.apply_until.isoformat() if c.apply_until else None,
            "targets": [f"{t.name} {t.get_direction_display()} {t.promised:g} {t.unit}" for t in c.targets.all()]}


def challenge_create(user, region, title: str, field_name: str, problem: str, today: date,
                     is_demo: bool = False) -> Challenge:
    """Open a call for needs (需求征集) on a subject: the 榜单 that will come of it starts here."""
    if not can_manage_region(user, region.pk):
        raise forbidden("只有本地区科技局可以发起揭榜挂帅需求征集")
    title = text_field(title, "title", "征集主题", 200)
    field_name = text_field(field_name, "field", "技术领域", 100, required=False)
    problem = text_field(problem, "problem", "征集说明", LONG, required=False)
    with transaction.atomic():
        c = Challenge.objects.create(region=region, title=title, field=field_name, problem=problem, is_demo=is_demo,
                                     created_by=user)
        change_record(user, "challenge", c.pk, "create", after=challenge_snapshot(c))
        record(user, c, "发起需求征集", today)
    return c


def entrant(user, role: str, challenge: Challenge, enterprise_id: int | None) -> Enterprise | None:
    """The enterprise a need or an application is entered for: an enterprise user's own (another one refused,
    never swapped silently), or the bureau's choice among the 榜单's region's enterprises (none: 高校、院所)."""
    if role == "enterprise":
        own = enterprise_id_of(user)
        if enterprise_id not in (None, own):
            raise bad("企业用户只能以本企业申报,不能代其他企业申报(enterprise_id)", "enterprise_id")
        return Enterprise.objects.get(pk=own)
    if enterprise_id is None:
        return None
    chosen = Enterprise.objects.filter(pk=enterprise_id, region_id=challenge.region_id).first()
    if chosen is None:
        raise bad(f"所选企业(enterprise_id {enterprise_id})不在该榜单的地区", "enterprise_id")
    return chosen


def need_submit(user, challenge: Challenge, title: str, problem: str, demand_ref: str, today: date,
                enterprise_id: int | None = None) -> Need:
    require(user, challenge, "need")
    with transaction.atomic():
        challenge = locked(challenge)
        enterprise = entrant(user, require(user, challenge, "need"), challenge, enterprise_id)
        need = Need.objects.create(challenge=challenge, enterprise=enterprise,
                                   title=text_field(title, "title", "需求名称", 200),
                                   problem=text_field(problem, "problem", "需求描述", LONG),
                                   demand_ref=text_field(demand_ref, "demand_ref", "需求库编号", 64, required=False),
                                   submitted_by=user)
        change_record(user, "challenge_need", need.pk, "create", after={"need": need.title,
                                                                        "demand_ref": need.demand_ref})
        record(user, challenge, f"提交需求“{need.title}”", today, enterprise.name if enterprise else "")
    return need


@dataclass
class TargetInput:
    name: str
    value: str
    unit: str
    direction: str = Target.AT_LEAST


@dataclass
class DraftInput:
    title: str
    field: str
    problem: str
    conditions: str
    budget: str  # 万元 as typed
    term_months: str | int
    apply_until: str | date
    targets: list[TargetInput] = field(default_factory=list)


def _targets(rows: list[TargetInput]) -> list[Target]:
    rows = [r for r in rows if any(str(x or "").strip() for x in (r.name, r.value, r.unit))]
    if not rows:
        raise bad("请至少填写一项量化目标(指标、目标值、单位)", "targets")
    if len(rows) > MAX_TARGETS:
        raise bad(f"量化目标最多 {MAX_TARGETS} 项", "targets")
    out = []
    for n, r in enumerate(rows, start=1):
        name = text_field(r.name, f"target_name_{n}", f"第 {n} 项目标的指标名称", 200)
        unit = text_field(r.unit, f"target_unit_{n}", f"第 {n} 项目标“{name}”的单位", 20)
        value = number_typed(r.value)
        if not math.isfinite(value):
            raise bad(f"第 {n} 项目标“{name}”的目标值“{r.value}”不是数字", f"target_value_{n}")
        if r.direction not in dict(Target.DIRECTIONS):
            raise bad(f"第 {n} 项目标“{name}”的方向无效", f"target_direction_{n}")
        out.append(Target(name=name, unit=unit, promised=value, direction=r.direction))
    return out


def _term(raw) -> int:
    text = str(raw if raw is not None else "").strip().removesuffix("个月").removesuffix("月")
    if not digits(text) or not 1 <= int(text) <= 120:
        raise bad(f"实施期“{raw}”应为 1–120 的整数(月)", "term_months")
    return int(text)


def draft_update(user, challenge: Challenge, data: DraftInput, today: date) -> Challenge:
    """The bureau's 榜单 (榜单凝练), validated whole; its targets replaced by those given."""
    require(user, challenge, "draft")  # who and when first, then the input (again under the lock below)
    title = text_field(data.title, "title", "榜单名称", 200)
    field_name = text_field(data.field, "field", "技术领域", 100, required=False)
    problem = text_field(data.problem, "problem", "技术难题与需求", LONG)
    conditions = text_field(data.conditions, "conditions", "揭榜条件", LONG)
    budget = parse_wan(data.budget, "budget", "榜单经费")
    term = _term(data.term_months)
    apply_until = date_field(data.apply_until, "apply_until", "揭榜截止日期")
    if apply_until <= today:
        raise bad(f"揭榜截止日期 {apply_until} 应晚于今天({today})", "apply_until")
    targets = _targets(data.targets)
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "draft")
        before = challenge_snapshot(challenge)
        challenge.title, challenge.field = title, field_name
        challenge.problem, challenge.conditions = problem, conditions
        challenge.budget, challenge.term_months, challenge.apply_until = budget, term, apply_until
        challenge.save()
        challenge.targets.all().delete()
        for t in targets:
            t.challenge = challenge
        Target.objects.bulk_create(targets)
        change_record(user, "challenge", challenge.pk, "update", before=before, after=challenge_snapshot(challenge))
        record(user, challenge, "修改榜单", today)
    return challenge


@dataclass
class ApplicationInput:
    institution: str
    lead: str
    members: str | list[str]
    plan: str
    files: list[Evidence] = field(default_factory=list)
    enterprise_id: int | None = None  # the bureau enters an application for an enterprise (or none: 高校/院所)


def _members(raw) -> list[str]:
    items = raw if isinstance(raw, list) else _SPLIT.split(str(raw or ""))
    names = [str(m).strip() for m in items if str(m).strip()]
    if len(names) > MAX_MEMBERS:
        raise bad(f"团队成员最多 {MAX_MEMBERS} 人", "members")
    for m in names:
        if len(m) > 50:
            raise bad(f"团队成员“{m[:20]}…”过长(每人最多 50 字)", "members")
    return names


def application_snapshot(app: Application) -> dict:
    return {"institution": app.institution, "team_lead": app.lead, "team": "、".join(app.members),
            "status": app.get_status_display(), "screen_reason": app.screen_reason}


def application_submit(user, challenge: Challenge, data: ApplicationInput, today: date) -> Application:
    """揭榜: after the 发榜公示 and by the 揭榜截止 date; one application per enterprise; files PDF or images."""
    require(user, challenge, "apply")
    lead = text_field(data.lead, "lead", "团队负责人", 50)
    members = _members(data.members)
    plan = text_field(data.plan, "plan", "技术方案", LONG)
    check_files(data.files)
    with uploads.staging(), transaction.atomic():
        challenge = locked(challenge)
        role = require(user, challenge, "apply")
        if today > challenge.apply_until:
            raise KechuangError("KC-WEB-CLOSED", f"揭榜已于 {challenge.apply_until} 截止", field="challenge")
        enterprise = entrant(user, role, challenge, data.enterprise_id)
        institution = text_field(data.institution or (enterprise.name if enterprise else ""), "institution",
                                 "揭榜单位", 200)
        if enterprise and challenge.applications.filter(enterprise=enterprise).exists():
            raise KechuangError("KC-WEB-CONFLICT", f"“{enterprise.name}”已揭榜该榜单,每家单位只能申报一次",
                                field="institution")
        app = Application.objects.create(challenge=challenge, enterprise=enterprise, institution=institution,
                                         lead=lead, members=members, plan=plan, applied_by=user)
        files_save(app, data.files)
        change_record(user, "challenge_app", app.pk, "create", after=application_snapshot(app))
        record(user, challenge, f"“{institution}”揭榜", today, f"团队负责人 {lead}")
        notify(recipients(bureau_region=challenge.region_id), "review",
               f"“{institution}”揭榜“{challenge.title}”,待形式审查", page_url(challenge), key=f"jb-app:{app.pk}")
    return app


def application_screen(user, app: Application, passed: bool, reason: str, today: date) -> Application:
    """形式审查: pass, or refuse with a reason; once."""
    require(user, app.challenge, "screen")
    reason = text_field(reason, "reason", "未通过理由", 500, required=not passed)
    with transaction.atomic():
        challenge = locked(app.challenge)
        require(user, challenge, "screen")
        before = application_snapshot(app)
        status = Application.PASSED if passed else Application.REFUSED
        if not Application.objects.filter(pk=app.pk, status=Application.SUBMITTED).update(status=status,
                                                                                            screen_reason=reason):
            raise KechuangError("KC-WEB-CONFLICT", "该申报已完成形式审查,请刷新页面查看结果", field="application")
        app.refresh_from_db()
        change_record(user, "challenge_app", app.pk, "grant" if passed else "refuse", before=before,
                      after=application_snapshot(app))
        record(user, challenge, f"形式审查{'通过' if passed else '未通过'}:“{app.institution}”", today, reason)
        notify(applicants(app), "decision", f"“{challenge.title}”的揭榜申报形式审查{'通过' if passed else '未通过'}"
               + (f":{reason}" if reason else ""), page_url(challenge), key=f"jb-screen:{app.pk}")
    return app
