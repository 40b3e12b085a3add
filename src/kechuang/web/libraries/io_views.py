"""Pages of the library's files: the import template, upload → preview (suspect rows marked) → import, the export
of the filtered list."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.errors import http_status
from kechuang.web.libraries.access import manage_region_id, require_reader
from kechuang.web.libraries.exports import projects_xlsx, template_xlsx
from kechuang.web.libraries.imports import import_commit, import_plan, upload_done, upload_keep, upload_path
from kechuang.web.libraries.selectors import FILTERS, project_list
from kechuang.web.params import digits
from kechuang.web.supervision.exports import file_response

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEMPLATE = "kechuang/libraries/import.html"


def attachment(data: bytes, name: str) -> HttpResponse:
    return file_response(data, name, XLSX)


@login_required
@require_GET
def template_view(request):
    manage_region_id(request.user)
    return attachment(template_xlsx(), "科技计划项目导入模板.xlsx")


@login_required
@require_GET
def export_view(request):
    require_reader(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    data = projects_xlsx(project_list(request.user, **params), request.user)
    return attachment(data, f"科技计划项目-{today().isoformat()}.xlsx")


def _preview(request, region_id: int, digest: str, error=None, status=200, reasons=None):
    path, name = upload_path(request.user, digest)
    plan = import_plan(region_id, path, name)
    return render(request, TEMPLATE, {"plan": plan, "digest": digest, "counts": plan.counts(), "error": error,
                                      "reasons": reasons or {}}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    """GET: the upload form; POST with a file: the preview (errors by row and column, suspect rows marked)."""
    region_id = manage_region_id(request.user)
    if request.method == "GET":
        return render(request, TEMPLATE, {})
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise KechuangError("KC-WEB-FIELD", "请选择要导入的 Excel 或 CSV 文件", field="file")
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise KechuangError("KC-WEB-TOO-LARGE", f"{upload.name}:文件过大", file=upload.name)
        digest = upload_keep(request.user, upload.read(), upload.name)
        return _preview(request, region_id, digest)
    except KechuangError as exc:
        return render(request, TEMPLATE, {"error": exc}, status=http_status(exc))


@login_required
@require_POST
def import_confirm(request):
    region_id = manage_region_id(request.user)
    digest = request.POST.get("digest", "")
    reasons = {int(k[7:]): v for k, v in request.POST.items() if k.startswith("reason_") and digits(k[7:])}
    try:
        path, name = upload_path(request.user, digest)
        plan = import_plan(region_id, path, name)
        out = import_commit(request.user, Region.objects.get(pk=region_id), plan,
                            valid_only=request.POST.get("valid_only") == "1", reasons=reasons,
                            reason_all=request.POST.get("reason_all", ""))
    except KechuangError as exc:
        if exc.code == "KC-WEB-NOTFOUND":
            return render(request, TEMPLATE, {"error": exc}, status=404)
        return _preview(request, region_id, digest, error=exc, status=http_status(exc), reasons=reasons)
    upload_done(path)
    messages.success(request, f"已导入“{name}”:新增项目 {out.created} 个" +
                     (f",记录查重结论 {out.reviewed} 条" if out.reviewed else "") +
                     (f";跳过有错误的 {out.skipped} 行" if out.skipped else ""))
    return redirect("kc-projects")
