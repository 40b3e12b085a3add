"""Enterprise pickers of the other apps' forms (a carrier's host, a voucher applicant, a 特派员's enterprise, a
揭榜 applicant, a demand's or an achievement's enterprise, an enterprise user): a select of at most ``PICK_LIMIT``
of the region's enterprises (the one chosen kept), and a search box above it that asks ``/enterprises/pick/``
(``site.js``) for the ones matching a name or 统一社会信用代码 — a region may keep 10,000 enterprises."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from kechuang.web.accounts.permissions import can_view_region, region_id_of
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.params import digits

PICK_LIMIT = 30


def pick_choices(region_id: int | None, selected=None, q: str = "") -> list[Enterprise]:
    """The region's enterprises by name (those matching ``q`` when given), at most PICK_LIMIT, and the selected one."""
    if region_id is None:
        return []
    rows = Enterprise.objects.filter(region_id=region_id).only("id", "name", "uscc").order_by("name", "id")
    if q.strip():
        q = q.strip()
        rows = rows.filter(Q(name__icontains=q) | Q(uscc__startswith=q.upper()))
    choices = list(rows[:PICK_LIMIT])
    if selected not in (None, "") and digits(str(selected)) and all(str(e.pk) != str(selected) for e in choices):
        choices = list(Enterprise.objects.filter(region_id=region_id, pk=int(selected)).only("id", "name", "uscc")) \
            + choices
    return choices


@login_required
@require_GET
def pick_view(request):
    """JSON {"results": [{"id", "name", "uscc"}]} of the region's enterprises matching ``q`` (the user's region, or
    ``region`` for an administrator); the region's bureau, leader or an administrator."""
    raw = request.GET.get("region", "")
    region_id = int(raw) if digits(raw) else region_id_of(request.user)
    if region_id is None or not can_view_region(request.user, region_id):
        raise PermissionDenied
    rows = pick_choices(region_id, q=request.GET.get("q", "")[:60])
    return JsonResponse({"results": [{"id": e.pk, "name": e.name, "uscc": e.uscc or ""} for e in rows]},
                        json_dumps_params={"ensure_ascii": False})
