"""Who may see and do what. Region scoping everywhere: a user sees only their own region's data."""

from __future__ import annotations

from django.db.models import QuerySet

from kechuang.web.accounts.models import Profile, Role


def profile_of(user) -> Profile | None:
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def role_of(user) -> str | None:
    profile = profile_of(user)
    return profile.role if profile else None


def is_admin(user) -> bool:
    return role_of(user) == Role.ADMIN


def region_id_of(user) -> int | None:
    profile = profile_of(user)
    return profile.region_id if profile else None


def department_id_of(user) -> int | None:
    profile = profile_of(user)
    return profile.department_id if profile and profile.role == Role.DEPARTMENT else None


def plans_visible(user) -> QuerySet:
    from kechuang.web.plans.models import Plan

    role = role_of(user)
    if role == Role.ADMIN:
        return Plan.objects.all()
    if role in (Role.BUREAU, Role.LEADER):
        return Plan.objects.filter(region_id=region_id_of(user))
    if role == Role.DEPARTMENT:
        return Plan.objects.filter(region_id=region_id_of(user), status="confirmed",
                                   tasks__assignments__department_id=department_id_of(user)).distinct()
    return Plan.objects.none()


def can_manage_region(user, region_id: int) -> bool:
    """Create and correct plans, map units, manage departments: the bureau of that region."""
    role = role_of(user)
    return role == Role.ADMIN or (role == Role.BUREAU and region_id_of(user) == region_id)


def can_view_region(user, region_id: int) -> bool:
    role = role_of(user)
    return role == Role.ADMIN or (role in (Role.BUREAU, Role.LEADER) and region_id_of(user) == region_id)


def can_view_plan(user, plan) -> bool:
    if can_view_region(user, plan.region_id):
        return True
    return (role_of(user) == Role.DEPARTMENT and plan.status == "confirmed" and plan.region_id == region_id_of(user)
            and plan.tasks.filter(assignments__department_id=department_id_of(user)).exists())


def task_roles(user, task) -> set[str]:
    """The roles (lead/responsible/cooperating) the user's department holds on the task."""
    department = department_id_of(user)
    if department is None or task.plan.region_id != region_id_of(user):
        return set()
    return {a.role for a in task.assignments.all() if a.department_id == department}


def can_view_task(user, task) -> bool:
    return can_view_region(user, task.plan.region_id) or bool(task_roles(user, task))


def can_report(user, task) -> bool:
    return task.plan.status == "confirmed" and task.plan.archived_at is None and bool(task_roles(user, task))


def can_review(user, report) -> bool:
    """Approve or return a report: only the task's lead unit."""
    return "lead" in task_roles(user, report.task)
