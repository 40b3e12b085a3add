"""Who sees and changes which enterprise: the bureau its region's (manage), leaders their region's (read),
an enterprise user its own enterprise only (figures, IP, the 科小 form), administrators all."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import profile_of, region_id_of, role_of
from kechuang.web.enterprises.models import Enterprise


def enterprise_id_of(user) -> int | None:
    profile = profile_of(user)
    return profile.enterprise_id if profile and profile.role == Role.ENTERPRISE else None


def enterprises_visible(user) -> QuerySet:
    role = role_of(user)
    if role == Role.ADMIN:
        return Enterprise.objects.all()
    if role in (Role.BUREAU, Role.LEADER):
        return Enterprise.objects.filter(region_id=region_id_of(user))
    if role == Role.ENTERPRISE:
        return Enterprise.objects.filter(pk=enterprise_id_of(user) or 0)
    return Enterprise.objects.none()


def can_see_registry(user) -> bool:
    """The registry pages (list, reserve, batch check): the bureau, leaders and administrators."""
    return role_of(user) in (Role.ADMIN, Role.BUREAU, Role.LEADER)


def can_manage(user, region_id: int) -> bool:
    """Create, edit, verify, import, check and move in the reserve: the bureau of the region, administrators."""
    role = role_of(user)
    return role == Role.ADMIN or (role == Role.BUREAU and region_id_of(user) == region_id)


def can_keep_figures(user, enterprise: Enterprise) -> bool:
    """Enter figures and IP: the enterprise's own users, and the bureau that manages it."""
    return enterprise_id_of(user) == enterprise.pk or can_manage(user, enterprise.region_id)


def enterprise_for_user(user, pk: int, manage: bool = False, figures: bool = False,
                        related: tuple[str, ...] = ("region",)) -> Enterprise:
    """The enterprise if ``user`` may see it (else Http404) and, with ``manage`` / ``figures``, change it (else
    PermissionDenied). An enterprise user asking for another enterprise's id gets 404, as if it did not exist.
    One query (``related`` joined)."""
    enterprise = get_object_or_404(enterprises_visible(user).select_related(*related), pk=pk)
    if manage and not can_manage(user, enterprise.region_id):
        raise PermissionDenied
    if figures and not can_keep_figures(user, enterprise):
        raise PermissionDenied
    return enterprise


def registry_region_id(user, manage: bool = False) -> int | None:
    """The region whose registry the user works on (None for administrators: all regions); PermissionDenied
    for users without the registry (departments, enterprise users on the region's pages)."""
    if not can_see_registry(user):
        raise PermissionDenied
    region_id = region_id_of(user)
    if manage and (region_id is None or not can_manage(user, region_id)):
        raise PermissionDenied
    return region_id
