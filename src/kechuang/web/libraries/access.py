"""Who sees and changes which project: the bureau its region's and those below (manage), departments and leaders
the same (read), an enterprise user its own enterprise's projects only (another id is 404), administrators all."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import region_id_of, region_ids_within, role_of
from kechuang.web.enterprises.access import enterprise_id_of
from kechuang.web.libraries.models import Project

READERS = (Role.ADMIN, Role.BUREAU, Role.LEADER, Role.DEPARTMENT, Role.ENTERPRISE)


def regions_seen(user) -> list[int] | None:
    """The regions whose projects the user sees (None: all, for administrators)."""
    if role_of(user) == Role.ADMIN:
        return None
    region_id = region_id_of(user)
    return region_ids_within(region_id)


def _visibility(user) -> tuple[str, object]:
    """The one rule of which projects a user sees, read by the queryset and by the test of one project:
    ("all", None) | ("enterprise", id) | ("regions", ids) | ("none", None)."""
    role = role_of(user)
    if role == Role.ADMIN:
        return "all", None
    if role == Role.ENTERPRISE:
        return "enterprise", enterprise_id_of(user) or 0
    if role in (Role.BUREAU, Role.LEADER, Role.DEPARTMENT):
        return "regions", regions_seen(user)
    return "none", None


def projects_visible(user) -> QuerySet:
    kind, arg = _visibility(user)
    if kind == "all":
        return Project.objects.all()
    if kind == "enterprise":
        return Project.objects.filter(enterprise_id=arg)
    if kind == "regions":
        return Project.objects.filter(region_id__in=arg)
    return Project.objects.none()


def can_read(user) -> bool:
    return role_of(user) in READERS


def can_manage(user, region_id: int) -> bool:
    """Enter, import, check, decide: the bureau of the project's region or of a region above it, administrators."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    own = region_id_of(user)
    return role == Role.BUREAU and own is not None and region_id in region_ids_within(own)


def manage_region_id(user) -> int:
    """The region a bureau enters projects in; PermissionDenied for everyone else (administrators have none)."""
    if role_of(user) != Role.BUREAU or region_id_of(user) is None:
        raise PermissionDenied
    return region_id_of(user)


def require_reader(user) -> None:
    if not can_read(user):
        raise PermissionDenied


def sees(user, project: Project) -> bool:
    """``projects_visible(user)`` for one project already read (the same rule): no second query."""
    kind, arg = _visibility(user)
    if kind == "all":
        return True
    if kind == "enterprise":
        return project.enterprise_id == arg
    return kind == "regions" and project.region_id in arg


def project_for_user(user, pk: int, manage: bool = False) -> Project:
    """The project if ``user`` may see it (else Http404) and, with ``manage``, change it (else PermissionDenied)."""
    project = get_object_or_404(Project.objects.select_related("region", "enterprise", "department"), pk=pk)
    if not sees(user, project):
        raise Http404
    if manage and not can_manage(user, project.region_id):
        raise PermissionDenied
    return project


def masked_name(name: str) -> str:
    """A person's name as non-bureau roles see it: the surname, then * (张三 → 张*)."""
    name = (name or "").strip()
    return f"{name[0]}{'*' * max(1, len(name) - 1)}" if name else ""


def leader_shown(user, project: Project) -> str:
    """The 项目负责人 in full for the bureau that manages the project, masked for everyone else."""
    return leader_masker(user)(project)


def leader_masker(user):
    """``leader_shown`` for many projects (the regions the user manages read once)."""
    role = role_of(user)
    own = region_id_of(user)
    managed = None if role == Role.ADMIN else (set(region_ids_within(own)) if role == Role.BUREAU else set())
    return lambda p: p.leader if managed is None or p.region_id in managed else masked_name(p.leader)
