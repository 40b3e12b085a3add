"""Pages of 揭榜挂帅 (the second half): assigning experts, an expert's list and scoring sheet (only their own
assignments), the ranking and its xlsx, naming the winner, the 任务书, 里程碑考核 and 验收."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import role_of
from kechuang.web.challenges import delivery, exports, review, selectors
from kechuang.web.challenges.models import Milestone
from kechuang.web.challenges.views import _act, xlsx_response
from kechuang.web.clock import today
from kechuang.web.errors import http_status
from kechuang.web.params import int_or_none


def _managed(request, challenge) -> None:
    if not selectors.can_manage(request.user, challenge):
        raise PermissionDenied


@login_required
@require_POST
def assign_view(request, pk: int):
    app = selectors.application_for_user(request.user, pk)
    _managed(request, app.challenge)
    ids = [i for i in map(int_or_none, request.POST.getlist("experts")) if i is not None]
    return _act(request, app.challenge, lambda: review.assign(request.user, app, ids, today()),
                f"已为“{app.institution}”指派评审专家")


def _ranking_viewer(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    if not selectors.can_read_all(request.user, challenge):
        raise PermissionDenied
    return challenge


@login_required
@require_GET
def ranking_page(request, pk: int):
    challenge = _ranking_viewer(request, pk)
    rows = exports.score_rows(challenge)
    return render(request, "kechuang/challenges/ranking.html", {
        "challenge": challenge, "ranked": selectors.ranking(challenge), "rows": rows,
        "criteria": selectors.rules().criteria, "min_experts": selectors.rules().min_experts})


@login_required
@require_GET
def scores_export(request, pk: int):
    challenge = _ranking_viewer(request, pk)
    return xlsx_response(exports.scores_xlsx(challenge), f"揭榜挂帅评分-{challenge.title}-{today()}.xlsx")


def _award(request, challenge):
    app = challenge.applications.filter(pk=int_or_none(request.POST.get("winner")) or 0).first()
    if app is None:
        raise KechuangError("KC-WEB-FIELD", "请选择揭榜方", field="winner")
    return review.award(request.user, challenge, app, request.POST.get("reason", ""), today())


@login_required
@require_POST
def award_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    _managed(request, challenge)
    return _act(request, challenge, lambda: _award(request, challenge), "已确定揭榜方")


def _expert_only(request) -> None:
    if role_of(request.user) != Role.EXPERT:
        raise PermissionDenied


@login_required
@require_GET
def my_reviews(request):
    _expert_only(request)
    return render(request, "kechuang/challenges/reviews.html", {"assignments": selectors.assignments_of(request.user)})


def _sheet(request, assignment, error=None):
    app = assignment.application
    scores = {s.criterion: s.value for s in assignment.scores.all()}
    form = request.POST if error else None
    return render(request, "kechuang/challenges/review.html", {
        "a": assignment, "app": app, "challenge": app.challenge, "error": error, "form": form,
        "criteria": [(c, form.get(f"score_{c.key}", "") if form else scores.get(c.key, ""))
                     for c in selectors.rules().criteria],
        "open": app.challenge.step == "review"}, status=http_status(error) if error else 200)


@login_required
@require_http_methods(["GET", "POST"])
def review_sheet(request, pk: int):
    """The expert's scoring sheet of one assigned application."""
    assignment = selectors.assignment_for_expert(request.user, pk)
    if request.method == "POST":
        data = review.SheetInput({c.key: request.POST.get(f"score_{c.key}", "") for c in selectors.rules().criteria},
                                 request.POST.get("comment", ""))
        try:
            review.score(request.user, assignment, data, today())
        except KechuangError as exc:
            if exc.code == "KC-WEB-FORBIDDEN":
                raise PermissionDenied(exc.message_zh) from None
            return _sheet(request, assignment, exc)
        messages.success(request, f"已保存对“{assignment.application.institution}”的评分")
        return redirect("kc-challenge-review", pk=assignment.pk)
    return _sheet(request, assignment)


@login_required
@require_POST
def declare_view(request, pk: int):
    assignment = selectors.assignment_for_expert(request.user, pk)
    conflicted = request.POST.get("conflicted") == "yes"
    try:
        review.declare(request.user, assignment, conflicted, request.POST.get("conflict_note", ""), today())
    except KechuangError as exc:
        return _sheet(request, assignment, exc)
    done = "已声明存在利益冲突,您已回避该申报的评审" if conflicted else "已声明不存在利益冲突,可以评分"
    messages.success(request, done)
    return redirect("kc-challenge-review", pk=assignment.pk)


@login_required
@require_POST
def contract_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    _managed(request, challenge)
    post = request.POST
    rows = [delivery.MilestoneInput(post.get(f"m_title_{n}", ""), post.get(f"m_due_{n}", ""),
                                    post.get(f"m_deliverable_{n}", ""), post.get(f"m_amount_{n}", ""))
            for n in range(1, delivery.MAX_MILESTONES + 1) if f"m_title_{n}" in post]
    data = delivery.ContractInput(post.get("signed_on", ""), post.get("starts_on", ""), rows)
    return _act(request, challenge, lambda: delivery.contract_sign(request.user, challenge, data, today()),
                "已签订任务书")


def _milestone(request, pk: int) -> Milestone:
    milestone = get_object_or_404(Milestone.objects.select_related("challenge"), pk=pk)
    selectors.challenge_for_user(request.user, milestone.challenge_id)  # 404 for anyone who may not see it
    _managed(request, milestone.challenge)
    return milestone


@login_required
@require_POST
def assess_view(request, pk: int):
    m = _milestone(request, pk)
    passed = request.POST.get("decision") == "pass"
    return _act(request, m.challenge, lambda: delivery.milestone_assess(
        request.user, m, passed, request.POST.get("evidence", ""), today()),
        f"里程碑“{m.title}”考核{'通过' if passed else '未通过'}")


@login_required
@require_POST
def release_view(request, pk: int):
    m = _milestone(request, pk)
    return _act(request, m.challenge, lambda: delivery.tranche_release(
        request.user, m, request.POST.get("released_on", ""), today()), f"已拨付里程碑“{m.title}”的经费")


@login_required
@require_POST
def accept_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    _managed(request, challenge)
    achieved = {t.pk: request.POST.get(f"achieved_{t.pk}", "") for t in challenge.targets.all()}
    return _act(request, challenge, lambda: delivery.accept(request.user, challenge, achieved,
                                                             request.POST.get("note", ""), today()), "已作出验收结论")
