"""The second half of 揭榜挂帅: the 任务书 (milestones with dates, deliverables and staged funding summing to the
budget), 里程碑考核 (passed or failed with evidence; a tranche is released only for a passed milestone) and 验收
(each target: promised vs achieved, met or not)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from kechuang.challenges import Tranche, check_tranches, term_end
from kechuang.errors import KechuangError
from kechuang.web.challenges.flow import locked, order_error, record, require
from kechuang.web.challenges.models import Challenge, Milestone, Target
from kechuang.web.history.services import change_record
from kechuang.web.supervision.services import number_typed
from kechuang.web.vouchers.money import parse_wan, wan
from kechuang.web.vouchers.services import bad, date_field, text_field

MAX_MILESTONES = 12


@dataclass
class MilestoneInput:
    title: str
    due_on: str | date
    deliverable: str
    amount: str  # 万元 as typed ("0" allowed: a milestone without a tranche)


@dataclass
class ContractInput:
    signed_on: str | date
    starts_on: str | date
    milestones: list[MilestoneInput] = field(default_factory=list)


def _tranche(n: int, m: MilestoneInput) -> Tranche:
    title = text_field(m.title, f"milestone_{n}", f"第 {n} 个里程碑的名称", 200)
    due = date_field(m.due_on, f"milestone_{n}", f"第 {n} 个里程碑“{title}”的日期")
    deliverable = text_field(m.deliverable, f"milestone_{n}", f"第 {n} 个里程碑“{title}”的交付成果", 500)
    raw = str(m.amount or "").strip()
    label = f"第 {n} 个里程碑“{title}”的拨付金额"
    amount = 0 if raw in ("0", "0.0", "0万元") else parse_wan(raw, f"milestone_{n}", label)
    return Tranche(title, due, deliverable, amount)


def contract_sign(user, challenge: Challenge, data: ContractInput, today: date) -> Challenge:
    """Sign the 任务书 with the winner: the term starts on ``starts_on`` and lasts the 榜单's months."""
    require(user, challenge, "contract")  # who and when first, then the input (again under the lock below)
    signed_on = date_field(data.signed_on, "signed_on", "任务书签订日期")
    if signed_on > today:
        raise bad(f"任务书签订日期 {signed_on} 晚于今天({today})", "signed_on")
    starts = date_field(data.starts_on, "starts_on", "实施开始日期")
    rows = [m for m in data.milestones
            if any(str(x or "").strip() for x in (m.title, m.due_on, m.deliverable, m.amount))]
    if len(rows) > MAX_MILESTONES:
        raise bad(f"里程碑最多 {MAX_MILESTONES} 个", "milestones")
    tranches = [_tranche(n, m) for n, m in enumerate(rows, start=1)]
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "contract")
        if challenge.signed_on is not None:
            raise KechuangError("KC-WEB-CONFLICT", f"任务书已于 {challenge.signed_on} 签订", field="signed_on")
        ends = term_end(starts, challenge.term_months)
        check_tranches(tranches, challenge.budget, starts, ends)
        challenge.signed_on, challenge.starts_on, challenge.ends_on = signed_on, starts, ends
        challenge.save(update_fields=["signed_on", "starts_on", "ends_on"])
        Milestone.objects.bulk_create([Milestone(challenge=challenge, seq=n, title=t.title, due_on=t.due_on,
                                                 deliverable=t.deliverable, tranche=t.amount)
                                       for n, t in enumerate(tranches, start=1)])
        change_record(user, "challenge", challenge.pk, "update", before={"milestones": None}, after={
            "milestones": [f"{t.due_on} {t.title}:{wan(t.amount) or '0'} 万元" for t in tranches]})
        record(user, challenge, "签订任务书", signed_on,
               f"揭榜方“{challenge.winner.institution}”,实施期 {starts} 至 {ends},{len(tranches)} 个里程碑")
    return challenge


