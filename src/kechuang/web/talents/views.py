"""Pages of the 人才库: the list, a talent's page (dynamic record, assignments, history), create and edit, events,
a 特派员's login."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.enterprises.picker import pick_choices
from kechuang.web.errors import http_status
from kechuang.web.formflow import form_page
from kechuang.web.keyset import keyset_page
from kechuang.web.talents import services, specialists
from kechuang.web.talents.access import can_manage, library_region_id, own_talent_id, talent_for_user
from kechuang.web.talents.models import CATEGORIES, GENDERS, ServiceLog, TalentEvent, Village
from kechuang.web.talents.selectors import FILTERS, shown, talent_history, talent_list, talents_shown

FORM_FIELDS = ("name", "gender", "birth_year", "id_number", "title", "affiliation", "fields", "expertise", "contact",
               "entered_on")


def talent_input(post) -> services.TalentInput:
    return services.TalentInput(categories=post.getlist("categories"), **{k: post.get(k, "") for k in FORM_FIELDS})


@login_required
@require_GET
def talent_list_view(request):
    if own_talent_id(request.user) is not None:
        return redirect("kc-my-services")
    region_id = library_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    page = keyset_page(talent_list(request.user, **params), request.GET, order=("name", "id"), params=params,
                       shown=talents_shown)
    for t in page:
        shown(request.user, t)
    return render(request, "kechuang/talents/list.html", {
        "page": page, "params": params, "categories": CATEGORIES,
        "can_manage": region_id is not None and can_manage(request.user, region_id)})


def _form(request, talent=None, error=None):
    values = _values(request) if error else None
    if values is None:
        values = {k: getattr(talent, k) for k in FORM_FIELDS if k != "id_number"} if talent else {}
        values["categories"] = talent.category_codes if talent else []
    values.setdefault("categories", [])
    return render(request, "kechuang/talents/form.html", {
        "talent": shown(request.user, talent) if talent else None, "error": error, "values": values,
        "categories": CATEGORIES, "genders": GENDERS}, status=http_status(error) if error else 200)


def _values(request) -> dict:
    values = request.POST.dict()
    values["categories"] = request.POST.getlist("categories")
    values.pop("id_number", None)  # never echoed back into the page
    return values


@login_required
@require_http_methods(["GET", "POST"])
def talent_new(request):
    region_id = library_region_id(request.user, manage=True)
    return form_page(request, lambda error: _form(request, error=error),
                     lambda: services.talent_create(request.user, Region.objects.get(pk=region_id),
                                                    talent_input(request.POST), today()),
                     lambda t: f"已登记人才“{t.name}”", "kc-talent")


@login_required
@require_http_methods(["GET", "POST"])
def talent_edit(request, pk: int):
    talent = talent_for_user(request.user, pk, manage=True)

    def save():
        data = talent_input(request.POST)
        if not shown(request.user, talent).personal_full and not data.contact.strip():
            data.contact = talent.contact  # masked on the form for this user: left as it is
        return services.talent_update(request.user, talent, data, request.POST.get("version"), today())

    return form_page(request, lambda error: _form(request, talent, error=error), save,
                     lambda t: f"已修改人才“{t.name}”的信息", "kc-talent")


def talent_page(request, talent, error=None, status=200, form=None, shown_login=None):
    from kechuang.web.talents.models import SpecialistEvaluation

    manage = can_manage(request.user, talent.region_id)
    return render(request, "kechuang/talents/detail.html", {
        "talent": shown(request.user, talent), "events": talent.events.all(), "event_kinds": TalentEvent.KINDS,
        "assignments": talent.assignments.select_related("village", "enterprise"),
        "logs": ServiceLog.objects.filter(specialist=talent).prefetch_related("photos")[:20],
        "evaluations": SpecialistEvaluation.objects.filter(specialist=talent),
        "history": talent_history(talent), "can_manage": manage, "error": error, "form": form or {},
        "villages": Village.objects.filter(region_id=talent.region_id) if manage else [],
        "enterprises": pick_choices(talent.region_id, (form or {}).get("enterprise"))
        if manage and talent.is_specialist else [],
        "targets": specialists.Assignment.TARGETS, "grades": SpecialistEvaluation.GRADES,
        "accounts": talent.users.select_related("user") if manage else [], "this_year": today().year,
        "shown_login": shown_login},
        status=status)


@login_required
@require_GET
def talent_detail(request, pk: int):
    return talent_page(request, talent_for_user(request.user, pk))


@login_required
@require_POST
def talent_event(request, pk: int):
    talent = talent_for_user(request.user, pk, manage=True)
    data = services.EventInput(**{k: request.POST.get(k, "") for k in ("kind", "on", "text", "affiliation",
                                                                       "title")})
    try:
        event = services.event_add(request.user, talent, data, today())
    except KechuangError as exc:
        return talent_page(request, talent, error=exc, status=http_status(exc), form=request.POST.dict())
    messages.success(request, f"已记录{event.get_kind_display()}:{event.text}")
    return redirect("kc-talent", pk=talent.pk)


@login_required
@require_POST
def talent_account(request, pk: int):
    talent = talent_for_user(request.user, pk, manage=True)
    try:
        user, password = specialists.specialist_account_create(request.user, talent, request.POST.get("username", ""))
    except KechuangError as exc:
        return talent_page(request, talent, error=exc, status=http_status(exc), form=request.POST.dict())
    # Rendered, not redirected: the generated password is shown once and never stored in a message.
    return talent_page(request, talent, shown_login={"username": user.username, "password": password})
