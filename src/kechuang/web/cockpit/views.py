"""Pages of outcomes: a plan's 目标监测, the clerk's link of a target to an indicator, the leader cockpit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region, Role
from kechuang.web.accounts.permissions import (
    can_manage_region,
    can_view_cockpit,
    can_view_monitoring,
    region_id_of,
    role_of,
)
from kechuang.web.clock import today
from kechuang.web.cockpit.links import METHOD_NAMES, indicators_for, target_link_set, unmonitorable_reason
from kechuang.web.cockpit.monitor import data_version, plan_monitoring, summary
from kechuang.web.cockpit.page import cockpit_now
from kechuang.web.errors import http_status
from kechuang.web.pagecache import cached
from kechuang.web.params import int_or_none
from kechuang.web.plans.models import Plan
from kechuang.web.plans.target_views import target_for
from kechuang.web.plans.views import task_url


def monitored_plan(user, pk: int) -> Plan:
    """The plan if ``user`` may see its target monitoring (else 404: another county's plan is not there)."""
    plan = get_object_or_404(Plan.objects.select_related("region", "region__parent").defer("text", "extracted"),
                             pk=pk)
    draft_for_department = role_of(user) == Role.DEPARTMENT and plan.status != Plan.CONFIRMED
    if not can_view_monitoring(user, plan.region) or draft_for_department:
        raise Http404  # departments see confirmed plans only, as everywhere
    return plan


@login_required
@require_GET
def plan_monitor(request, pk: int):
    plan = monitored_plan(request.user, pk)
    version = data_version(plan.region)
    can_manage = can_manage_region(request.user, plan.region_id) and plan.archived_at is None

    def body() -> str:  # the rendered table and charts, cached like the board's body
        rows = plan_monitoring(plan, version=version)
        return render_to_string("kechuang/target_monitor_body.html", {
            "plan": plan, "rows": rows, "summary": summary(rows), "can_manage": can_manage,
            "charts": {r.target_id: r.chart for r in rows if r.chart}})

    html = cached(("monitor-page", plan.pk, plan.data_version, version, can_manage), body)
    return render(request, "kechuang/outcomes_page.html", {"title": f"目标监测 · {plan.title}", "plan": plan,
                                                           "body": mark_safe(html)})


@login_required
@require_http_methods(["GET", "POST"])
def target_link(request, pk: int):
    target = target_for(request, pk)
    error, status = None, 200
    if request.method == "POST":
        try:
            target = target_link_set(request.user, target, request.POST.get("indicator", ""))
            ind = target.catalog_indicator
            messages.success(request, f"已将“{target.indicator}”关联到“{ind.name}”" if target.monitored and ind
                             else f"已将“{target.indicator}”设为不监测" if not target.monitored
                             else f"“{target.indicator}”已按自动关联处理")
            if request.POST.get("next") == "monitor":
                return redirect("kc-plan-monitor", target.task.plan_id)
            return redirect(task_url(target.task))
        except KechuangError as exc:
            error, status = exc, http_status(exc)
    return render(request, "kechuang/target_link.html", {
        "target": target, "task": target.task, "plan": target.task.plan, "error": error,
        "indicators": indicators_for(target.task.plan.region), "method": METHOD_NAMES.get(target.link_method, ""),
        "reason": unmonitorable_reason(target), "back": task_url(target.task)}, status=status)


def cockpit_region(request) -> Region:
    """The region asked for (?region= code or id) or the user's own; 404 outside what the user may see."""
    if role_of(request.user) not in (Role.ADMIN, Role.BUREAU, Role.LEADER):
        raise PermissionDenied
    wanted = request.GET.get("region", "").strip()
    if wanted:
        region = Region.objects.filter(code=wanted).first() or (
            Region.objects.filter(pk=int_or_none(wanted)).first() if int_or_none(wanted) else None)
    elif region_id_of(request.user):
        region = Region.objects.filter(pk=region_id_of(request.user)).first()
    else:  # an administrator without a region: the first top-level region
        region = Region.objects.filter(parent=None).order_by("code").first()
    if region is None or not can_view_cockpit(request.user, region):
        raise Http404
    return region


@login_required
@require_GET
def dashboard(request):
    region = cockpit_region(request)
    html, built_at = cockpit_now(region, today())
    title = f"领导驾驶舱 · {region.name}"
    if html is None:  # nothing built yet today: a light page that refreshes itself until the figures are there
        return render(request, "kechuang/cockpit_computing.html", {"title": title, "region": region})
    return render(request, "kechuang/outcomes_page.html", {"title": title, "region": region, "built_at": built_at,
                                                           "body": mark_safe(html)})
