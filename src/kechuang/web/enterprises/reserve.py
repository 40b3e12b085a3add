"""The 高新技术企业后备培育库: entering (the bureau's choice or a promising gap check), moving through the
stages 入库 → 培育 → 申报 → 认定/未通过 with dated steps, the yearly pipeline, the count of certified
enterprises fed to the catalog indicator ``hitech_enterprises`` (``feeds``), and certificate expiry reminders."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse

from kechuang.errors import KechuangError
from kechuang.web.enterprises.feeds import CERTIFICATE_YEARS, certified_feed
from kechuang.web.enterprises.models import Enterprise, IPHolding, ReserveEntry, ReserveStep
from kechuang.web.history.services import change_record

STAGE_NAMES = dict(ReserveEntry.STAGES)
#: The stages each stage may move to (a failed or certified firm may start again: re-certification).
NEXT = {"entered": ("cultivating", "applied"), "cultivating": ("applied", "entered"),
        "applied": ("certified", "failed"), "certified": ("applied",), "failed": ("cultivating", "applied")}
EXPIRY_NOTICE_DAYS = 90


def expiry_of(certified_on: date) -> date:
    """A 高企 certificate is valid for three years from its date (the day before the third anniversary)."""
    try:
        end = certified_on.replace(year=certified_on.year + CERTIFICATE_YEARS)
    except ValueError:  # 29 February
        end = certified_on.replace(year=certified_on.year + CERTIFICATE_YEARS, day=28)
    return end - timedelta(days=1)


def _snapshot(entry: ReserveEntry) -> dict:
    return {"阶段": STAGE_NAMES[entry.stage], "证书编号": entry.certificate_no or None,
            "认定日期": entry.certified_on.isoformat() if entry.certified_on else None, "备注": entry.note or None}


def reserve_enter(actor, enterprise: Enterprise, on: date, via: str = "bureau", note: str = "",
                  today: date | None = None) -> ReserveEntry:
    if today is not None and on > today:
        raise KechuangError("KC-WEB-FIELD", f"入库日期不能晚于今天:{on}", field="on")
    if via not in ("bureau", "check"):
        raise KechuangError("KC-WEB-FIELD", "入库方式无效", field="via")
    try:
        with transaction.atomic():
            entry = ReserveEntry.objects.create(enterprise=enterprise, via=via, entered_on=on, note=note[:300])
            ReserveStep.objects.create(entry=entry, stage="entered", on=on, note=note[:300], by=actor)
            via_name = dict(ReserveEntry._meta.get_field("via").choices)[via]
            change_record(actor, "ent-reserve", enterprise.pk, "create",
                          after={**_snapshot(entry), "入库方式": via_name})
    except IntegrityError:
        raise KechuangError("KC-ENT-RESERVE", f"“{enterprise.name}”已在后备培育库中", field="enterprise") from None
    return entry


@dataclass
class MoveInput:
    stage: str
    on: date
    certificate_no: str = ""
    note: str = ""


def reserve_move(actor, entry: ReserveEntry, data: MoveInput, today: date) -> ReserveEntry:
    """Move to the next stage; 认定 needs the certificate number and starts a 3-year certificate."""
    if data.on > today:
        raise KechuangError("KC-WEB-FIELD", f"日期不能晚于今天:{data.on}", field="on")
    number = " ".join(data.certificate_no.split())
    if data.stage == "certified" and not number:
        raise KechuangError("KC-WEB-FIELD", "认定须填写高新技术企业证书编号", field="certificate_no")
    with transaction.atomic():
        entry = ReserveEntry.objects.select_for_update().get(pk=entry.pk)  # the stage as it is now
        if data.stage not in NEXT.get(entry.stage, ()):
            allowed = "、".join(STAGE_NAMES[s] for s in NEXT[entry.stage])
            raise KechuangError("KC-ENT-RESERVE", f"“{STAGE_NAMES[entry.stage]}”阶段只能转入:{allowed}",
                                field="stage")
        last = entry.steps.order_by("-on").values_list("on", flat=True).first()
        if last and data.on < last:
            raise KechuangError("KC-WEB-FIELD", f"日期不能早于上一阶段的日期 {last}", field="on")
        before = _snapshot(entry)
        entry.stage = data.stage
        entry.note = data.note[:300]
        if data.stage == "certified":
            entry.certificate_no, entry.certified_on, entry.expires_on = number[:64], data.on, expiry_of(data.on)
            ip_mark_used(actor, entry.enterprise_id, data.on)
        entry.save()
        ReserveStep.objects.create(entry=entry, stage=data.stage, on=data.on, note=data.note[:300], by=actor)
        change_record(actor, "ent-reserve", entry.enterprise_id, "update", before=before, after=_snapshot(entry))
    if data.stage == "certified":
        certified_feed(actor, entry.enterprise.region, [data.on.year], today)
    return entry


def ip_mark_used(actor, enterprise_id: int, on: date) -> int:
    """At 认定 the rights counted (granted by that day, not yet used) are marked used for 高企: a Ⅱ类 right counts
    for one application only (工作指引 国科发火〔2016〕195号), so a later check does not count it again."""
    rights = IPHolding.objects.filter(Q(granted_on__lte=on) | Q(granted_on=None), enterprise_id=enterprise_id,
                                      used_for_hitech=False)
    numbers = sorted(rights.values_list("number", flat=True))
    if numbers:
        rights.update(used_for_hitech=True)
        change_record(actor, "ent-ip", enterprise_id, "update", before={"已用于高企认定": None},
                      after={"已用于高企认定": "、".join(numbers), "认定日期": on.isoformat()})
    return len(numbers)


def board_state(entries) -> tuple:
    """The version of a user's view of the reserve: its scope (the query) and the steps' count, last id and last
    write time (every entry and move writes a step; steps go only with their entry), and the last change of its
    enterprises (a renamed firm). One aggregate query."""
    steps = ReserveStep.objects.filter(entry__in=entries.values("id"))
    state = steps.aggregate(n=Count("id"), last=Max("id"), at=Max("at"), named=Max("entry__enterprise__updated_at"))
    scope = hashlib.sha1(str(entries.query).encode()).hexdigest()[:16]
    return (scope, state["n"], state["last"], *(v.timestamp() if v else 0 for v in (state["at"], state["named"])))


def pipeline(entries, state: tuple | None = None) -> dict:
    """Steps per year and stage for the chart: {"years": [...], "series": [{"stage", "name", "counts"}]}, cached
    under the reserve's ``board_state``."""
    from kechuang.web.pagecache import cached

    steps = ReserveStep.objects.filter(entry__in=entries.values("id"))
    return cached(("reserve-pipeline", *(state or board_state(entries))), lambda: _pipeline(steps))


