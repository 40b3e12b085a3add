"""Pages of the demand and achievement libraries: lists (filters, pages), detail pages with their matches,
forms. 对接 pages are in ``docking_views``; import and export in ``io_views``."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from kechuang.errors import KechuangError
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.errors import http_status
from kechuang.web.formflow import form_page
from kechuang.web.history.selectors import history_rows
from kechuang.web.keyset import keyset_page
from kechuang.web.libraries.index_store import IndexBuilding
from kechuang.web.transfer import access, list_rows, matching, page_blocks, selectors, services, stored_matches
from kechuang.web.transfer.models import HOLDER_KINDS, TRANSFER_MODES, Achievement, Demand
from kechuang.web.vouchers.money import wan

DEMAND_FILTERS = ("q", "status", "field", "enterprise")
ACHIEVEMENT_FILTERS = ("q", "status", "field", "holder_kind", "maturity")


def _forbidden_or_form(exc: KechuangError):
    from django.core.exceptions import PermissionDenied

    if exc.code == "KC-WEB-FORBIDDEN":
        raise PermissionDenied from None


def _matches(find, user, obj) -> dict:
    """The matches, or the notice that the library's index is being built (the page does not wait for it)."""
    try:
        matches = find(user, obj)
        return {"matches": matches, "matches_html": page_blocks.hits_html(matches, "成果"), "pending": None}
    except IndexBuilding as exc:
        return {"matches": [], "matches_html": "", "pending": exc}


@login_required
@require_GET
def home(request):
    access.require_use(request.user)
    return redirect("kc-transfer-demands")


# ---------------------------------------------------------------------------------------------- demands


@login_required
@require_GET
def demand_list(request):
    access.require_use(request.user)
    params = {k: request.GET.get(k, "") for k in DEMAND_FILTERS}
    page = keyset_page(selectors.demand_list(request.user, **params), request.GET, params=params,
                       shown=selectors.demands_shown)
    region = access.home_region(request.user)
    return render(request, "kechuang/transfer/demands.html", {
        "page": page, "params": params, "statuses": Demand.STATUSES,
        "can_add": access.enterprise_id_of(request.user) is not None or (
            region is not None and access.can_manage(request.user, region.pk)),
        "can_import": region is not None and access.can_manage(request.user, region.pk)
        and not access.enterprise_id_of(request.user)})


def _demand_form(request, demand=None, error=None):
    values = request.POST if error else None
    if error:
        _forbidden_or_form(error)
    own = access.enterprise_id_of(request.user)
    region = access.home_region(request.user)
    if values is None and demand is not None:
        values = {**services.demand_snapshot(demand), "title": demand.title, "deadline": str(demand.deadline or ""),
                  "budget": wan(demand.budget), "status": demand.status,
                  "enterprise": demand.enterprise_id, "maturity": demand.maturity or ""}
    enterprises = [] if own or region is None else pick_choices(region.pk, (values or {}).get("enterprise"))
    return render(request, "kechuang/transfer/demand_form.html", {
        "demand": demand, "error": error, "values": values or {}, "enterprises": enterprises,
        "statuses": Demand.STATUSES}, status=http_status(error) if error else 200)


def _demand_input(post) -> services.DemandInput:
    return services.DemandInput(**{k: post.get(k, "") for k in ("title", "problem", "fields", "budget", "deadline",
                                                                 "maturity", "contact", "status")},
                                enterprise_id=post.get("enterprise") or None)


@login_required
@require_http_methods(["GET", "POST"])
def demand_new(request):
    access.require_use(request.user)
    if not access.enterprise_id_of(request.user):
        access.require_manage_home(request.user)
    return form_page(request, lambda error: _demand_form(request, error=error),
                     lambda: services.demand_create(request.user, _demand_input(request.POST)),
                     lambda d: f"已登记技术需求“{d.title}”", "kc-transfer-demand")


@login_required
@require_http_methods(["GET", "POST"])
def demand_edit(request, pk: int):
    demand = access.demand_for_user(request.user, pk, edit=True)
    return form_page(request, lambda error: _demand_form(request, demand, error=error),
                     lambda: services.demand_update(request.user, demand, _demand_input(request.POST)),
                     lambda d: f"已保存技术需求“{d.title}”", "kc-transfer-demand")


