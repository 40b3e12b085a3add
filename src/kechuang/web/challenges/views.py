"""Pages of 揭榜挂帅 (the first half): the list of 榜单, a 榜单's page (steps, timeline, the form of its step),
需求征集, 榜单凝练, 揭榜 with files, 形式审查, the printable 公示 and the xlsx exports."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import can_manage_region, region_id_of
from kechuang.web.challenges import entries, exports, flow, selectors
from kechuang.web.challenges.models import STEP_KEYS, ApplicationFile, Target
from kechuang.web.challenges.pages import detail_context
from kechuang.web.clock import today
from kechuang.web.errors import error_page, http_status
from kechuang.web.keyset import keyset_page
from kechuang.web.params import int_or_none
from kechuang.web.supervision.exports import file_response
from kechuang.web.supervision.services import Evidence

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PER_PAGE = 25


def require_user(request) -> None:
    if not selectors.can_use_challenges(request.user):
        raise PermissionDenied


def xlsx_response(data: bytes, filename: str) -> HttpResponse:
    return file_response(data, filename, XLSX)


def _filtered(request):
    rows = selectors.challenges_visible(request.user)
    step, q = request.GET.get("step", ""), request.GET.get("q", "").strip()[:100]
    if step in dict(STEP_KEYS):
        rows = rows.filter(step=step)
    if q:
        rows = rows.filter(title__icontains=q)
    return rows, step, q


@login_required
@require_http_methods(["GET", "POST"])
def challenge_list(request):
    require_user(request)
    region_id = region_id_of(request.user)
    manage = region_id is not None and can_manage_region(request.user, region_id)
    error, form = None, None
    if request.method == "POST":
        if not manage:
            raise PermissionDenied
        try:
            post = request.POST
            made = entries.challenge_create(request.user, Region.objects.get(pk=region_id), post.get("title", ""),
                                            post.get("field", ""), post.get("problem", ""), today())
        except KechuangError as exc:
            error, form = exc, request.POST
        else:
            messages.success(request, f"已发起揭榜挂帅需求征集“{made.title}”")
            return redirect("kc-challenge", pk=made.pk)
    rows, step, q = _filtered(request)
    page = keyset_page(rows, request.GET, order=("-created_at", "-id"), size=PER_PAGE, params={"step": step, "q": q},
                       shown=selectors.challenges_shown)
    return render(request, "kechuang/challenges/list.html", {
        "page": page, "steps": STEP_KEYS, "step": step, "q": q, "can_manage": manage, "error": error, "form": form,
        "is_expert": request.user.profile.role == "expert"}, status=http_status(error) if error else 200)


@login_required
@require_GET
def list_export(request):
    require_user(request)
    rows, _, _ = _filtered(request)
    return xlsx_response(exports.list_xlsx(rows), f"揭榜挂帅榜单-{today()}.xlsx")


def detail_page(request, challenge, error: KechuangError | None = None, form=None):
    return render(request, "kechuang/challenges/detail.html", detail_context(request.user, challenge, error, form),
                  status=http_status(error) if error else 200)


@login_required
@require_GET
def challenge_detail(request, pk: int):
    return detail_page(request, selectors.challenge_for_user(request.user, pk))


def _act(request, challenge, do, done: str):
    """Run a service on the 榜单; its refusal shown in the page's form (403 for a forbidden one)."""
    try:
        do()
    except KechuangError as exc:
        if exc.code == "KC-WEB-FORBIDDEN":
            raise PermissionDenied(exc.message_zh) from None
        return detail_page(request, selectors.challenge_for_user(request.user, challenge.pk), exc, request.POST)
    messages.success(request, done)
    return redirect("kc-challenge", pk=challenge.pk)


@login_required
@require_POST
def advance_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    if not selectors.can_manage(request.user, challenge):
        raise PermissionDenied
    nxt = selectors.rules().next_step(challenge.step)
    note = request.POST.get("note", "")
    return _act(request, challenge, lambda: flow.advance(request.user, challenge, today(), note),
                f"已进入“{nxt.name if nxt else ''}”环节")


