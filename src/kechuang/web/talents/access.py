"""Who sees and changes the 人才库 and the 科技特派员 work, and who sees personal data in full.

The bureau manages its region's talents (and reads those of the regions below it); leaders and departments read;
a 科技特派员 user sees their own record, assignments and logs only (another id is 404); enterprise users do not
use the 人才库. ID numbers and telephone numbers are shown in full to the bureau of the talent's region only."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import profile_of, region_id_of, region_ids_within, role_of

READERS = (Role.ADMIN, Role.BUREAU, Role.LEADER, Role.DEPARTMENT)


def scoped(user, queryset: QuerySet, field: str = "region_id") -> QuerySet:
    """``queryset`` limited to the regions the user reads: all (admin), the region and below (bureau, leader),
    the region itself (department); nothing for other roles."""
    role = role_of(user)
    if role == Role.ADMIN:
        return queryset
    if role in (Role.BUREAU, Role.LEADER):  # the region tree cached per version of the table: no query
        return queryset.filter(**{f"{field}__in": region_ids_within(region_id_of(user))})
    if role == Role.DEPARTMENT:
        return queryset.filter(**{field: region_id_of(user)})
    return queryset.none()


def own_talent_id(user) -> int | None:
    """The talent record of a 科技特派员 user."""
    profile = profile_of(user)
    return profile.talent_id if profile and profile.role == Role.SPECIALIST else None


def talents_visible(user) -> QuerySet:
    from kechuang.web.talents.models import Talent

    own = own_talent_id(user)
    if own is not None:
        return Talent.objects.filter(pk=own)
    return scoped(user, Talent.objects.all())


def can_read_library(user) -> bool:
    """The library pages (lists, exports): the bureau, leaders, departments, administrators."""
    return role_of(user) in READERS


def can_manage(user, region_id: int) -> bool:
    """Create, edit, import, assign, evaluate: the bureau of the region, administrators."""
    role = role_of(user)
    return role == Role.ADMIN or (role == Role.BUREAU and region_id_of(user) == region_id)


def sees_personal(user, region_id: int) -> bool:
    """ID numbers and telephone numbers in full: the bureau of the talent's region only."""
    return role_of(user) == Role.BUREAU and region_id_of(user) == region_id


def talent_for_user(user, pk: int, manage: bool = False):
    """The talent if ``user`` may see it (else Http404) and, with ``manage``, change it (else PermissionDenied)."""
    from kechuang.web.talents.models import Talent

    talent = get_object_or_404(Talent.objects.select_related("region"), pk=pk)
    if not talents_visible(user).filter(pk=pk).exists():
        raise Http404
    if manage and not can_manage(user, talent.region_id):
        raise PermissionDenied
    return talent


def library_region_id(user, manage: bool = False) -> int | None:
    """The region whose library the user works on (None for administrators: all regions); PermissionDenied for
    roles without the library pages, and for managing without being the region's bureau."""
    if not can_read_library(user):
        raise PermissionDenied
    region_id = region_id_of(user)
    if manage and (region_id is None or not can_manage(user, region_id)):
        raise PermissionDenied
    return region_id
