"""Import (template, upload → preview → confirm) and xlsx export of the transfer libraries."""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.clock import today
from kechuang.web.errors import http_status
from kechuang.web.transfer import access, selectors
from kechuang.web.vouchers.money import wan_number

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NAMES = {"demand": "技术需求", "achievement": "科技成果"}
LISTS = {"demand": "kc-transfer-demands", "achievement": "kc-transfer-achievements"}


def _attachment(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response


def _library(library: str) -> str:
    if library not in NAMES:
        raise Http404
    return library


# --------------------------------------------------------------------------------------------- exports


def _demand_row(d, user) -> dict:
    return {"enterprise": d.enterprise.name, "title": d.title, "problem": d.problem, "fields": d.fields,
            "budget": wan_number(d.budget), "deadline": d.deadline, "maturity": d.maturity,
            "contact": access.contact_shown(user, d), "status": d.status}


def _achievement_row(a) -> dict:
    return {"title": a.title, "holder": a.holder, "holder_kind": a.holder_kind, "summary": a.summary,
            "fields": a.fields, "maturity": a.maturity, "ip": a.ip, "modes": a.mode_names(),
            "price": wan_number(a.price), "status": a.status}


def _docking_row(d) -> dict:
    return {"demand": d.demand.title, "enterprise": d.demand.enterprise.name,
            "partner_kind": d.get_partner_kind_display(), "partner": d.partner_label(), "held_on": d.held_on,
            "form": d.form, "outcome": d.outcome, "contract_no": d.contract_no,
            "contract_amount": wan_number(d.contract_amount), "signed_on": d.signed_on,
            "registered": d.registered if d.outcome == "contract" else None, "note": d.note}


@login_required
@require_GET
def demands_export(request):
    from kechuang.sheets import write_rows
    from kechuang.web.transfer.columns import DEMAND_COLUMNS

    access.require_use(request.user)
    rows = selectors.demand_list(request.user, **{k: request.GET.get(k, "") for k in ("q", "status", "field",
                                                                                        "enterprise")})
    data = write_rows(None, {"技术需求": (DEMAND_COLUMNS, [_demand_row(d, request.user)
                                                        for d in rows.iterator(chunk_size=2000)])})
    return _attachment(data, f"技术需求库-{today().isoformat()}.xlsx")


@login_required
@require_GET
def achievements_export(request):
    from kechuang.sheets import write_rows
    from kechuang.web.transfer.columns import ACHIEVEMENT_COLUMNS

    access.require_use(request.user)
    rows = selectors.achievement_list(request.user, **{k: request.GET.get(k, "") for k in (
        "q", "status", "field", "holder_kind", "maturity")})
    data = write_rows(None, {"科技成果": (ACHIEVEMENT_COLUMNS, [_achievement_row(a)
                                                           for a in rows.iterator(chunk_size=2000)])})
    return _attachment(data, f"科技成果库-{today().isoformat()}.xlsx")


@login_required
@require_GET
def dockings_export(request):
    from kechuang.sheets import write_rows
    from kechuang.web.transfer.columns import DOCKING_COLUMNS

    access.require_use(request.user)
    rows = selectors.docking_list(request.user, **{k: request.GET.get(k, "") for k in ("outcome", "year")})
    data = write_rows(None, {"对接记录": (DOCKING_COLUMNS, [_docking_row(d) for d in rows.iterator(chunk_size=2000)])})
    return _attachment(data, f"对接记录-{today().isoformat()}.xlsx")


# --------------------------------------------------------------------------------------------- imports


@login_required
@require_GET
def import_template(request, library: str):
    from kechuang.sheets import write_template
    from kechuang.web.transfer.columns import EXAMPLES, LIBRARIES

    library = _library(library)
    access.require_manage_home(request.user)
    sheet, columns = LIBRARIES[library]
    data = write_template(None, {sheet: columns}, examples={sheet: EXAMPLES[sheet]})
    return _attachment(data, f"{NAMES[library]}导入模板.xlsx")


def _page(request, library: str, status: int = 200, **context):
    return render(request, "kechuang/transfer/import.html", {"library": library, "name": NAMES[library],
                                                            "list_url": LISTS[library], **context}, status=status)


def _preview(request, library: str, region, digest: str, error=None):
    from kechuang.web.transfer.imports import import_plan, upload_path

    path, name = upload_path(request.user, digest)
    plan = import_plan(request.user, region, library, path, name)
    return _page(request, library, status=http_status(error) if error else 200, plan=plan, digest=digest,
                 error=error)


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request, library: str):
    from kechuang.web.transfer.imports import upload_keep

    library = _library(library)
    region = access.require_manage_home(request.user)
    if request.method == "GET":
        return _page(request, library)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise KechuangError("KC-WEB-FIELD", "请选择要导入的 Excel 或 CSV 文件", field="file")
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise KechuangError("KC-WEB-TOO-LARGE", f"{upload.name}:文件过大", file=upload.name)
        digest = upload_keep(request.user, upload.read(), upload.name)
        return _preview(request, library, region, digest)
    except KechuangError as exc:
        return _page(request, library, status=http_status(exc), error=exc)


@login_required
@require_POST
def import_confirm(request, library: str):
    from kechuang.web.transfer.imports import import_commit, import_plan, upload_done, upload_path

    library = _library(library)
    region = access.require_manage_home(request.user)
    digest = request.POST.get("digest", "")
    try:
        path, name = upload_path(request.user, digest)
        plan = import_plan(request.user, region, library, path, name)
        written, skipped = import_commit(request.user, region, plan, valid_only=request.POST.get("valid_only") == "1")
    except KechuangError as exc:
        if exc.code == "KC-WEB-NOTFOUND":
            return _page(request, library, status=404, error=exc)
        if exc.code.startswith("KC-SHEET"):  # the kept file cannot be read again: no preview to show
            return _page(request, library, status=http_status(exc), error=exc)
        return _preview(request, library, region, digest, error=exc)
    upload_done(path)
    messages.success(request, f"已从“{name}”导入{NAMES[library]} {written} 条" +
                     (f";跳过有错误的 {skipped} 行" if skipped else ""))
    return redirect(LISTS[library])
