"""专家评审: the bureau assigns experts to the applications that passed 形式审查; each expert first declares a
conflict of interest (a conflicted expert is excluded from that application: no scoring, not in the mean), then
scores every criterion of the rule data; the bureau names the winner from the ranking (a reason is required when
it is not the single best-ranked application)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from kechuang.challenges.scoring import parse_score
from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import region_within
from kechuang.web.challenges.flow import applicants, forbidden, locked, order_error, page_url, record, require
from kechuang.web.challenges.models import Application, Assignment, Challenge, Score
from kechuang.web.challenges.selectors import ranking, rules
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify
from kechuang.web.vouchers.services import bad, text_field


def experts_for(challenge: Challenge) -> list:
    """Expert users the bureau may assign: active, of the 榜单's region or a region above it."""
    rows = get_user_model().objects.filter(is_active=True, profile__role=Role.EXPERT).select_related("profile")
    return [u for u in rows.order_by("username") if region_within(challenge.region_id, u.profile.region_id)]


def assign(user, app: Application, expert_ids: list[int], today: date) -> list[Assignment]:
    """Assign experts to an application that passed 形式审查 (an expert already assigned is kept once)."""
    challenge = app.challenge
    require(user, challenge, "assign")
    allowed = {u.pk: u for u in experts_for(challenge)}
    chosen = [allowed[i] for i in dict.fromkeys(expert_ids) if i in allowed]
    if not chosen or len(chosen) != len(set(expert_ids)):
        raise bad("请选择本地区的评审专家", "experts")
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "assign")
        if app.status != Application.PASSED:
            raise order_error(f"“{app.institution}”未通过形式审查,不能指派专家", step=challenge.step)
        have = set(app.assignments.values_list("expert_id", flat=True))
        new = [e for e in chosen if e.pk not in have]
        if len(have) + len(new) > rules().max_experts:
            raise bad(f"每份申报最多指派 {rules().max_experts} 位专家", "experts")
        made = [Assignment.objects.create(application=app, expert=e) for e in new]
        for a in made:
            change_record(user, "challenge_review", a.pk, "create",
                          after={"institution": app.institution,
                                 "expert": a.expert.get_full_name() or a.expert.username})
        if made:
            names = "、".join(a.expert.get_full_name() or a.expert.username for a in made)
            record(user, challenge, f"为“{app.institution}”指派评审专家", today, names)
        for a in made:
            notify([a.expert], "task", f"请评审“{challenge.title}”中“{app.institution}”的揭榜申报(先声明利益冲突,"
                   "再评分)", reverse("kc-challenge-review", args=[a.pk]), key=f"jb-assign:{a.pk}")
    return made


def declare(user, assignment: Assignment, conflicted: bool, note: str, today: date) -> Assignment:
    """The expert's declaration, once: a conflicted expert is excluded from the application."""
    if assignment.expert_id != user.pk:
        raise forbidden("只能由被指派的专家本人声明利益冲突")
    note = text_field(note, "conflict_note", "利益冲突说明", 300, required=conflicted)
    with transaction.atomic():
        challenge = locked(assignment.application.challenge)
        require(user, challenge, "declare")
        if not Assignment.objects.filter(pk=assignment.pk, conflicted=None).update(conflicted=conflicted,
                                                                                     conflict_note=note):
            raise KechuangError("KC-WEB-CONFLICT", "已声明过利益冲突,不能更改;如有误请联系科技局", field="conflicted")
        assignment.refresh_from_db()
        change_record(user, "challenge_review", assignment.pk, "update", before={"conflicted": None},
                      after={"conflicted": "有" if conflicted else "无", "conflict_note": note})
        inst = assignment.application.institution
        record(user, challenge, f"专家声明{'存在' if conflicted else '不存在'}利益冲突:“{inst}”", today,
               note if conflicted else "")
    return assignment


@dataclass
class SheetInput:
    scores: dict[str, str]  # criterion key → score as typed
    comment: str = ""


def score(user, assignment: Assignment, data: SheetInput, today: date) -> Assignment:
    """The expert's scores on every criterion (may be revised until the review ends); refused to a conflicted or
    undeclared expert."""
    if assignment.expert_id != user.pk:
        raise forbidden("只能由被指派的专家本人评分")
    require(user, assignment.application.challenge, "score")
    if assignment.conflicted:
        raise forbidden("您已声明与该申报存在利益冲突,已回避,不能评分")
    r = rules()
    clean = {c.key: parse_score(data.scores.get(c.key), c.name, c.max, r.score_decimals) for c in r.criteria}
    comment = text_field(data.comment, "comment", "评审意见", 1000, required=False)
    with transaction.atomic():
        challenge = locked(assignment.application.challenge)
        require(user, challenge, "score")
        assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.conflicted is None:
            raise order_error("请先声明是否与该申报存在利益冲突,再评分", step=challenge.step)
        if assignment.conflicted:
            raise forbidden("您已声明与该申报存在利益冲突,已回避,不能评分")
        before = {s.criterion: s.value for s in assignment.scores.all()}
        for key, value in clean.items():
            Score.objects.update_or_create(assignment=assignment, criterion=key, defaults={"value": value})
        assignment.comment = comment
        assignment.save(update_fields=["comment"])
        total = sum(clean.values())
        names = {c.key: c.name for c in r.criteria}

        def readable(scores: dict) -> str | None:
            return "、".join(f"{names.get(k, k)} {v:g}" for k, v in scores.items()) or None

        change_record(user, "challenge_review", assignment.pk, "update" if before else "create",
                      before={"scores": readable(before)}, after={"scores": readable(clean)})
        record(user, challenge, f"专家评分:“{assignment.application.institution}”", today, f"合计 {total:g} 分")
    return assignment


def award(user, challenge: Challenge, app: Application, reason: str, today: date) -> Challenge:
    """Name the winner (揭榜方) from the ranking: every passed application fully scored; a reason when the choice is
    not the single best-ranked application (a tie at the top, or a lower one)."""
    reason = str(reason or "").strip()
    with transaction.atomic():
        challenge = locked(challenge)
        require(user, challenge, "award")
        rows = ranking(challenge)
        if any(row.mean is None for row, _ in rows):
            raise order_error(f"尚有申报未获 {rules().min_experts} 位无利益冲突专家的完整评分,不能确定揭榜方",
                              step=challenge.step)
        mine = next((row for row, a in rows if a.pk == app.pk), None)
        if mine is None:
            raise bad("所选申报未通过形式审查,不能作为揭榜方", "winner")
        best = [row for row, _ in rows if row.rank == 1]
        if (mine.rank != 1 or len(best) > 1) and not reason:
            why = "排名并列第一" if mine.rank == 1 else f"排名第 {mine.rank}"
            raise bad(f"“{app.institution}”{why},请填写确定理由", "reason")
        text_field(reason, "reason", "确定理由", 500, required=False)
        before = {"winner": challenge.winner.institution if challenge.winner_id else None}
        challenge.winner, challenge.winner_reason = app, reason
        challenge.save(update_fields=["winner", "winner_reason"])
        change_record(user, "challenge", challenge.pk, "update", before=before,
                      after={"winner": app.institution, "winner_reason": reason})
        notify(applicants(app), "decision", f"“{challenge.title}”拟确定由“{app.institution}”揭榜,进入结果公示",
               page_url(challenge), key=f"jb-award:{challenge.pk}:{app.pk}")
        record(user, challenge, f"确定揭榜方“{app.institution}”", today,
               f"平均分 {mine.mean:g},第 {mine.rank} 名" + (f";{reason}" if reason else ""))
    return challenge
