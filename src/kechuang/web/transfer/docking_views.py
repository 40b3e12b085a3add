"""Pages of 对接: record one from a demand's page, the list of 对接 (filters, pages, xlsx), correct one, and
download its files."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.errors import KechuangError
from kechuang.web.errors import error_page, http_status
from kechuang.web.keyset import keyset_page
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer import access, dockings, selectors
from kechuang.web.transfer.models import Docking, DockingFile
from kechuang.web.vouchers.money import wan

FIELDS = ("partner_kind", "achievement_id", "partner_name", "partner_ref", "held_on", "form", "outcome", "note",
          "contract_no", "contract_amount", "signed_on", "registered")


def docking_context(user, demand, values=None, recommended=()) -> dict:
    """The 对接 form's choices; its achievement options (the demand's recommended matches, then 100 of the
    achievements the user sees) rendered here: the template's loop with a comparison per option cost more than
    the rest of the demand page."""
    manage = access.can_manage(user, demand.region_id) and not access.enterprise_id_of(user)
    selected = str((values or {}).get("achievement_id") or "")
    if not manage:
        options = achievement_options(recommended, [], selected)
    elif selected:  # the form shown again with its input: the chosen option marked
        options = achievement_options(recommended, _choices(user)[0], selected)
    else:  # the 100 options rendered once with the list they are read from
        options = mark_safe(achievement_options(recommended, [], "") + _choices(user)[1])  # both escaped
    return {"can_dock": manage, "forms": Docking.FORMS, "outcomes": Docking.OUTCOMES,
            "partner_kinds": Docking.PARTNER_KINDS, "achievement_options": options}


def _choices(user) -> tuple[list[tuple[int, str]], str]:
    """100 of the achievements the user sees and their ``<option>``s, read and rendered once per visibility
    (regions, enterprise) and version of the achievements table (renewed by every committed write): the visibility
    query's build was ~1 ms a view, rendering the options ~0.8 ms."""
    from kechuang.web.keyset import table_version
    from kechuang.web.pagecache import cached
    from kechuang.web.transfer.matching import seen_by
    from kechuang.web.transfer.models import Achievement

    def build() -> tuple[list[tuple[int, str]], str]:
        rows = list(access.achievements_visible(user).select_related(None).values_list("id", "title")[:100])
        return rows, str(achievement_options([], rows, ""))

    return cached(("dock-options", seen_by(user), table_version(Achievement)), build)


def achievement_options(recommended, choices, selected: str):
    """``<option>``s of the recommended achievements (marked [推荐]) then the others, ``selected`` chosen."""
    rows = [(pk, "[推荐] " + title) for pk, title in recommended] + list(choices)
    return format_html_join("", '<option value="{}"{}>{}</option>',
                            ((pk, mark_safe(" selected") if str(pk) == selected else "", title) for pk, title in rows))


def _input(request) -> dockings.DockingInput:
    post = request.POST
    return dockings.DockingInput(**{k: post.get(k, "") for k in FIELDS},
                                 files=[Evidence(f.name, f.read()) for f in request.FILES.getlist("files")])


def _say(request, docking: Docking, verb: str) -> None:
    text = f"已{verb}对接记录:“{docking.demand.title}”—{docking.partner_label()}({docking.get_outcome_display()})"
    if docking.contract_amount:
        text += f",技术合同 {wan(docking.contract_amount)} 万元{'(已认定登记)' if docking.registered else ''}"
    messages.success(request, text)


@login_required
@require_POST
def docking_new(request, pk: int):
    from kechuang.web.transfer.views import demand_page

    demand = access.demand_for_user(request.user, pk)
    if not access.can_manage(request.user, demand.region_id) or access.enterprise_id_of(request.user):
        raise PermissionDenied
    try:
        docking = dockings.docking_record(request.user, demand, _input(request))
    except KechuangError as exc:
        return demand_page(request, demand, error=exc, form=request.POST)
    _say(request, docking, "登记")
    return redirect("kc-transfer-demand", pk=demand.pk)


@login_required
@require_GET
def docking_list(request):
    access.require_use(request.user)
    params = {k: request.GET.get(k, "") for k in ("outcome", "year")}
    page = keyset_page(selectors.docking_list(request.user, **params), request.GET, order=("-held_on", "-id"),
                       params=params, shown=selectors.dockings_shown)
    return render(request, "kechuang/transfer/dockings.html", {
        "page": page, "params": params, "outcomes": Docking.OUTCOMES})


@login_required
@require_http_methods(["GET", "POST"])
def docking_edit(request, pk: int):
    docking = access.docking_for_user(request.user, pk)
    if not access.can_manage(request.user, docking.demand.region_id) or access.enterprise_id_of(request.user):
        raise PermissionDenied
    error, values = None, None
    if request.method == "POST":
        try:
            dockings.docking_update(request.user, docking, _input(request))
        except KechuangError as exc:
            error, values = exc, request.POST
        else:
            _say(request, docking, "修改")
            return redirect("kc-transfer-demand", pk=docking.demand_id)
    if values is None:
        values = {k: getattr(docking, k, "") for k in FIELDS if hasattr(docking, k)}
        values.update(achievement_id=docking.achievement_id or "", contract_amount=wan(docking.contract_amount),
                      held_on=str(docking.held_on), signed_on=str(docking.signed_on or ""))
    return render(request, "kechuang/transfer/docking_form.html", {
        "docking": docking, "values": values, "error": error,
        **docking_context(request.user, docking.demand, values)},
        status=http_status(error) if error else 200)


@login_required
@require_GET
def docking_file(request, pk: int):
    row = get_object_or_404(DockingFile.objects.select_related("docking"), pk=pk)
    access.docking_for_user(request.user, row.docking_id)  # 404 for anyone who may not see the 对接
    try:
        handle = row.file.open("rb")
    except OSError:
        return error_page(request, KechuangError("KC-WEB-NOTFOUND", f"文件“{row.name}”已丢失"), status=404)
    return FileResponse(handle, as_attachment=True, filename=row.name)