def _pipeline(steps) -> dict:
    rows = steps.annotate(year=ExtractYear("on")).values("year", "stage").annotate(n=Count("id"))
    counts = Counter({(r["year"], r["stage"]): r["n"] for r in rows})
    years = sorted({y for y, _ in counts})
    return {"years": years, "series": [{"stage": s, "name": n, "counts": [counts[(y, s)] for y in years]}
                                       for s, n in ReserveEntry.STAGES]}


def expiry_notices(today: date) -> int:
    """Messages to the bureau (and the enterprise's users) for certificates expiring within 90 days; once per
    certificate. Run daily."""
    from kechuang.web.accounts.models import Role
    from kechuang.web.notices.services import notify, recipients

    sent = 0
    due = (ReserveEntry.objects.filter(stage="certified", expires_on__gte=today,
                                       expires_on__lte=today + timedelta(days=EXPIRY_NOTICE_DAYS))
           .select_related("enterprise"))
    for entry in due:
        enterprise = entry.enterprise
        users = recipients(bureau_region=enterprise.region_id)
        users += [p.user for p in enterprise.users.filter(role=Role.ENTERPRISE, user__is_active=True)
                  .select_related("user")]
        text = (f"“{enterprise.name}”的高新技术企业证书({entry.certificate_no})将于 {entry.expires_on} 到期,"
                f"请提前准备重新认定")
        sent += notify(users, "expiry", text, url=reverse("kc-enterprise", args=[enterprise.pk]),
                       key=f"hitech-expiry:{entry.pk}:{entry.expires_on}")
    return sent
