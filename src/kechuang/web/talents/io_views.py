"""Files of the 人才库: the import template, upload → preview → import, the export of the list (personal data in
full for the region's bureau only), the export of service logs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kechuang.sheets import write_rows, write_template
from kechuang.web.clock import today
from kechuang.web.talents.access import library_region_id, own_talent_id
from kechuang.web.talents.columns import LOG_COLUMNS, TALENT_COLUMNS, TALENT_EXAMPLE
from kechuang.web.talents.imports import talent_commit, talent_plan
from kechuang.web.talents.selectors import FILTERS, log_list, shown, talent_list
from kechuang.web.talents.tables import Importer, attachment, confirm_page, import_page

IMPORTER = Importer(
    folder="talents", title="导入人才", import_url="kc-talents-import", template_url="kc-talents-template",
    confirm_url="kc-talents-import-confirm",
    list_url="kc-talents", region_id=lambda user: library_region_id(user, manage=True), plan=talent_plan,
    commit=talent_commit, sheets="工作表“人才”:姓名、人才类别必填;身份证号按国家标准校验,有误的行会标出")


@login_required
@require_GET
def template_view(request):
    library_region_id(request.user)
    return attachment(write_template(None, {"人才": TALENT_COLUMNS}, examples={"人才": TALENT_EXAMPLE}),
                      "人才库导入模板.xlsx")


@login_required
@require_GET
def export_view(request):
    library_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in FILTERS}
    rows = []
    for t in talent_list(request.user, **params).iterator(chunk_size=2000):
        shown(request.user, t)
        rows.append({"name": t.name, "categories": t.category_names, "gender": t.gender or None,
                     "birth_year": t.birth_year, "id_number": t.id_shown, "title": t.title,
                     "affiliation": t.affiliation, "fields": t.field_list, "expertise": t.expertise,
                     "contact": t.contact_shown, "entered_on": t.entered_on})
    return attachment(write_rows(None, {"人才": (TALENT_COLUMNS, rows)}), f"人才库-{today().isoformat()}.xlsx")


@login_required
@require_GET
def logs_export_view(request):
    if own_talent_id(request.user) is None:
        library_region_id(request.user)
    params = {k: request.GET.get(k, "") for k in ("specialist", "kind", "year")}
    rows = [{"specialist": g.specialist.name, "target": g.assignment.target_name, "on": g.on, "place": g.place,
             "kind": g.get_kind_display(), "text": g.text, "people_trained": g.people_trained,
             "photos": len(g.photos.all())} for g in log_list(request.user, **params)]
    return attachment(write_rows(None, {"服务记录": (LOG_COLUMNS, rows)}),
                      f"科技特派员服务记录-{today().isoformat()}.xlsx")


@login_required
@require_http_methods(["GET", "POST"])
def import_view(request):
    return import_page(request, IMPORTER)


@login_required
@require_POST
def import_confirm(request):
    return confirm_page(request, IMPORTER)
