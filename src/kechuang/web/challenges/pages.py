"""What a 榜单's page shows a user: the steps with the dates they began, the timeline, the targets, the needs and
applications the user may see, and which form the current step offers the user."""

from __future__ import annotations

from django.db.models import Q

from kechuang.web.challenges import selectors
from kechuang.web.challenges.models import Challenge, StepRecord, Target
from kechuang.web.challenges.review import experts_for
from kechuang.web.clock import today
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.history.selectors import history_rows
from kechuang.web.vouchers.money import wan

TARGET_ROWS = 5
MILESTONE_ROWS = 4


def steps_line(challenge: Challenge) -> list[dict]:
    """Every step of the rule data: done, current or to come, with the date it began."""
    r = selectors.rules()
    began: dict[str, object] = {}
    for rec in StepRecord.objects.filter(challenge=challenge).order_by("at", "id"):
        began.setdefault(rec.step, rec.on)
    at = r.index(challenge.step)
    return [{"key": s.key, "name": s.name, "on": began.get(s.key),
             "state": "done" if i < at else "current" if i == at else "todo"} for i, s in enumerate(r.steps)]


def milestone_rows(form) -> list[dict]:
    """The 任务书 form's rows, with what the user typed when it comes back with an error."""
    form = form or {}
    return [{"n": n, **{k: form.get(f"m_{k}_{n}", "") for k in ("title", "due", "deliverable", "amount")}}
            for n in range(1, MILESTONE_ROWS + 1)]


def records_for(user, challenge: Challenge, viewer: bool):
    """The timeline: whole for the bureau and leaders; the steps' dates and their own acts for everyone else."""
    rows = StepRecord.objects.filter(challenge=challenge).select_related("actor")
    if viewer:
        return rows
    return rows.filter(Q(action__startswith="进入") | Q(action="发起需求征集") | Q(actor=user))


def _role(user, challenge: Challenge) -> str:
    if selectors.can_manage(user, challenge):
        return "bureau"
    if selectors.enterprise_id_of(user) is not None:
        return "enterprise"
    return user.profile.role if hasattr(user, "profile") else ""


def detail_context(user, challenge: Challenge, error=None, form=None) -> dict:
    r = selectors.rules()
    role = _role(user, challenge)
    viewer = selectors.can_read_all(user, challenge)
    step = r.step(challenge.step)
    allowed = {a for a, roles in step.actions.items() if role in roles}
    needs = challenge.needs.select_related("enterprise")
    if not viewer:
        needs = needs.filter(submitted_by=user)
    targets = list(challenge.targets.all())
    ranked = selectors.ranking(challenge) if viewer and r.reached(challenge.step, "review") else []
    nxt = r.next_step(challenge.step)
    return {
        "challenge": challenge, "steps": steps_line(challenge), "step": step, "allowed": allowed, "role": role,
        "viewer": viewer, "can_manage": role == "bureau", "next": nxt,
        "records": records_for(user, challenge, viewer),
        "needs": needs, "targets": targets, "budget": wan(challenge.budget),
        "target_rows": targets + [Target(direction=Target.AT_LEAST)] * max(0, TARGET_ROWS - len(targets)),
        "applications": selectors.applications_for(user, challenge).prefetch_related("assignments__expert"),
        "experts": experts_for(challenge) if "assign" in allowed else [],
        "ranked": ranked, "milestones": challenge.milestones.all(), "milestone_rows": milestone_rows(form),
        "enterprises": pick_choices(challenge.region_id) if role == "bureau" and allowed & {"need", "apply"} else [],
        "history": history_rows(selectors.challenge_history(challenge)[:200]) if viewer else [],
        "criteria": r.criteria, "rules": r, "today": today(), "error": error, "form": form,
        "directions": Target.DIRECTIONS,
    }
