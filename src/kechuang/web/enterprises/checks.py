"""The 高企 gap check through the web: one enterprise as of a date (stored with the rule snapshot it used), a
reviewer's judgement answers, and the batch over a region listing the promising enterprises."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from kechuang.enterprises import EnterpriseFacts, IPFacts, YearFacts
from kechuang.errors import KechuangError
from kechuang.gc_pause import gc_paused
from kechuang.web.enterprises.core import check_hitech, check_hitech_many, facts_of
from kechuang.web.enterprises.figures import FIGURE_FIELDS
from kechuang.web.enterprises.models import (
    Enterprise,
    HitechResult,
    HitechReview,
    IPHolding,
    ReserveEntry,
    YearFigures,
)
from kechuang.web.history.services import change_record

#: The judgement items a reviewer answers (key → label, the choices or the maximum points).
JUDGEMENTS = {
    "core_ip": ("知识产权对主要产品(服务)发挥核心支持作用", "yesno"),
    "tech_field": ("主要产品(服务)属于《国家重点支持的高新技术领域》", "yesno"),
    "compliance": ("申请前一年内未发生重大安全、重大质量事故或严重环境违法行为", "yesno"),
    "ip_advancement": ("技术的先进程度(0–8 分)", 8),
    "ip_core_role": ("对主要产品(服务)在技术上发挥核心支持作用(0–8 分)", 8),
    "ip_acquisition": ("知识产权获得方式(0–6 分)", 6),
    "ip_standards": ("参与编制国家标准、行业标准等(0–2 分)", 2),
    "conversion": ("科技成果转化能力(0–30 分)", 30),
    "rd_management": ("研究开发组织管理水平(0–20 分)", 20),
    "ip_core_2008": ("核心自主知识产权(2008 版评分,0–30 分)", 30),  # 国科发火〔2008〕362号, checks before 2016
}


def judgements_of(enterprise: Enterprise) -> dict:
    review = HitechReview.objects.filter(enterprise=enterprise).first()
    return dict(review.judgements) if review else {}


def judgements_cleaned(raw: dict) -> dict:
    """The answers given (blank ones left out: the check keeps them as 待人工评审)."""
    out = {}
    for key, (label, kind) in JUDGEMENTS.items():
        value = str(raw.get(key, "") or "").strip()
        if not value:
            continue
        if kind == "yesno":
            if value not in ("yes", "no"):
                raise KechuangError("KC-WEB-FIELD", f"{label}:请选择“是”或“否”", field=key)
            out[key] = value == "yes"
            continue
        try:
            points = float(value)
        except ValueError:
            raise KechuangError("KC-WEB-FIELD", f"{label}:应为数字", field=key) from None
        if not 0 <= points <= kind:
            raise KechuangError("KC-WEB-FIELD", f"{label}:应在 0 到 {kind} 分之间", field=key)
        out[key] = points
    return out


@transaction.atomic
def judgements_save(actor, enterprise: Enterprise, raw: dict) -> dict:
    review, _ = HitechReview.objects.select_for_update().get_or_create(enterprise=enterprise)
    before = dict(review.judgements)
    # the form shows the items of the rules in force on its date: answers to the others are kept
    answers = {**{k: v for k, v in before.items() if k not in raw}, **judgements_cleaned(raw)}
    review.judgements, review.reviewed_by = answers, actor
    review.save()
    labels = {k: v[0] for k, v in JUDGEMENTS.items()}
    change_record(actor, "ent-review", enterprise.pk, "update" if before else "create",
                  before={labels[k]: v for k, v in before.items()} or None,
                  after={labels[k]: v for k, v in answers.items()})
    return answers


def hitech_run(actor, enterprise: Enterprise, as_of: date, store: bool = True):
    """The core's check for the enterprise with its reviewer's answers; stored (with the rule snapshot)."""
    check = check_hitech(facts_of(enterprise, judgements=judgements_of(enterprise)), as_of)
    if store:
        HitechResult.objects.create(enterprise=enterprise, as_of=as_of, overall=check.overall,
                                    score=check.score_low, result=check.to_dict(), checked_by=actor)
    return check


@dataclass(frozen=True)
class BatchRow:
    """What the batch page shows of an enterprise (no model instance: 10,000 of them cost more than the check)."""

    pk: int
    name: str
    is_demo: bool
    stage: str | None  # its reserve stage, None when not in the reserve

    @property
    def stage_zh(self) -> str:
        return dict(ReserveEntry.STAGES).get(self.stage or "", "")


def hitech_batch(region_id: int | None, as_of: date,
                 only: tuple[str, ...] = ("promising", "opportunity")) -> list[tuple[BatchRow, object]]:
    """[(row, check)] for the region's enterprises whose overall result is in ``only`` (all when empty).

    The facts are read as plain rows (four queries, no model instances: 10,000 enterprises with three years each
    are read in a fraction of a second), and so are the names and reserve stages the page lists."""
    with gc_paused():  # ~300,000 small objects kept to the end: the collector's passes cost a quarter of the time
        return _batch(region_id, as_of, only)


def _batch(region_id: int | None, as_of: date, only: tuple[str, ...]) -> list[tuple[BatchRow, object]]:
    base = Enterprise.objects.all() if region_id is None else Enterprise.objects.filter(region_id=region_id)
    heads = list(base.order_by("region", "name").values_list("pk", "name", "uscc", "registered_on", "is_demo",
                                                             "reserve__stage"))
    years: dict[int, list[YearFacts]] = defaultdict(list)
    for row in (YearFigures.objects.filter(enterprise__in=base.values("pk")).order_by("year")
                .values("enterprise_id", "year", *FIGURE_FIELDS)):
        years[row.pop("enterprise_id")].append(YearFacts(**row))
    ip: dict[int, list[IPFacts]] = defaultdict(list)
    for row in IPHolding.objects.filter(enterprise__in=base.values("pk")).values(
            "enterprise_id", "ip_class", "category", "granted_on", "used_for_hitech"):
        ip[row.pop("enterprise_id")].append(IPFacts(**row))
    reviews = dict(HitechReview.objects.filter(enterprise__in=base.values("pk"))
                   .values_list("enterprise_id", "judgements"))
    facts = [EnterpriseFacts(name=name, uscc=uscc, registered_on=registered, years=years[pk], ip=ip[pk],
                             judgements=dict(reviews.get(pk) or {})) for pk, name, uscc, registered, *_ in heads]
    checks = check_hitech_many(facts, as_of)
    return [(BatchRow(pk, name, is_demo, stage), check)
            for (pk, name, _, _, is_demo, stage), check in zip(heads, checks, strict=True)
            if not only or check.overall in only]
