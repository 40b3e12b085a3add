"""The plan's downloads (台账 xlsx, 通报 docx and pdf): cache keys, rendering, the file response."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse

from kechuang.reports.bulletin import bulletin_docx, bulletin_pdf
from kechuang.reports.ledger import ledger_xlsx
from kechuang.web.accounts.permissions import can_view_region
from kechuang.web.pagecache import key_of
from kechuang.web.plans.models import Plan
from kechuang.web.plans.selectors import plan_for_user
from kechuang.web.supervision.selectors import supervision_data

#: The plan's downloads: renderer, name in the file name, extension, media type.
EXPORTS = {
    "ledger": (ledger_xlsx, "台账", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "bulletin-docx": (bulletin_docx, "通报", "docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "bulletin-pdf": (bulletin_pdf, "通报", "pdf", "application/pdf"),
}


def confirmed_plan_for(user, pk: int) -> Plan:
    """A confirmed plan whose board and exports ``user`` may see: 404 if not visible or not confirmed, 403 for
    departments (they see their own tasks, not the whole board)."""
    plan = plan_for_user(user, pk, defer=("text", "extracted"))
    if plan.status != Plan.CONFIRMED:
        raise Http404
    if not can_view_region(user, plan.region_id):
        raise PermissionDenied
    return plan


def export_key(kind: str, plan: Plan, day: date, filters: dict | None = None) -> str:
    """The page-cache key of an export: the plan's data version, the day (lights depend on it) and the board's
    filters (unit, role, light) it follows."""
    from kechuang.web.cockpit.monitor import data_version  # the targets' section follows the indicator data

    chosen = tuple(f"{k}={v}" for k, v in sorted((filters or {}).items()))
    return key_of((kind, plan.pk, plan.data_version, data_version(plan.region), day, *chosen))


def export_render(kind: str, plan: Plan, day: date, filters: dict | None = None) -> bytes:
    return EXPORTS[kind][0](supervision_data(plan, day, None, **(filters or {})))


def export_response(kind: str, plan: Plan, day: date, data: bytes) -> HttpResponse:
    _, name, extension, content_type = EXPORTS[kind]
    return file_response(data, f"{plan.title[:60]}-{name}-{day.isoformat()}.{extension}", content_type)


def file_response(data: bytes, filename: str, content_type: str) -> HttpResponse:
    """A download with its Chinese file name (RFC 5987)."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response