def demand_page(request, demand: Demand, error=None, form=None):
    from kechuang.web.transfer.docking_views import docking_context

    user = request.user
    reader = not access.enterprise_id_of(user)
    try:
        found, pending = page_blocks.matches_block(user, demand), None
    except IndexBuilding as exc:
        found, pending = page_blocks.Matches(""), exc
    return render(request, "kechuang/transfer/demand.html", {
        "demand": demand, "budget": wan(demand.budget), "can_edit": access.can_edit_demand(user, demand),
        "contact": access.contact_shown(user, demand),
        "matches_html": found.html, "recommended": found.recommended, "pending": pending,
        "people_html": page_blocks.people_block(demand) if reader else "",
        "dockings": demand.dockings.select_related("achievement").prefetch_related("files"),
        # the history holds the contact unmasked: for those who may see it whole
        "history": history_rows(selectors.demand_history(demand)[:200]) if access.can_edit_demand(user, demand)
        else None,
        **docking_context(user, demand, form, found.recommended), "error": error, "form": form or {},
    }, status=http_status(error) if error else 200)


@login_required
@require_GET
def demand_detail(request, pk: int):
    return demand_page(request, access.demand_for_user(request.user, pk))


# ----------------------------------------------------------------------------------------- achievements


@login_required
@require_GET
def achievement_list(request):
    access.require_use(request.user)
    params = {k: request.GET.get(k, "") for k in ACHIEVEMENT_FILTERS}
    page = keyset_page(selectors.achievement_list(request.user, **params), request.GET, params=params,
                       shown=selectors.achievement_values)
    need, found, error = request.GET.get("need", ""), None, None
    if "need" in request.GET:
        try:
            found = matching.search_achievements(request.user, need)
        except KechuangError as exc:
            error = exc
    region = access.home_region(request.user)
    manage = region is not None and access.can_manage(request.user, region.pk) and not access.enterprise_id_of(
        request.user)
    return render(request, "kechuang/transfer/achievements.html", {
        "page": page, "rows_html": list_rows.achievement_rows(page.rows), "params": params,
        "statuses": Achievement.STATUSES, "holder_kinds": HOLDER_KINDS, "need": need[:200], "found": found,
        "error": error, "can_manage": manage,
    }, status=http_status(error) if error else 200)


def _achievement_form(request, achievement=None, error=None):
    values = request.POST if error else None
    if error:
        _forbidden_or_form(error)
    region = access.home_region(request.user)
    if values is None and achievement is not None:
        values = {**services.achievement_snapshot(achievement), "title": achievement.title,
                  "price": wan(achievement.price),
                  "holder_kind": achievement.holder_kind, "status": achievement.status,
                  "maturity": achievement.maturity or "", "enterprise": achievement.enterprise_id}
        modes = achievement.modes
    else:
        modes = request.POST.getlist("modes") if request.method == "POST" else []
    return render(request, "kechuang/transfer/achievement_form.html", {
        "achievement": achievement, "error": error, "values": values or {}, "modes": modes,
        "holder_kinds": HOLDER_KINDS, "transfer_modes": TRANSFER_MODES, "statuses": Achievement.STATUSES,
        "enterprises": pick_choices(region.pk, (values or {}).get("enterprise")) if region else []},
        status=http_status(error) if error else 200)


def _achievement_input(post) -> services.AchievementInput:
    return services.AchievementInput(
        **{k: post.get(k, "") for k in ("title", "holder", "holder_kind", "summary", "fields", "maturity", "ip",
                                        "price", "status")},
        modes=post.getlist("modes"), enterprise_id=post.get("enterprise") or None)


@login_required
@require_http_methods(["GET", "POST"])
def achievement_new(request):
    region = access.require_manage_home(request.user)
    return form_page(request, lambda error: _achievement_form(request, error=error),
                     lambda: services.achievement_create(request.user, region, _achievement_input(request.POST)),
                     lambda a: f"已登记科技成果“{a.title}”", "kc-transfer-achievement")


@login_required
@require_http_methods(["GET", "POST"])
def achievement_edit(request, pk: int):
    achievement = access.achievement_for_user(request.user, pk, edit=True)
    return form_page(request, lambda error: _achievement_form(request, achievement, error=error),
                     lambda: services.achievement_update(request.user, achievement, _achievement_input(request.POST)),
                     lambda a: f"已保存科技成果“{a.title}”", "kc-transfer-achievement")


@login_required
@require_GET
def achievement_detail(request, pk: int):
    user = request.user
    achievement = access.achievement_for_user(user, pk)
    reader = not access.enterprise_id_of(user)
    dockings = access.dockings_visible(user).filter(achievement=achievement)
    return render(request, "kechuang/transfer/achievement.html", {
        "achievement": achievement, "price": wan(achievement.price),
        "can_edit": reader and access.can_manage(user, achievement.region_id),
        **_matches(stored_matches.demands_for_achievement, user, achievement), "dockings": dockings,
        "history": history_rows(selectors.achievement_history(achievement)[:200]) if reader else []})