def milestone_assess(user, milestone: Milestone, passed: bool, evidence: str, today: date) -> Milestone:
    """Pass or fail a milestone on its evidence; a failed one may be assessed again (after 整改), a passed one not."""
    require(user, milestone.challenge, "assess")
    evidence = text_field(evidence, "evidence", "考核依据", 1000)
    with transaction.atomic():
        challenge = locked(milestone.challenge)
        require(user, challenge, "assess")
        milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
        if milestone.status == Milestone.PASSED:
            raise KechuangError("KC-WEB-CONFLICT", f"里程碑“{milestone.title}”已考核通过", field="milestone")
        before = {"status": milestone.get_status_display(), "evidence": milestone.evidence}
        milestone.status = Milestone.PASSED if passed else Milestone.FAILED
        milestone.evidence, milestone.assessed_on = evidence, today
        milestone.save()
        change_record(user, "challenge_mstone", milestone.pk, "grant" if passed else "refuse", before=before,
                      after={"status": milestone.get_status_display(), "evidence": evidence})
        record(user, challenge, f"里程碑“{milestone.title}”考核{'通过' if passed else '未通过'}", today, evidence)
    return milestone


def tranche_release(user, milestone: Milestone, released_on, today: date) -> Milestone:
    """Record the release of a passed milestone's tranche; refused for a milestone not (yet) passed."""
    require(user, milestone.challenge, "release")
    released_on = date_field(released_on, "released_on", "拨付日期")
    if released_on > today:
        raise bad(f"拨付日期 {released_on} 晚于今天({today})", "released_on")
    with transaction.atomic():
        challenge = locked(milestone.challenge)
        require(user, challenge, "release")
        milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
        if milestone.status != Milestone.PASSED:
            raise order_error(f"里程碑“{milestone.title}”{milestone.get_status_display()},考核通过后方可拨付该阶段经费",
                              step=challenge.step)
        if milestone.released_on is not None:
            raise KechuangError("KC-WEB-CONFLICT", f"该阶段经费已于 {milestone.released_on} 拨付", field="released_on")
        if milestone.tranche == 0:
            raise bad(f"里程碑“{milestone.title}”没有安排拨付经费", "released_on")
        milestone.released_on = released_on
        milestone.save(update_fields=["released_on"])
        change_record(user, "challenge_mstone", milestone.pk, "update", before={"released_on": None},
                      after={"released_on": released_on.isoformat()})
        record(user, challenge, f"拨付里程碑“{milestone.title}”经费 {wan(milestone.tranche)} 万元", released_on)
    return milestone


def target_met(target: Target, achieved: float) -> bool:
    return achieved >= target.promised if target.direction == Target.AT_LEAST else achieved <= target.promised


def accept(user, challenge: Challenge, achieved: dict[int, str], note: str, today: date) -> Challenge:
    """验收: every target's achieved value; the 榜单 passes when every target is met."""
    require(user, challenge, "accept")
    note = text_field(note, "note", "验收意见", 500)
    targets = list(challenge.targets.all())
    values = {}
    for t in targets:
        value = number_typed(achieved.get(t.pk, ""))
        if not math.isfinite(value):
            raise bad(f"目标“{t.name}”的实际值“{achieved.get(t.pk, '')}”不是数字", f"achieved_{t.pk}")
        values[t.pk] = value
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "accept")
        lines = []
        for t in targets:
            t.achieved, t.met = values[t.pk], target_met(t, values[t.pk])
            t.save(update_fields=["achieved", "met"])
            lines.append(f"{t.name}:目标 {t.get_direction_display()} {t.promised:g}{t.unit},"
                         f"实际 {t.achieved:g}{t.unit},"
                         f"{'达标' if t.met else '未达标'}")
        challenge.accepted = all(t.met for t in targets)
        challenge.acceptance_note = note
        challenge.save(update_fields=["accepted", "acceptance_note"])
        change_record(user, "challenge", challenge.pk, "update", before={"accepted": None},
                      after={"accepted": "通过" if challenge.accepted else "不通过", "achieved": lines,
                             "acceptance_note": note})
        record(user, challenge, f"验收{'通过' if challenge.accepted else '不通过'}", today,
               f"{note}({';'.join(lines)})")
    return challenge
