"""Reads of 揭榜挂帅 and who may see what: the bureau runs its region's 榜单 (and reads those below it), leaders
read them, enterprise users see the region's public 榜单 (需求征集 and from 发榜公示 on) and only their own needs and
applications, an expert sees the 榜单 and the applications assigned to them — nothing else."""

from __future__ import annotations

from collections import defaultdict

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import reverse

from kechuang.challenges import Rules, load_rules
from kechuang.challenges.scoring import Ranked, SheetScore, rank_applications
from kechuang.web.accounts.models import Role
from kechuang.web.accounts.permissions import (
    can_manage_region,
    profile_of,
    region_id_of,
    region_ids_within,
    role_of,
)
from kechuang.web.challenges.models import Application, Assignment, Challenge, Score
from kechuang.web.enterprises.access import enterprise_id_of
from kechuang.web.history.models import Change
from kechuang.web.params import int_or_none

#: history kinds of this app (kechuang.web.history)
KINDS = {"challenge": "揭榜挂帅榜单", "challenge_app": "揭榜申报", "challenge_review": "揭榜评审",
         "challenge_need": "揭榜需求", "challenge_mstone": "揭榜里程碑"}
PUBLIC_STEPS = ("collecting", "notice", "applying", "screening", "review", "results", "contract", "milestones",
                "acceptance", "closed")
SEARCH_CHARS = 100  # a query longer than this is cut: the search box is for a few words


def rules() -> Rules:
    return load_rules()


def can_use_challenges(user) -> bool:
    return role_of(user) in (Role.ADMIN, Role.BUREAU, Role.LEADER, Role.EXPERT) or enterprise_id_of(user) is not None


LIST_SHOWN = ("title", "is_demo", "region__name", "field", "step", "apply_until", "winner__institution")


def challenges_shown(rows: QuerySet) -> QuerySet:
    """What the list of 榜单 shows (one query a page)."""
    return rows.select_related(None).select_related("region", "winner").only(*LIST_SHOWN)


def challenges_visible(user) -> QuerySet:
    role = role_of(user)
    rows = Challenge.objects.select_related("region")
    if role == Role.ADMIN:
        return rows
    if role in (Role.BUREAU, Role.LEADER):
        return rows.filter(region_id__in=region_ids_within(region_id_of(user)))
    if role == Role.EXPERT:
        return rows.filter(applications__assignments__expert=user).distinct()
    enterprise = enterprise_id_of(user)
    if enterprise is not None:
        region = profile_of(user).enterprise.region_id
        return rows.filter(region_id=region, step__in=PUBLIC_STEPS)
    return rows.none()


