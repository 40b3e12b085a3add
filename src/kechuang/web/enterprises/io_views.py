"""Pages of the registry's files: the import template, upload → preview → import, the export of the list."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises.access import registry_region_id
from kechuang.web.enterprises.core import write_enterprise_template
from kechuang.web.enterprises.exports import registry_xlsx
from kechuang.web.enterprises.imports import import_commit, import_plan, upload_done, upload_keep, upload_path
from kechuang.web.enterprises.selectors import enterprise_list
from kechuang.web.errors import http_status

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _attachment(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response


@login_required
@require_GET
def template_view(request):
    registry_region_id(request.user)
    with tempfile.TemporaryDirectory() as folder:
        path = write_enterprise_template(Path(folder) / "template.xlsx")
        data = Path(path).read_bytes()
    return _attachment(data, "企业导入模板.xlsx")


@login_required
@require_GET
def export_view(request):
    registry_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in ("q", "industry", "size", "stage")}
    data = registry_xlsx(enterprise_list(request.user, **params))
    return _attachment(data, f"企业名录-{today().isoformat()}.xlsx")


def _preview(request, region_id: int, digest: str, error=None, status=200):
    path, name = upload_path(request.user, digest)
    plan = import_plan(region_id, path, name)
    return render(request, "kechuang/enterprises/import.html", {
        "plan": plan, "digest": digest, "counts": plan.counts(), "error": error}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    """GET: the upload form; POST with a file: the preview of what the import would do."""
    region_id = registry_region_id(request.user, manage=True)
    if request.method == "GET":
        return render(request, "kechuang/enterprises/import.html", {})
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise KechuangError("KC-WEB-FIELD", "请选择要导入的 Excel 文件", field="file")
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise KechuangError("KC-WEB-TOO-LARGE", f"{upload.name}:文件过大", file=upload.name)
        digest = upload_keep(request.user, upload.read(), upload.name)
        return _preview(request, region_id, digest)
    except KechuangError as exc:
        return render(request, "kechuang/enterprises/import.html", {"error": exc}, status=http_status(exc))


@login_required
@require_POST
def import_confirm(request):
    region_id = registry_region_id(request.user, manage=True)
    digest = request.POST.get("digest", "")
    try:
        path, name = upload_path(request.user, digest)
        plan = import_plan(region_id, path, name)
        out = import_commit(request.user, Region.objects.get(pk=region_id), plan,
                            valid_only=request.POST.get("valid_only") == "1")
    except KechuangError as exc:
        if exc.code == "KC-WEB-NOTFOUND":
            return render(request, "kechuang/enterprises/import.html", {"error": exc}, status=404)
        return _preview(request, region_id, digest, error=exc, status=http_status(exc))
    upload_done(path)
    messages.success(request, f"已导入“{name}”:新增 {out.created} 家、变更 {out.updated} 家、相同 {out.same} 家,"
                              f"年度数据 {out.years} 条,知识产权 {out.ip} 项" +
                     (f";跳过有错误的 {out.skipped} 行" if out.skipped else ""))
    return redirect("kc-enterprises")