@login_required
@require_POST
def need_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    return _act(request, challenge, lambda: entries.need_submit(
        request.user, challenge, request.POST.get("title", ""), request.POST.get("problem", ""),
        request.POST.get("demand_ref", ""), today(), int_or_none(request.POST.get("enterprise"))), "已提交需求")


def target_rows(post) -> list[entries.TargetInput]:
    return [entries.TargetInput(post.get(f"target_name_{n}", ""), post.get(f"target_value_{n}", ""),
                                post.get(f"target_unit_{n}", ""), post.get(f"target_direction_{n}", Target.AT_LEAST))
            for n in range(1, entries.MAX_TARGETS + 1) if f"target_name_{n}" in post]


@login_required
@require_POST
def draft_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    if not selectors.can_manage(request.user, challenge):
        raise PermissionDenied
    post = request.POST
    data = entries.DraftInput(title=post.get("title", ""), field=post.get("field", ""), problem=post.get("problem", ""),
                              conditions=post.get("conditions", ""), budget=post.get("budget", ""),
                              term_months=post.get("term_months", ""), apply_until=post.get("apply_until", ""),
                              targets=target_rows(post))
    return _act(request, challenge, lambda: entries.draft_update(request.user, challenge, data, today()), "已保存榜单")


@login_required
@require_POST
def apply_view(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    post = request.POST
    data = entries.ApplicationInput(institution=post.get("institution", ""), lead=post.get("lead", ""),
                                    members=post.get("members", ""), plan=post.get("plan", ""),
                                    files=[Evidence(f.name, f.read()) for f in request.FILES.getlist("files")],
                                    enterprise_id=int_or_none(post.get("enterprise")))
    return _act(request, challenge, lambda: entries.application_submit(request.user, challenge, data, today()),
                "已提交揭榜申报,等待形式审查")


@login_required
@require_GET
def application_detail(request, pk: int):
    app = selectors.application_for_user(request.user, pk)
    return render(request, "kechuang/challenges/application.html", {
        "app": app, "challenge": app.challenge, "can_manage": selectors.can_manage(request.user, app.challenge)})


@login_required
@require_POST
def screen_view(request, pk: int):
    app = selectors.application_for_user(request.user, pk)
    if not selectors.can_manage(request.user, app.challenge):
        raise PermissionDenied
    passed = request.POST.get("decision") == "pass"
    return _act(request, app.challenge, lambda: entries.application_screen(
        request.user, app, passed, request.POST.get("reason", ""), today()),
        f"形式审查{'通过' if passed else '未通过'}:“{app.institution}”")


@login_required
@require_GET
def file_download(request, pk: int):
    row = get_object_or_404(ApplicationFile.objects.select_related("application"), pk=pk)
    selectors.application_for_user(request.user, row.application_id)  # 404 for anyone who may not see it
    try:
        handle = row.file.open("rb")
    except OSError:
        return error_page(request, KechuangError("KC-WEB-NOTFOUND", f"文件“{row.name}”已丢失"), status=404)
    if not handle:
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=row.name)


@login_required
@require_GET
def record_export(request, pk: int):
    challenge = selectors.challenge_for_user(request.user, pk)
    if not selectors.can_read_all(request.user, challenge):
        raise PermissionDenied
    return xlsx_response(exports.record_xlsx(challenge), f"揭榜挂帅-{challenge.title}-{today()}.xlsx")


@login_required
@require_GET
def notice_page(request, pk: int):
    """The printable 公示: the 榜单 (发榜公示) or, from 结果公示 on, the review result and the winner."""
    challenge = selectors.challenge_for_user(request.user, pk)
    r = selectors.rules()
    if not r.reached(challenge.step, "notice"):
        raise Http404
    results = r.reached(challenge.step, "results")
    ranked = [(row, app) for row, app in selectors.ranking(challenge)] if results else []
    return render(request, "kechuang/challenges/notice.html", {
        "challenge": challenge, "results": results, "ranked": ranked, "targets": challenge.targets.all(),
        "today": today()})
