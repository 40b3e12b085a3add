"""Pages of the indicators app: catalog, local indicators, import (upload → preview → confirm), region data with
roll-up, observation history, manual entry. Views parse, call a service or selector, render."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.indicators.template import write_template
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import (
    can_manage_indicators,
    can_read_observations,
    can_use_outcomes,
    can_write_observations,
    is_admin,
    region_id_of,
    role_of,
)
from kechuang.web.errors import error_page, http_status
from kechuang.web.indicators import entry as entry_lib
from kechuang.web.indicators import selectors as sel
from kechuang.web.indicators.imports import import_confirm, import_reject, import_upload
from kechuang.web.indicators.local import LocalInput, local_indicator_save
from kechuang.web.indicators.models import ImportBatch, Indicator
from kechuang.web.indicators.services import catalog_from_database
from kechuang.web.params import int_or_none


def _home_region(request) -> Region | None:
    region_id = region_id_of(request.user)
    return Region.objects.filter(pk=region_id).first() if region_id else None


@login_required
@require_GET
def indicator_list(request):
    if not can_use_outcomes(request.user):
        raise PermissionDenied
    q, group = request.GET.get("q", "").strip(), request.GET.get("group", "").strip()
    rows = sel.indicators_search(request.user, q, group)
    return render(request, "kechuang/indicators.html", {
        "indicators": rows, "q": q, "group": group, "groups": sel.indicator_groups(),
        "can_manage": can_manage_indicators(request.user), "can_import": _can_import(request.user),
        "region": _home_region(request)})


def _can_import(user) -> bool:
    return is_admin(user) or (role_of(user) == "bureau" and region_id_of(user) is not None)


@login_required
@require_GET
def indicator_detail(request, pk: int):
    if not can_use_outcomes(request.user):
        raise PermissionDenied
    indicator = get_object_or_404(Indicator, pk=pk)
    if not sel.indicator_visible(request.user, indicator):
        raise Http404
    return render(request, "kechuang/indicator.html", {
        "indicator": indicator, "coverage": sel.indicator_coverage(request.user, indicator),
        "edits": indicator.edits.select_related("edited_by")[:20],
        "can_edit": indicator.region_id is not None and can_write_observations(request.user, indicator.region_id)})


@login_required
@require_http_methods(["GET", "POST"])
def indicator_add(request):
    if not can_manage_indicators(request.user):
        raise PermissionDenied
    edit = int_or_none(request.GET.get("edit"))
    existing = get_object_or_404(Indicator, pk=edit) if request.GET.get("edit") else None
    if existing is not None and (existing.region_id is None
                                 or not can_write_observations(request.user, existing.region_id)):
        raise PermissionDenied
    if request.method == "POST":
        form = dict(request.POST.items())
    elif existing is not None:
        form = {f: getattr(existing, f) for f in ("name", "unit", "direction", "aggregation", "group", "definition",
                                                  "source")}
        form["aliases"] = "、".join(existing.aliases)
    else:
        form = {}
    if request.method == "POST":
        try:
            row = local_indicator_save(request.user, LocalInput.from_form(request.POST), existing)
        except KechuangError as exc:
            return render(request, "kechuang/indicator_form.html", {"error": exc, "form": form, "existing": existing},
                          status=http_status(exc))
        messages.success(request, f"已保存地方指标「{row.name}」(第 {row.version} 版)")
        return redirect("kc-indicator", row.pk)
    return render(request, "kechuang/indicator_form.html", {"form": form, "existing": existing})


@login_required
@require_GET
def import_template(request):
    if not can_use_outcomes(request.user):
        raise PermissionDenied
    catalog = catalog_from_database(_home_region(request))
    with tempfile.TemporaryDirectory() as tmp:
        path = write_template(Path(tmp) / "template.xlsx", catalog)
        data = path.read_bytes()
    response = FileResponse(iter([data]), as_attachment=True, filename="观测数据导入模板.xlsx",
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return response


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request):
    if not _can_import(request.user):
        raise PermissionDenied
    error, status = None, 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise KechuangError("KC-DATA-EMPTY", "请选择要导入的 xlsx 或 csv 文件", field="file")
            batch = import_upload(request.user, upload.name, upload.read())
            return redirect("kc-indicator-batch", batch.pk)
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    batches = ImportBatch.objects.filter(created_by=request.user)[:10]
    return render(request, "kechuang/indicator_import.html", {"error": error, "batches": batches}, status=status)


def _batch_for(request, pk: int) -> ImportBatch:
    batch = get_object_or_404(ImportBatch.objects.select_related("created_by"), pk=pk)
    if not is_admin(request.user) and batch.created_by_id != request.user.pk:
        raise Http404
    return batch


@login_required
@require_GET
def batch_detail(request, pk: int):
    batch = _batch_for(request, pk)
    return render(request, "kechuang/indicator_batch.html", {"batch": batch, "error": None})


@login_required
@require_POST
def batch_confirm(request, pk: int):
    batch = _batch_for(request, pk)
    if request.POST.get("action") == "reject":
        import_reject(batch)
        messages.info(request, f"已放弃导入「{batch.file_name}」")
        return redirect("kc-indicator-import")
    try:
        batch = import_confirm(request.user, batch, valid_rows=request.POST.get("valid_rows") == "1")
    except KechuangError as exc:
        return render(request, "kechuang/indicator_batch.html", {"batch": batch, "error": exc},
                      status=http_status(exc))
    if batch.status == ImportBatch.IMPORTED:
        c = batch.counts
        messages.success(request, f"已导入「{batch.file_name}」:新增 {c.get('new', 0)} 条,变更 {c.get('changed', 0)} 条"
                         f"(旧值保留为历史版本),相同 {c.get('same', 0)} 条")
    return redirect("kc-indicator-batch", batch.pk)


def _readable_region(request, pk: int) -> Region:
    region = get_object_or_404(Region, pk=pk)
    if not can_read_observations(request.user, region.pk):
        raise Http404  # another county's data does not exist for this user
    return region


@login_required
@require_GET
def region_data(request, pk: int):
    region = _readable_region(request, pk)
    return render(request, "kechuang/region_data.html", sel.region_data(region, request.GET.get("group", "")))


@login_required
@require_GET
def observation_history(request, pk: int):
    region = _readable_region(request, pk)
    code = request.GET.get("indicator", "")
    indicator = Indicator.objects.filter(code=code).first() if code else None
    if code and indicator is None:
        raise Http404
    is_demo = sel.has_demo(region)
    chart = None
    if indicator is not None:
        points = sel.series(region, indicator.code)
        chart = {"title": f"{region.name} {indicator.name}" + ("(示例数据)" if is_demo else ""), "name": indicator.name,
                 "unit": indicator.unit, "years": [y for y, _ in points], "values": [v for _, v in points]}
    return render(request, "kechuang/observation_history.html", {
        "region": region, "indicator": indicator, "versions": sel.observation_versions(region, indicator),
        "is_demo": is_demo, "chart": chart})


@login_required
@require_http_methods(["GET", "POST"])
def entry_page(request):
    region_id = int_or_none(request.GET.get("region")) or region_id_of(request.user)
    region = get_object_or_404(Region, pk=region_id) if region_id else None
    if region is None or not can_write_observations(request.user, region.pk):
        if region is not None and can_read_observations(request.user, region.pk):
            raise PermissionDenied
        if region is None:
            raise PermissionDenied
        raise Http404
    year = int_or_none(request.GET.get("year")) or entry_lib.default_year()
    rows = entry_lib.entry_rows(region, year)
    if request.method == "GET":
        return render(request, "kechuang/indicator_entry.html", {"region": region, "year": year, "rows": rows})
    try:
        result = entry_lib.entry_save(request.user, region, year, request.POST)
    except KechuangError as exc:
        return error_page(request, exc)
    if result.warnings:
        rows = entry_lib.entry_rows(region, year, request.POST)
        return render(request, "kechuang/indicator_entry.html", {"region": region, "year": year, "rows": rows,
                                                                 "warnings": result.warnings}, status=200)
    messages.success(request, f"已保存 {region.name} {year} 年数据:新增或变更 {result.changed} 项")
    return redirect(f"{request.path}?region={region.pk}&year={year}")
