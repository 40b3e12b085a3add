"""Who sees and changes carriers: the bureau manages its region's (reads those below); leaders and departments
read; an enterprise user sees the carriers its own enterprise hosts (another id is 404); administrators all."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import role_of
from kechuang.web.enterprises.access import enterprise_id_of
from kechuang.web.talents.access import READERS, can_manage, library_region_id, scoped

__all__ = ["can_manage", "carrier_for_user", "carriers_visible", "list_region_id"]


def carriers_visible(user) -> QuerySet:
    from kechuang.web.carriers.models import Carrier

    if role_of(user) == Role.ENTERPRISE:
        return Carrier.objects.filter(host_enterprise_id=enterprise_id_of(user) or 0)
    return scoped(user, Carrier.objects.all())


def list_region_id(user, manage: bool = False) -> int | None:
    """The region of the user's carrier pages; an enterprise user reads its own carriers' list (never manages)."""
    if role_of(user) == Role.ENTERPRISE and not manage:
        return None
    if role_of(user) not in READERS:
        raise PermissionDenied
    return library_region_id(user, manage)


def carrier_for_user(user, pk: int, manage: bool = False):
    from kechuang.web.carriers.models import Carrier

    carrier = get_object_or_404(Carrier.objects.select_related("region", "host_enterprise"), pk=pk)
    if not carriers_visible(user).filter(pk=pk).exists():
        raise Http404
    if manage and not can_manage(user, carrier.region_id):
        raise PermissionDenied
    return carrier
