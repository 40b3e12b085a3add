"""Pages of the registry: the list, an enterprise's page, create and edit, figures and IP, 核实."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.enterprises import OVERALL_ZH
from kechuang.enterprises.display import money
from kechuang.enterprises.rd_items import rd_total_from_items
from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises import services
from kechuang.web.enterprises.access import (
    can_keep_figures,
    can_manage,
    enterprise_for_user,
    enterprise_id_of,
    registry_region_id,
)
from kechuang.web.enterprises.figures import FIGURE_FIELDS, RD_ITEM_FIELDS, RD_ITEM_PREFIX, year_checked
from kechuang.web.enterprises.models import SIZES, IPHolding, ReserveEntry
from kechuang.web.enterprises.selectors import (
    enterprise_history,
    enterprise_list,
    enterprise_page,
    latest_check_and_sme,
    recent_history,
)
from kechuang.web.errors import http_status
from kechuang.web.params import digits

HISTORY_LIMIT = 1000  # changes on the whole log's page
FORM_FIELDS = ("name", "uscc", "address", "industry_code", "size", "registered_on", "tech_field", "contact_name",
               "contact_phone", "contact_email")


def _input(post) -> services.EnterpriseInput:
    return services.EnterpriseInput(**{k: post.get(k, "") for k in FORM_FIELDS})


def _say_saved(request, saved: services.Saved, verb: str) -> None:
    messages.success(request, f"已{verb}企业“{saved.enterprise.name}”")
    for warning in saved.warnings:
        messages.warning(request, warning)
    for other in saved.similar:
        messages.warning(request, format_html('{} <a href="{}">查看</a>', services.similar_warning(other),
                                              reverse("kc-enterprise", args=[other.pk])))


@login_required
@require_GET
def enterprise_list_view(request):
    region_id = registry_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in ("q", "industry", "size", "stage")}
    page = enterprise_page(enterprise_list(request.user, **params), request.GET, params)
    return render(request, "kechuang/enterprises/list.html", {
        "page": page, "params": params,
        "base": reverse("kc-enterprises"), "sizes": SIZES, "stages": ReserveEntry.STAGES,
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


def _form(request, enterprise=None, error=None, status=200, values=None):
    return render(request, "kechuang/enterprises/form.html", {
        "enterprise": enterprise, "error": error, "sizes": SIZES,
        "values": values or (services.input_of(enterprise).__dict__ if enterprise else {})}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def enterprise_new(request):
    region_id = registry_region_id(request.user, manage=True)
    if request.method == "GET":
        return _form(request)
    try:
        saved = services.enterprise_create(request.user, Region.objects.get(pk=region_id), _input(request.POST),
                                           today())
    except KechuangError as exc:
        return _form(request, error=exc, status=http_status(exc), values=request.POST.dict())
    _say_saved(request, saved, "登记")
    return redirect("kc-enterprise", pk=saved.enterprise.pk)


@login_required
@require_http_methods(["GET", "POST"])
def enterprise_edit(request, pk: int):
    enterprise = enterprise_for_user(request.user, pk, manage=True)
    if request.method == "GET":
        return _form(request, enterprise)
    try:
        saved = services.enterprise_update(request.user, enterprise, _input(request.POST),
                                           request.POST.get("version"), today())
    except KechuangError as exc:
        return _form(request, enterprise, error=exc, status=http_status(exc), values=request.POST.dict())
    _say_saved(request, saved, "修改")
    return redirect("kc-enterprise", pk=enterprise.pk)


def _figures_of(years: list, year: int) -> dict:
    """The figures form filled with the year's stored figures and 研发费用 items (a clerk changes what changed)."""
    row = next((y for y in years if y.year == year), None)
    if row is None:
        return {"year": year}
    values = {k: f"{getattr(row, k):g}" for k in FIGURE_FIELDS if getattr(row, k) is not None}
    items = {f"{RD_ITEM_PREFIX}{k}": f"{v:g}" for k, v in (row.rd_items or {}).items()}
    if items:  # the total and domestic part follow from the items
        values.pop("rd_expense", None)
        values.pop("rd_expense_domestic", None)
    return {"year": year, **values, **items}


def _reserve_of(enterprise) -> ReserveEntry | None:
    try:
        return enterprise.reserve  # joined by enterprise_detail; a query otherwise
    except ReserveEntry.DoesNotExist:
        return None


