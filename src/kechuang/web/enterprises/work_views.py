"""Pages of the bureau's work with enterprises: the 高企 gap check (one, and the region's batch), the reserve
board with its pipeline chart, and the 科小 self-evaluation form."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.enterprises import OVERALL_ZH
from kechuang.enterprises.results import PART_STATUS_ZH
from kechuang.errors import KechuangError
from kechuang.web.clock import today
from kechuang.web.enterprises import checks, reserve, sme
from kechuang.web.enterprises.access import (
    can_keep_figures,
    can_manage,
    enterprise_for_user,
    enterprises_visible,
    registry_region_id,
)
from kechuang.web.enterprises.models import ReserveEntry, SmeEvaluation
from kechuang.web.enterprises.selectors import BOARD_LIMIT, reserve_board, reserve_entries
from kechuang.web.errors import error_page, http_status
from kechuang.web.pagecache import cached


def as_of_date(text: str | None) -> date:
    if not text:
        return today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise KechuangError("KC-WEB-FIELD", f"检查基准日应为日期,如 2026-12-01:{text}", field="as_of") from None


def _check_page(request, enterprise, as_of: date, error=None, status=200):
    check = checks.hitech_run(request.user, enterprise, as_of, store=False).to_dict()
    for part in check["score"]:
        part["status_zh"] = PART_STATUS_ZH.get(part["status"], part["status"])
    basis = next((c["source"].split(" ")[0] for c in check["conditions"] if c["key"] == "tech_staff"), "")
    shown = {c["key"] for c in check["conditions"]} | {p["key"] for p in check["score"]}
    return render(request, "kechuang/enterprises/check.html", {
        "enterprise": enterprise, "check": check, "as_of": as_of, "basis": basis,
        "judgements": {k: spec for k, spec in checks.JUDGEMENTS.items()  # the items of the rules in force
                       if k in shown}, "answers": checks.judgements_of(enterprise), "error": error,
        "can_manage": can_manage(request.user, enterprise.region_id),
        "stored": enterprise.hitech_results.first()}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def check_view(request, pk: int):
    """GET: the check as of ``?as_of=`` (default today); POST: store it (the bureau)."""
    enterprise = enterprise_for_user(request.user, pk)
    try:
        as_of = as_of_date(request.GET.get("as_of") or request.POST.get("as_of"))
    except KechuangError as exc:
        return _check_page(request, enterprise, today(), error=exc, status=400)
    if request.method == "POST":
        if not can_manage(request.user, enterprise.region_id):
            raise PermissionDenied
        check = checks.hitech_run(request.user, enterprise, as_of)
        messages.success(request, f"已保存检查结果:{OVERALL_ZH[check.overall]}(基准日 {as_of})")
        return redirect(f"{request.path}?as_of={as_of.isoformat()}")
    return _check_page(request, enterprise, as_of)


@login_required
@require_POST
def judgements_view(request, pk: int):
    enterprise = enterprise_for_user(request.user, pk, manage=True)
    try:
        as_of = as_of_date(request.POST.get("as_of"))
        checks.judgements_save(request.user, enterprise, request.POST)
    except KechuangError as exc:
        return _check_page(request, enterprise, today(), error=exc, status=http_status(exc))
    messages.success(request, "已保存评审意见,检查结果已按评审意见重新计算")
    return redirect(f"{reverse('kc-enterprise-check', args=[enterprise.pk])}?as_of={as_of.isoformat()}")


@login_required
@require_GET
def batch_view(request):
    region_id = registry_region_id(request.user)
    try:
        as_of = as_of_date(request.GET.get("as_of"))
    except KechuangError as exc:
        return error_page(request, exc, 400)
    found = checks.hitech_batch(region_id, as_of)
    return render(request, "kechuang/enterprises/batch.html", {
        "rows": [(e, c.to_dict()) for e, c in found], "as_of": as_of,
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


@login_required
@require_http_methods(["GET", "POST"])
def reserve_view(request):
    """GET: the board by stage and the yearly pipeline; POST: enter an enterprise (the bureau)."""
    region_id = registry_region_id(request.user)
    if request.method == "POST":
        enterprise = enterprise_for_user(request.user, int(request.POST.get("enterprise") or 0), manage=True)
        try:
            reserve.reserve_enter(request.user, enterprise, as_of_date(request.POST.get("on")),
                                  via=request.POST.get("via", "bureau"), note=request.POST.get("note", ""),
                                  today=today())
        except KechuangError as exc:
            return error_page(request, exc)
        messages.success(request, f"“{enterprise.name}”已进入后备培育库")
        return redirect("kc-reserve")
    entries = reserve_entries(request.user)
    state, manage = reserve.board_state(entries), region_id is not None and can_manage(request.user, region_id)
    board = cached(("reserve-board", *state, today().isoformat(), manage), lambda: _board_html(entries, manage))
    return render(request, "kechuang/enterprises/reserve.html", {
        "board": mark_safe(board.replace(CSRF_SLOT, escape(get_token(request)))),  # rendered escaped, then cached
        "pipeline": reserve.pipeline(entries, state),
        "expiring": cached(("reserve-expiring", *state, today().isoformat()), lambda: _expiring(entries)),
        "today": today()})


def _expiring(entries) -> list[dict]:
    """Certified entries whose certificate ends within the notice days (cached with the board: same state)."""
    soon = today() + timedelta(days=reserve.EXPIRY_NOTICE_DAYS)
    return list(entries.filter(stage="certified", expires_on__lte=soon).order_by("expires_on", "id")
                .values("enterprise_id", "expires_on", name=F("enterprise__name")))


CSRF_SLOT = "__kc_csrf_slot__"  # the form token goes in after the cached board is read (it is per session)


def _board_html(entries, manage: bool) -> str:
    """The board's stages and rows, rendered once per version of the reserve (and day, and who may move)."""
    # The <option>s of each stage built once (a board of 100 rows renders them 100 times).
    options = {s: format_html_join("", '<option value="{}">{}</option>', [(t, reserve.STAGE_NAMES[t]) for t in nxt])
               for s, nxt in reserve.NEXT.items()}
    return render_to_string("kechuang/enterprises/reserve_board.html", {
        "board": [(s, n, count, [(e, options[s]) for e in rows]) for s, n, count, rows in reserve_board(entries)],
        "base": reverse("kc-enterprises"), "today_text": today().isoformat(), "limit": BOARD_LIMIT,
        "can_manage": manage, "csrf_token": CSRF_SLOT})


