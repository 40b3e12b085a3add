"""Pages of the 载体/平台 library: the list with counts per level and kind, a carrier's page (evaluations,
history), create and edit, evaluate; the files (template, import, export)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.sheets import write_rows, write_template
from kechuang.web.accounts.models import Region
from kechuang.web.carriers import services
from kechuang.web.carriers.access import can_manage, carrier_for_user, list_region_id
from kechuang.web.carriers.columns import CARRIER_COLUMNS, CARRIER_EXAMPLE
from kechuang.web.carriers.imports import carrier_commit, carrier_plan
from kechuang.web.carriers.models import KINDS, LEVELS, Carrier, CarrierEvaluation
from kechuang.web.carriers.selectors import (
    FILTERS,
    carrier_history,
    carrier_list,
    carriers_shown,
    level_kind_table,
)
from kechuang.web.clock import today
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.errors import http_status
from kechuang.web.formflow import form_page
from kechuang.web.keyset import keyset_page
from kechuang.web.params import digits
from kechuang.web.talents.tables import Importer, attachment, confirm_page, import_page

FORM_FIELDS = ("name", "kind", "level", "host_name", "recognised_on", "document_no", "fields", "status",
               "revoked_on", "note")


def _input(post) -> services.CarrierInput:
    host = post.get("host_enterprise", "")
    return services.CarrierInput(host_enterprise_id=int(host) if digits(host) else None,
                                 **{k: post.get(k, "") for k in FORM_FIELDS})


@login_required
@require_GET
def carrier_list_view(request):
    region_id = list_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    rows = carrier_list(request.user, **params)
    page = keyset_page(rows, request.GET, order=("name", "id"), params=params, shown=carriers_shown)
    return render(request, "kechuang/carriers/list.html", {
        "page": page, "params": params, "kinds": KINDS, "levels": LEVELS, "statuses": Carrier.STATUSES,
        "table": level_kind_table(rows),
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


def _form(request, carrier=None, error=None):
    region_id = carrier.region_id if carrier else list_region_id(request.user, manage=True)
    values = request.POST.dict() if error else None
    if values is None:
        values = {k: getattr(carrier, k) for k in FORM_FIELDS} if carrier else {"status": "active"}
        values["host_enterprise"] = str(carrier.host_enterprise_id or "") if carrier else ""
    return render(request, "kechuang/carriers/form.html", {
        "carrier": carrier, "error": error, "values": values, "kinds": KINDS, "levels": LEVELS,
        "statuses": Carrier.STATUSES, "enterprises": pick_choices(region_id, values.get("host_enterprise")),
        "region_id": region_id},
        status=http_status(error) if error else 200)


@login_required
@require_http_methods(["GET", "POST"])
def carrier_new(request):
    region_id = list_region_id(request.user, manage=True)
    return form_page(request, lambda error: _form(request, error=error),
                     lambda: services.carrier_create(request.user, Region.objects.get(pk=region_id),
                                                     _input(request.POST), today()),
                     lambda c: f"已登记载体“{c.name}”", "kc-carrier")


@login_required
@require_http_methods(["GET", "POST"])
def carrier_edit(request, pk: int):
    carrier = carrier_for_user(request.user, pk, manage=True)
    return form_page(request, lambda error: _form(request, carrier, error=error),
                     lambda: services.carrier_update(request.user, carrier, _input(request.POST),
                                                     request.POST.get("version"), today()),
                     lambda c: f"已修改载体“{c.name}”", "kc-carrier")


def _page(request, carrier, error=None, status=200, form=None):
    return render(request, "kechuang/carriers/detail.html", {
        "carrier": carrier, "evaluations": carrier.evaluations.all(), "results": CarrierEvaluation.RESULTS,
        "history": carrier_history(carrier), "can_manage": can_manage(request.user, carrier.region_id),
        "error": error, "form": form or {"year": today().year - 1}}, status=status)


@login_required
@require_GET
def carrier_detail(request, pk: int):
    return _page(request, carrier_for_user(request.user, pk))


@login_required
@require_POST
def carrier_evaluate(request, pk: int):
    carrier = carrier_for_user(request.user, pk, manage=True)
    try:
        done = services.evaluation_save(request.user, carrier, request.POST.get("year", ""),
                                        request.POST.get("result", ""), request.POST.get("note", ""), today())
    except KechuangError as exc:
        return _page(request, carrier, error=exc, status=http_status(exc), form=request.POST.dict())
    messages.success(request, f"已保存 {done.year} 年度评价:{done.get_result_display()}")
    return redirect("kc-carrier", pk=carrier.pk)


IMPORTER = Importer(
    folder="carriers", title="导入载体/平台", import_url="kc-carriers-import", template_url="kc-carriers-template",
    confirm_url="kc-carriers-import-confirm", list_url="kc-carriers",
    region_id=lambda user: list_region_id(user, manage=True), plan=carrier_plan, commit=carrier_commit,
    sheets="工作表“载体”:名称、类型、级别、依托单位、认定日期必填;同一地区按名称与级别对应已有载体")


@login_required
@require_GET
def template_view(request):
    list_region_id(request.user, manage=True)
    return attachment(write_template(None, {"载体": CARRIER_COLUMNS}, examples={"载体": CARRIER_EXAMPLE}),
                      "载体平台导入模板.xlsx")


@login_required
@require_GET
def export_view(request):
    list_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    rows = [{k: getattr(c, k) for k in FORM_FIELDS} for c in carrier_list(request.user, **params)]
    return attachment(write_rows(None, {"载体": (CARRIER_COLUMNS, rows)}), f"载体平台-{today().isoformat()}.xlsx")


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    return import_page(request, IMPORTER)


@login_required
@require_POST
def import_confirm(request):
    return confirm_page(request, IMPORTER)
