"""Who may see and do what. Region scoping everywhere: a user sees only their own region's data."""

from __future__ import annotations

from django.db.models import QuerySet

from kechuang.web.accounts import regions
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


def named_reviewer_of(user, task) -> bool:
    """The user's unit is the reviewer the bureau named for the task's lead reports."""
    department = department_id_of(user)
    if department is None or task.plan.region_id != region_id_of(user):
        return False
    from kechuang.web.supervision.models import Reviewer

    return Reviewer.objects.filter(task_id=task.pk, department_id=department).exists()


def can_view_task(user, task) -> bool:
    return (can_view_region(user, task.plan.region_id) or bool(task_roles(user, task))
            or named_reviewer_of(user, task))


def task_open(task) -> bool:
    """Confirmed, not archived and not closed (办结): the 督办 cycle goes on."""
    if task.plan.status != "confirmed" or task.plan.archived_at is not None:
        return False
    from kechuang.web.supervision.models import Completion

    return not Completion.objects.filter(task_id=task.pk, status=Completion.GRANTED).exists()


def can_report(user, task) -> bool:
    return bool(task_roles(user, task)) and task_open(task)


def report_reviewer(report) -> tuple[str, int | None]:
    """Who reviews a report: ("lead", None) — the task's lead units review the other units' reports; a lead
    unit's own report goes to ("department", id) when the bureau named a reviewer for the task, else to
    ("bureau", region id). A unit never reviews its own report."""
    task = report.task
    leads = {a.department_id for a in task.assignments.all() if a.role == "lead"}
    if not leads:  # no lead unit on the task: the bureau reviews
        return "bureau", task.plan.region_id
    if report.department_id not in leads:
        return "lead", None
    from kechuang.web.supervision.models import Reviewer

    named = Reviewer.objects.filter(task_id=task.pk).values_list("department_id", flat=True).first()
    if named is not None and named != report.department_id:
        return "department", named
    return "bureau", task.plan.region_id


def can_review(user, report) -> bool:
    """Approve or return a report: the reviewer of ``report_reviewer``, never the unit that reported."""
    if department_id_of(user) == report.department_id:
        return False
    who, which = report_reviewer(report)
    if who == "lead":
        return "lead" in task_roles(user, report.task)
    if who == "department" and department_id_of(user) == which and region_id_of(user) == report.task.plan.region_id:
        return True
    # A lead unit's report: the bureau, which may have named a reviewer unit but keeps the authority.
    return can_manage_region(user, report.task.plan.region_id)


def can_act_as_lead(user, task) -> bool:
    """Ask for 办结 or 延期 of a task: its lead unit, on a confirmed plan."""
    return "lead" in task_roles(user, task) and task_open(task)


def region_lineage_ids(region_id: int | None) -> list[int]:
    """The region and every region above it (its parent, the parent's parent …); GB/T 2260 has three levels."""
    return [] if region_id is None else [region_id, *regions.above(region_id)]


def region_ids_within(region_id: int | None) -> list[int]:
    """The region and every region below it (by the parent links); [] for no region."""
    return [] if region_id is None else [region_id, *regions.below(region_id)]


def region_within(region_id: int | None, scope_id: int | None) -> bool:
    """``region_id`` is ``scope_id`` or below it (by the parent links): the one test of "A is within B"."""
    return scope_id is not None and scope_id in region_lineage_ids(region_id)


def can_evaluate_region(user, region_id: int) -> bool:
    """Run evaluations over a region's counties and read every result there: the 评价方 of that region or of a
    region above it; administrators."""
    role = role_of(user)
    return role == Role.ADMIN or (role == Role.EVALUATOR and region_within(region_id, region_id_of(user)))


def can_view_county_result(user, region_id: int) -> bool:
    """A county's own evaluation result: its bureau and leaders, the evaluator of a region above, administrators.
    Never another county's."""
    return can_view_region(user, region_id) or can_evaluate_region(user, region_id)


def can_view_monitoring(user, region) -> bool:
    """Target monitoring of a region's plans: the bureau and leaders of the region or of a region above it, the
    departments of the region itself; never another county."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role == Role.DEPARTMENT:
        return region.pk == region_id_of(user)
    return role in (Role.BUREAU, Role.LEADER) and region_within(region.pk, region_id_of(user))


def can_view_cockpit(user, region) -> bool:
    """The leader cockpit (领导驾驶舱) of a region: its leaders and bureau, or those of a region above it."""
    role = role_of(user)
    return role == Role.ADMIN or (role in (Role.BUREAU, Role.LEADER) and region_within(region.pk, region_id_of(user)))


OUTCOME_ROLES = (Role.ADMIN, Role.BUREAU, Role.LEADER, Role.DEPARTMENT, Role.EVALUATOR)


def can_use_outcomes(user) -> bool:
    """Indicators, observations, monitoring and evaluation are the government's: never an enterprise user's."""
    return role_of(user) in OUTCOME_ROLES


def can_read_observations(user, region_id: int) -> bool:
    """Admin everywhere; bureau, leader and evaluator in their region and below; a department in its region."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role in (Role.BUREAU, Role.LEADER, Role.EVALUATOR):
        return region_within(region_id, region_id_of(user))
    return role == Role.DEPARTMENT and region_id_of(user) == region_id


def can_write_observations(user, region_id: int) -> bool:
    """Import, enter and correct values: the bureau of the region or of a region above it; admin."""
    role = role_of(user)
    return role == Role.ADMIN or (role == Role.BUREAU and region_within(region_id, region_id_of(user)))


def can_manage_indicators(user) -> bool:
    """Add local indicators (for the user's region and below): a bureau (county, city or province); admin."""
    return role_of(user) in (Role.ADMIN, Role.BUREAU)
