"""Pages of the batch check: start one for a year, its progress and suspect pairs, the pairs' export, a decision
on a pair."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import region_id_of, role_of
from kechuang.web.errors import http_status
from kechuang.web.keyset import keyset_page
from kechuang.web.libraries.access import manage_region_id
from kechuang.web.libraries.batch import batch_start, pair_decide
from kechuang.web.libraries.exports import pairs_xlsx
from kechuang.web.libraries.highlight import marked
from kechuang.web.libraries.io_views import attachment
from kechuang.web.libraries.models import BatchCheck, SuspectPair

PAGE_SIZE = 50


def _batches_visible(user):
    role = role_of(user)
    if role == Role.ADMIN:
        return BatchCheck.objects.all()
    if role in (Role.BUREAU, Role.LEADER):
        return BatchCheck.objects.filter(region_id=region_id_of(user))
    raise PermissionDenied


def batch_for_user(user, pk: int) -> BatchCheck:
    batch = get_object_or_404(BatchCheck, pk=pk)
    if not _batches_visible(user).filter(pk=pk).exists():
        raise Http404
    return batch


def _list(request, error=None, status=200):
    return render(request, "kechuang/libraries/batches.html", {
        "batches": _batches_visible(request.user)[:50], "error": error,
        "can_start": role_of(request.user) == Role.BUREAU}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def batch_list_view(request):
    if request.method == "GET":
        return _list(request)
    region_id = manage_region_id(request.user)
    try:
        batch = batch_start(request.user, Region.objects.get(pk=region_id), request.POST.get("year", ""))
    except KechuangError as exc:
        return _list(request, error=exc, status=http_status(exc))
    messages.success(request, f"已开始 {batch.year} 年申报项目的批量查重({batch.applications} 个项目)")
    return redirect("kc-project-batch", pk=batch.pk)


def _pair_rows(pairs):
    for p in pairs:
        passages = p.explanation.get("passages", {})
        p.other_title_html = marked(p.other.title, passages.get("title"))
        p.other_summary_html = marked(p.other.summary, passages.get("summary"), limit=120)
        yield p


@login_required
@require_GET
def batch_detail(request, pk: int):
    batch = batch_for_user(request.user, pk)
    # keyset pages, most similar first: page 40 of a year's pairs costs what page 1 does (no OFFSET, no count per
    # request: keyset caches it under the pairs' table version)
    page = keyset_page(batch.pairs.all(), request.GET, order=("-score", "id"), size=PAGE_SIZE,
                       shown=lambda rows: rows.select_related("project", "other", "decided_by"))
    return render(request, "kechuang/libraries/batch.html", {
        "batch": batch, "page": page, "pairs": list(_pair_rows(page)),
        "can_decide": role_of(request.user) == Role.BUREAU and batch.region_id == region_id_of(request.user)},
        status=200 if batch.status in (BatchCheck.DONE, BatchCheck.FAILED) else 202)


@login_required
@require_GET
def batch_status(request, pk: int):
    batch = batch_for_user(request.user, pk)
    return JsonResponse({"batch": batch.pk, "status": batch.status, "status_name": batch.get_status_display(),
                         "progress": batch.progress, "stage": batch.stage, "pairs": batch.pairs.count(),
                         "error": batch.error}, json_dumps_params={"ensure_ascii": False})


@login_required
@require_GET
def batch_export(request, pk: int):
    batch = batch_for_user(request.user, pk)
    return attachment(pairs_xlsx(batch.pairs.all()), f"批量查重-{batch.year}年-{batch.pk}.xlsx")


@login_required
@require_POST
def pair_decide_view(request, pk: int):
    pair = get_object_or_404(SuspectPair.objects.select_related("batch", "project", "other"), pk=pk)
    batch_for_user(request.user, pair.batch_id)
    if role_of(request.user) != Role.BUREAU or pair.batch.region_id != region_id_of(request.user):
        raise PermissionDenied
    try:
        pair_decide(request.user, pair, request.POST.get("decision", ""), request.POST.get("reason", ""))
    except KechuangError as exc:
        messages.error(request, f"第 {pair.pk} 对:{exc.message_zh}")
        return redirect("kc-project-batch", pk=pair.batch_id)
    messages.success(request, f"已记录:“{pair.project.title}”与“{pair.other.title}”——{pair.get_decision_display()}")
    return redirect("kc-project-batch", pk=pair.batch_id)
