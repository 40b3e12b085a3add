"""Who sees and changes what in the transfer libraries.

- bureau: everything of its region and the regions below it (create, edit, import, record 对接);
- leaders and department staff: read their region's (and below) demands, achievements and 对接;
- enterprise users: their own enterprise's demands (see, create, edit; another enterprise's id is a 404), the
  achievements of their region (the public library), never other enterprises' demands or any 对接 but their own;
- administrators: everything.
"""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import profile_of, region_id_of, region_ids_within, role_of
from kechuang.web.transfer.models import Achievement, Demand, Docking

READERS = (Role.BUREAU, Role.LEADER, Role.DEPARTMENT)


def enterprise_id_of(user) -> int | None:
    profile = profile_of(user)
    return profile.enterprise_id if profile and profile.role == Role.ENTERPRISE else None


def region_ids(user) -> list[int] | None:
    """The regions the user reads (None: all, for administrators); the enterprise's region for its users. Kept
    on the user object (a request's) for its role and region: a page asks up to seven times."""
    seen = (role_of(user), region_id_of(user), enterprise_id_of(user))
    kept = getattr(user, "_kc_transfer_regions", None)
    if kept is None or kept[0] != seen:
        kept = (seen, _region_ids(user))
        if user is not None and getattr(user, "is_authenticated", False):
            user._kc_transfer_regions = kept
    return None if kept[1] is None else list(kept[1])


def _region_ids(user) -> list[int] | None:
    role = role_of(user)
    if role == Role.ADMIN:
        return None
    if role in READERS and region_id_of(user):  # the region tree cached per version of the table: no query
        return region_ids_within(region_id_of(user))
    enterprise = enterprise_id_of(user)
    if enterprise:
        return [profile_of(user).enterprise.region_id]
    return []


def can_use(user) -> bool:
    return role_of(user) in (Role.ADMIN, *READERS) or enterprise_id_of(user) is not None


def can_manage(user, region_id: int | None) -> bool:
    """Create and edit achievements, any demand, import, record 对接: the bureau of the region or above it."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role != Role.BUREAU or region_id is None:
        return False
    return region_id in (region_ids(user) or [])


def home_region(user) -> Region | None:
    """Where new records of the user go: the bureau's own region, an enterprise user's enterprise's region."""
    if enterprise_id_of(user):
        return profile_of(user).enterprise.region
    region_id = region_id_of(user)
    if not region_id:
        return None
    profile = profile_of(user)
    if profile is not None and profile.region_id == region_id:
        return profile.region  # read with the user (accounts.backends): no query on every list; else one query
    return Region.objects.filter(pk=region_id).first()


def _scoped(qs: QuerySet, user, field: str = "region_id") -> QuerySet:
    ids = region_ids(user)
    return qs if ids is None else qs.filter(**{f"{field}__in": ids})


def demands_visible(user) -> QuerySet:
    rows = Demand.objects.select_related("enterprise", "region")
    if not can_use(user):
        return rows.none()
    enterprise = enterprise_id_of(user)
    if enterprise:
        return rows.filter(enterprise_id=enterprise)
    return _scoped(rows, user)


def achievements_visible(user) -> QuerySet:
    rows = Achievement.objects.select_related("region", "enterprise")
    return _scoped(rows, user) if can_use(user) else rows.none()


def dockings_visible(user) -> QuerySet:
    rows = Docking.objects.select_related("demand__enterprise", "achievement")
    if not can_use(user):
        return rows.none()
    enterprise = enterprise_id_of(user)
    if enterprise:
        return rows.filter(demand__enterprise_id=enterprise)
    return _scoped(rows, user, "demand__region_id")


def _one(qs: QuerySet, pk: int):
    found = qs.filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def demand_for_user(user, pk: int, edit: bool = False) -> Demand:
    """The demand if the user may see it (else 404) and, with ``edit``, change it (else 403)."""
    demand = _one(demands_visible(user), pk)
    if edit and not can_edit_demand(user, demand):
        raise PermissionDenied
    return demand


def can_edit_demand(user, demand: Demand) -> bool:
    return enterprise_id_of(user) == demand.enterprise_id or can_manage(user, demand.region_id)


def achievement_for_user(user, pk: int, edit: bool = False) -> Achievement:
    achievement = _one(achievements_visible(user), pk)
    if edit and not can_manage(user, achievement.region_id):
        raise PermissionDenied
    return achievement


def docking_for_user(user, pk: int) -> Docking:
    return _one(dockings_visible(user), pk)


def contact_shown(user, demand: Demand) -> str:
    """A demand's contact (a person's name and phone): whole for the bureau and the enterprise itself, masked for
    the other readers (leaders, departments): the first character of the name, digits but the last four."""
    if can_edit_demand(user, demand):
        return demand.contact
    text = re.sub(r"\d(?=(?:\D*\d){4})", "*", demand.contact)
    return re.sub(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}", lambda m: m.group(1) + "*" * (len(m.group(0)) - 1), text)


def require_use(user) -> None:
    if not can_use(user):
        raise PermissionDenied


def require_manage_home(user) -> Region:
    region = home_region(user)
    if region is None or enterprise_id_of(user) or not can_manage(user, region.pk):
        raise PermissionDenied
    return region
