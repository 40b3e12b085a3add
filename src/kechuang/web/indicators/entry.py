"""Manual entry: one form per region × year with the indicators the region's plans (linked targets) and the
built-in evaluation frameworks need, last year's value beside each, and a warning for implausible jumps
(more than 3×, less than 1/3, or a change of sign) that the user confirms before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.indicators.cells import parse_quantity, value_in_unit
from kechuang.web.clock import today
from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.services import observation_record

JUMP = 3.0


def default_year() -> int:
    return today().year - 1


@lru_cache(maxsize=1)
def framework_codes() -> frozenset[str]:
    from kechuang.evaluation.framework import builtin_frameworks, load_framework

    codes: set[str] = set()
    for name in builtin_frameworks():
        try:
            codes |= set(load_framework(name).leaves)
        except KechuangError:
            continue
    return frozenset(codes)


def entry_indicators(region) -> list[Indicator]:
    from kechuang.web.plans.models import Target

    linked = set(Target.objects.filter(task__plan__region=region, catalog_indicator__isnull=False)
                 .values_list("catalog_indicator_id", flat=True))
    rows = Indicator.objects.filter(is_active=True)
    return [i for i in rows if i.pk in linked or i.code in framework_codes() or i.region_id == region.pk]


def _current(region, year: int) -> dict[int, float]:
    return dict(Observation.objects.filter(region=region, period=year, is_current=True)
                .values_list("indicator_id", "value"))


def entry_rows(region, year: int, posted=None) -> list[dict]:
    this, last = _current(region, year), _current(region, year - 1)
    return [{"indicator": i, "value": this.get(i.pk), "last": last.get(i.pk),
             "posted": (posted or {}).get(f"v_{i.code}", "")} for i in entry_indicators(region)]


def implausible(value: float, last: float | None) -> str | None:
    """The reason a value looks wrong against last year's, or None."""
    if last is None or last == 0:
        return None
    if (value < 0) != (last < 0) and value != 0:
        return f"与上年({last:g})符号相反"
    ratio = value / last if last else None
    if ratio is not None and ratio > JUMP:
        return f"是上年({last:g})的 {ratio:.1f} 倍"
    if ratio is not None and 0 <= ratio < 1 / JUMP:
        return f"不到上年({last:g})的三分之一"
    return None


@dataclass
class EntryResult:
    changed: int = 0
    warnings: list[str] = field(default_factory=list)


@transaction.atomic
def entry_save(user, region, year: int, data) -> EntryResult:
    """Save the filled values (blank fields are skipped); with implausible jumps and no confirmation, save nothing
    and return the warnings."""
    rows = entry_rows(region, year)
    parsed: list[tuple[Indicator, float]] = []
    warnings: list[str] = []
    for row in rows:
        ind, text = row["indicator"], data.get(f"v_{row['indicator'].code}", "").strip()
        if not text:
            continue
        try:
            value, unit = parse_quantity(text)
            if value is None:
                continue
            value = value_in_unit(value, unit, ind.unit)
        except ValueError as exc:
            raise KechuangError("KC-ENTRY-VALUE", f"「{ind.name}」:{exc}", field=ind.code) from None
        reason = implausible(value, row["last"])
        if reason:
            warnings.append(f"「{ind.name}」{year} 年的 {value:g}{ind.unit} {reason},请核实")
        parsed.append((ind, value))
    if warnings and data.get("confirm") != "1":
        return EntryResult(0, warnings)
    changed = 0
    for ind, value in parsed:
        _, did = observation_record(region, ind, year, value, source_kind="manual", user=user,
                                    note="确认了异常变动" if warnings else "")
        changed += did
    return EntryResult(changed)