@login_required
@require_POST
def reserve_move_view(request, pk: int):
    entry = get_object_or_404(ReserveEntry.objects.select_related("enterprise"), pk=pk)
    enterprise_for_user(request.user, entry.enterprise_id, manage=True)
    try:
        on = as_of_date(request.POST.get("on"))
        reserve.reserve_move(request.user, entry, reserve.MoveInput(
            stage=request.POST.get("stage", ""), on=on, certificate_no=request.POST.get("certificate_no", ""),
            note=request.POST.get("note", "")), today())
    except KechuangError as exc:
        return error_page(request, exc)
    messages.success(request, f"“{entry.enterprise.name}”已转入“{reserve.STAGE_NAMES[request.POST['stage']]}”")
    return redirect("kc-reserve")


@login_required
@require_http_methods(["GET", "POST"])
def sme_view(request, pk: int):
    """The 科小 self-evaluation: the enterprise's users fill it; the bureau reads (and may fill it for them)."""
    enterprise = enterprise_for_user(request.user, pk)
    may_fill = can_keep_figures(request.user, enterprise)
    error, status, values = None, 200, None
    if request.method == "POST":
        if not may_fill:
            raise PermissionDenied
        try:
            evaluation = sme.sme_submit(request.user, enterprise, request.POST)
            messages.success(request, f"自评得分 {evaluation.score:g} 分")
            return redirect("kc-enterprise-sme", pk=enterprise.pk)
        except KechuangError as exc:
            error, status, values = exc, http_status(exc), request.POST.dict()
    latest = SmeEvaluation.objects.filter(enterprise=enterprise).first()
    return render(request, "kechuang/enterprises/sme.html", {
        "enterprise": enterprise, "values": values or sme.sme_initial(enterprise, today().year - 1),
        "latest": latest, "history": SmeEvaluation.objects.filter(enterprise=enterprise)[:10],
        "figures": [(k, sme.FIGURE_FIELDS[k][0]) for k in sme.SME_FIGURES], "judgements": sme.SME_JUDGEMENTS,
        "direct": sme.SME_DIRECT, "may_fill": may_fill, "error": error}, status=status)


@login_required
@require_GET
def sme_list_view(request):
    """Every self-evaluation of the region's enterprises (the bureau, leaders)."""
    registry_region_id(request.user)
    rows = (SmeEvaluation.objects.filter(enterprise__in=enterprises_visible(request.user).values("id"))
            .select_related("enterprise", "submitted_by")[:500])
    return render(request, "kechuang/enterprises/sme_list.html", {"rows": rows})