def challenge_for_user(user, pk: int) -> Challenge:
    if int_or_none(pk) is None:  # an id no row can have: 404 for everyone, as everywhere
        raise Http404
    if not can_use_challenges(user):
        raise PermissionDenied
    found = challenges_visible(user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def can_manage(user, challenge: Challenge) -> bool:
    return can_manage_region(user, challenge.region_id)


def can_read_all(user, challenge: Challenge) -> bool:
    """Every application, score and record of the 榜单: its bureau, leaders (and those above), administrators."""
    role = role_of(user)
    return role == Role.ADMIN or (role in (Role.BUREAU, Role.LEADER)
                                  and challenge.region_id in region_ids_within(region_id_of(user)))


def applications_for(user, challenge: Challenge) -> QuerySet:
    rows = Application.objects.filter(challenge=challenge).select_related("enterprise").prefetch_related("files")
    if can_read_all(user, challenge):
        return rows
    if role_of(user) == Role.EXPERT:
        return rows.filter(assignments__expert=user)
    enterprise = enterprise_id_of(user)
    if enterprise is not None:
        return rows.filter(Q(applied_by=user) | Q(enterprise_id=enterprise))
    return rows.none()


def application_for_user(user, pk: int) -> Application:
    app = Application.objects.select_related("challenge", "challenge__region").filter(pk=pk).first()
    if app is None or not applications_for(user, app.challenge).filter(pk=pk).exists():
        raise Http404
    return app


def assignment_for_expert(user, pk: int) -> Assignment:
    """An expert's own assignment (anyone else: 404, the bureau included — it does not score for the expert)."""
    found = (Assignment.objects.select_related("application", "application__challenge")
             .filter(pk=pk, expert=user).first())
    if found is None:
        raise Http404
    return found


def assignments_of(user) -> QuerySet:
    return (Assignment.objects.filter(expert=user).select_related("application", "application__challenge")
            .prefetch_related("scores").order_by("-application__challenge__created_at", "application_id"))


def sheets(challenge: Challenge) -> dict[int, list[SheetScore]]:
    """Every passed application's score sheets (conflicted experts marked), for the ranking: two queries of plain
    values (model instances for thousands of scores cost a hundred times more than the arithmetic)."""
    passed = Q(application__challenge=challenge, application__status=Application.PASSED)
    out: dict[int, list[SheetScore]] = {pk: [] for pk in challenge.applications.filter(
        status=Application.PASSED).values_list("pk", flat=True)}
    scores: dict[int, dict[str, float]] = defaultdict(dict)
    for assignment, criterion, value in Score.objects.filter(
            assignment__application__challenge=challenge,
            assignment__application__status=Application.PASSED).values_list("assignment_id", "criterion", "value"):
        scores[assignment][criterion] = value
    for pk, app, expert, conflicted in (Assignment.objects.filter(passed).order_by("pk")
                                        .values_list("pk", "application_id", "expert__username", "conflicted")):
        out[app].append(SheetScore(expert, scores.get(pk, {}), bool(conflicted)))
    return out


def ranking(challenge: Challenge) -> list[tuple[Ranked, Application]]:
    r = rules()
    ranked = rank_applications(sheets(challenge), [c.key for c in r.criteria], r.min_experts)
    apps = {a.pk: a for a in challenge.applications.all()}
    return [(row, apps[row.application]) for row in ranked]


def challenge_history(challenge: Challenge) -> QuerySet:
    apps = list(challenge.applications.values_list("id", flat=True))
    reviews = list(Assignment.objects.filter(application__challenge=challenge).values_list("id", flat=True))
    return Change.objects.filter(Q(kind="challenge", object_id=challenge.pk)
                                 | Q(kind="challenge_app", object_id__in=apps)
                                 | Q(kind="challenge_review", object_id__in=reviews)
                                 | Q(kind="challenge_need", object_id__in=challenge.needs.values_list("id", flat=True))
                                 | Q(kind="challenge_mstone",
                                     object_id__in=challenge.milestones.values_list("id", flat=True)))


def search_hits(user, query: str, limit: int) -> list[dict]:
    """The 榜单 the user may see whose title, field or problem holds the query (the search across all libraries)."""
    words = [w for w in str(query or "")[:SEARCH_CHARS].split() if w]
    if not words or limit <= 0:
        return []
    rows = challenges_visible(user)
    for word in words:
        rows = rows.filter(Q(title__icontains=word) | Q(field__icontains=word) | Q(problem__icontains=word))
    hits = []
    names = {s.key: s.name for s in rules().steps}
    for c in rows.order_by("-created_at")[:limit]:
        in_title = sum(w.lower() in c.title.lower() for w in words)
        text = c.problem or c.field
        at = max(0, min((text.lower().find(w.lower()) for w in words if w.lower() in text.lower()), default=0) - 20)
        snippet = f"{names.get(c.step, c.step)} · {text[at:at + 80]}"
        hits.append({"kind": "揭榜挂帅", "title": c.title, "snippet": snippet,
                     "url": reverse("kc-challenge", args=[c.pk]), "score": round(1.0 + in_title / len(words), 3)})
    return sorted(hits, key=lambda h: -h["score"])
