"""The 揭榜挂帅 state machine on a stored 榜单: who acts (``actor_role``), whether the step allows the action
(``require``, from the rule data), the dated record of each act (``record``) and leaving a step for the next one
(``advance``), refused with a Chinese message while the step's conditions do not hold."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.urls import reverse

from kechuang.challenges import add_working_days
from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Profile, Role
from kechuang.web.accounts.permissions import role_of
from kechuang.web.challenges.models import Application, Challenge, StepRecord
from kechuang.web.challenges.selectors import can_manage, enterprise_id_of, ranking, rules
from kechuang.web.history.services import change_record

NOTE_CHARS = 500


def forbidden(message: str) -> KechuangError:
    return KechuangError("KC-WEB-FORBIDDEN", message)


def order_error(message: str, **ctx) -> KechuangError:
    return KechuangError("KC-CHALLENGE-ORDER", message, **ctx)


def actor_role(user, challenge: Challenge) -> str:
    """The role the user acts in on this 榜单: bureau (its own region's), expert, enterprise (a team)."""
    if can_manage(user, challenge):
        return "bureau"
    if role_of(user) == Role.EXPERT:
        return "expert"
    if enterprise_id_of(user) is not None and enterprise_user_region(user) == challenge.region_id:
        return "enterprise"
    raise forbidden("您没有在该榜单上操作的权限")


def enterprise_user_region(user) -> int | None:
    return user.profile.enterprise.region_id if enterprise_id_of(user) else None


def require(user, challenge: Challenge, action: str) -> str:
    """The user's role, once the rule data allows ``action`` at the 榜单's step to that role."""
    role = actor_role(user, challenge)
    rules().require(challenge.step, action, role)
    return role


def locked(challenge: Challenge) -> Challenge:
    """The 榜单 row locked for the rest of the transaction (one writer per 榜单), with its current step."""
    return Challenge.objects.select_for_update().get(pk=challenge.pk)


def record(user, challenge: Challenge, action: str, on: date, note: str = "") -> StepRecord:
    return StepRecord.objects.create(challenge=challenge, step=challenge.step, action=action[:100], on=on,
                                     note=str(note or "")[:NOTE_CHARS], actor=user)


def page_url(challenge: Challenge) -> str:
    return reverse("kc-challenge", args=[challenge.pk])


def applicants(app: Application) -> list:
    """Who hears of an application's fate: its submitter and the users of its enterprise."""
    users = [app.applied_by] if app.applied_by_id else []
    if app.enterprise_id:
        users += [p.user for p in Profile.objects.filter(enterprise_id=app.enterprise_id, role=Role.ENTERPRISE,
                                                         user__is_active=True).select_related("user")]
    return users


def step_name(key: str) -> str:
    return rules().step(key).name


def advance(user, challenge: Challenge, today: date, note: str = "") -> Challenge:
    """Leave the current step for the next one (the bureau only); the step's conditions are checked first."""
    if not can_manage(user, challenge):
        raise forbidden("只有本地区科技局可以推进揭榜挂帅环节")
    note = str(note or "").strip()
    if len(note) > NOTE_CHARS:
        raise KechuangError("KC-WEB-FIELD", f"说明过长(最多 {NOTE_CHARS} 字)", field="note")
    with transaction.atomic():
        challenge = locked(challenge)
        nxt = rules().next_step(challenge.step)
        if nxt is None:
            raise order_error("榜单已结题,没有下一环节", step=challenge.step)
        LEAVE[challenge.step](challenge, today)
        before = {"step": step_name(challenge.step)}
        ENTER.get(nxt.key, _nothing)(challenge, today)
        challenge.step = nxt.key
        challenge.save()
        change_record(user, "challenge", challenge.pk, "update", before=before, after={"step": nxt.name})
        record(user, challenge, f"进入“{nxt.name}”环节", today, note)
    return challenge


def _nothing(challenge: Challenge, today: date) -> None:
    return None


def _leave_drafting(c: Challenge, today: date) -> None:
    needed = (("榜单名称", c.title), ("技术难题与需求", c.problem), ("揭榜条件", c.conditions), ("经费", c.budget),
              ("实施期", c.term_months), ("揭榜截止日期", c.apply_until))
    missing = [label for label, value in needed if not value]
    if not c.targets.exists():
        missing.append("量化目标")
    if missing:
        raise order_error(f"榜单尚不完整,不能发榜:请先填写{'、'.join(missing)}", step=c.step)
    ends = add_working_days(today, rules().notice_working_days)
    if c.apply_until <= ends:
        raise order_error(f"揭榜截止日期 {c.apply_until} 应晚于发榜公示期的最后一天 {ends}"
                          f"(公示 {rules().notice_working_days} 个工作日)", step=c.step)


def _enter_notice(c: Challenge, today: date) -> None:
    c.notice_from, c.notice_until = today, add_working_days(today, rules().notice_working_days)
    c.rules_version = rules().version


def _leave_notice(c: Challenge, today: date) -> None:
    if today <= c.notice_until:
        raise order_error(f"发榜公示期至 {c.notice_until} 止,公示期结束后方可开始揭榜", step=c.step)


def _leave_applying(c: Challenge, today: date) -> None:
    if today <= c.apply_until:
        raise order_error(f"揭榜截止日期为 {c.apply_until},截止后方可进行形式审查", step=c.step)
    if not c.applications.exists():
        raise order_error("还没有团队揭榜,不能进入形式审查", step=c.step)


def _leave_screening(c: Challenge, today: date) -> None:
    waiting = c.applications.filter(status=Application.SUBMITTED).count()
    if waiting:
        raise order_error(f"还有 {waiting} 份揭榜申报未完成形式审查", step=c.step)
    if not c.applications.filter(status=Application.PASSED).exists():
        raise order_error("没有通过形式审查的揭榜申报,不能进入专家评审", step=c.step)


def _leave_review(c: Challenge, today: date) -> None:
    short = [app.institution for row, app in ranking(c) if row.mean is None]
    if short:
        raise order_error(f"“{'、'.join(short)}”尚未有 {rules().min_experts} 位无利益冲突的专家完成评分", step=c.step)
    if c.winner_id is None:
        raise order_error("请先根据评审排名确定揭榜方", step=c.step)


def _enter_results(c: Challenge, today: date) -> None:
    c.results_from, c.results_until = today, add_working_days(today, rules().results_working_days)


def _leave_results(c: Challenge, today: date) -> None:
    if today <= c.results_until:
        raise order_error(f"评审结果公示期至 {c.results_until} 止,公示期结束后方可签订任务书", step=c.step)


def _leave_contract(c: Challenge, today: date) -> None:
    if c.signed_on is None:
        raise order_error("任务书尚未签订,不能进入里程碑考核", step=c.step)


def _leave_milestones(c: Challenge, today: date) -> None:
    pending = list(c.milestones.filter(status="pending").values_list("title", flat=True))
    if pending:
        raise order_error(f"里程碑“{'、'.join(pending)}”尚未考核,不能进入验收", step=c.step)


def _leave_acceptance(c: Challenge, today: date) -> None:
    if c.accepted is None or c.targets.filter(achieved=None).exists():
        raise order_error("请先逐项填写目标完成情况并作出验收结论", step=c.step)


LEAVE = {"collecting": _nothing, "drafting": _leave_drafting, "notice": _leave_notice, "applying": _leave_applying,
         "screening": _leave_screening, "review": _leave_review, "results": _leave_results,
         "contract": _leave_contract, "milestones": _leave_milestones, "acceptance": _leave_acceptance}
ENTER = {"notice": _enter_notice, "results": _enter_results}