def _page(request, enterprise, error=None, status=200, figures_form=None, ip_form=None):
    years = list(enterprise.years.all())
    if figures_form is None:
        chosen = request.GET.get("year", "")
        figures_form = _figures_of(years, int(chosen) if digits(chosen) else today().year - 1)
    # the latest check and self-evaluation as the page shows them (not their stored results)
    check, sme = latest_check_and_sme(enterprise.pk)
    history, older = recent_history(enterprise)
    return render(request, "kechuang/enterprises/detail.html", {
        "enterprise": enterprise, "years": years,
        "figure_inputs": [(k, label, "人" if kind == "people" else "万元", (figures_form or {}).get(k, ""))
                          for k, (label, kind) in FIGURE_FIELDS.items()],
        "rd_item_inputs": [(k, label, (figures_form or {}).get(k, "")) for k, (label, _) in RD_ITEM_FIELDS.items()],
        "rows": [(label, [getattr(y, key) for y in years]) for key, (label, _) in FIGURE_FIELDS.items()],
        "ip": enterprise.ip.all(), "categories": services.IP_CATEGORIES,
        "reserve": _reserve_of(enterprise),
        "check": check, "check_zh": OVERALL_ZH.get(check.overall) if check else "",
        "sme": sme,
        "history": history, "history_more": reverse("kc-enterprise-history", args=[enterprise.pk]) if older else "",
        "error": error,
        "figures_form": figures_form, "ip_form": ip_form or {},
        "can_manage": can_manage(request.user, enterprise.region_id),
        "can_keep": can_keep_figures(request.user, enterprise),
        "is_own": enterprise_id_of(request.user) == enterprise.pk}, status=status)


@login_required
@require_GET
def enterprise_detail(request, pk: int):
    return _page(request, enterprise_for_user(request.user, pk, related=("region", "reserve")))


@login_required
@require_GET
def history_view(request, pk: int):
    """An enterprise's whole change log (its page shows the newest changes)."""
    enterprise = enterprise_for_user(request.user, pk)
    return render(request, "kechuang/enterprises/history.html", {
        "enterprise": enterprise, "history": enterprise_history(enterprise, HISTORY_LIMIT), "limit": HISTORY_LIMIT})


@login_required
@require_GET
def my_enterprise(request):
    """An enterprise user's home: its own enterprise's page."""
    own = enterprise_id_of(request.user)
    if own is None:
        return redirect("kc-enterprises")
    return redirect("kc-enterprise", pk=own)


@login_required
@require_POST
def figures_view(request, pk: int):
    enterprise = enterprise_for_user(request.user, pk, figures=True)
    try:
        year = year_checked(request.POST.get("year", ""))
        if year > today().year:
            raise KechuangError("KC-ENT-FIGURE", f"年度不能晚于今年:{year}", field="year")
        source = "enterprise" if enterprise_id_of(request.user) == enterprise.pk else "manual"
        raw = {k: request.POST.get(k, "") for k in (*FIGURE_FIELDS, *RD_ITEM_FIELDS)}
        row, changed = services.figures_save(request.user, enterprise, year, raw, source=source)
    except KechuangError as exc:
        return _page(request, enterprise, error=exc, status=http_status(exc), figures_form=request.POST.dict())
    messages.success(request, f"已保存 {year} 年度数据" if changed else f"{year} 年度数据没有变化")
    if row.rd_items:
        counted = rd_total_from_items(row.rd_items, date(year, 12, 31))
        messages.info(request, f"研发费用按明细计为 {money(counted.total)} 万元,"
                               f"其中境内 {money(counted.domestic)} 万元")
        for note in counted.notes:
            messages.info(request, note)
    return redirect("kc-enterprise", pk=enterprise.pk)


@login_required
@require_POST
def ip_view(request, pk: int):
    enterprise = enterprise_for_user(request.user, pk, figures=True)
    data = services.IPInput(category=request.POST.get("category", ""), number=request.POST.get("number", ""),
                            title=request.POST.get("title", ""), granted_on=request.POST.get("granted_on", ""),
                            used_for_hitech=request.POST.get("used_for_hitech") == "1")
    try:
        services.ip_add(request.user, enterprise, data, today())
    except KechuangError as exc:
        return _page(request, enterprise, error=exc, status=http_status(exc), ip_form=request.POST.dict())
    messages.success(request, f"已登记知识产权 {data.number}")
    return redirect("kc-enterprise", pk=enterprise.pk)


@login_required
@require_POST
def ip_delete_view(request, pk: int):
    holding = get_object_or_404(IPHolding, pk=pk)
    enterprise = enterprise_for_user(request.user, holding.enterprise_id, figures=True)
    services.ip_delete(request.user, holding)
    messages.success(request, f"已删除知识产权 {holding.number}")
    return redirect("kc-enterprise", pk=enterprise.pk)


@login_required
@require_POST
def verify_view(request, pk: int):
    enterprise = enterprise_for_user(request.user, pk, manage=True)
    years = services.enterprise_verify(request.user, enterprise)
    messages.success(request, f"已核实“{enterprise.name}”的登记信息" + (f"及 {years} 个年度的数据" if years else ""))
    return redirect("kc-enterprise", pk=enterprise.pk)
