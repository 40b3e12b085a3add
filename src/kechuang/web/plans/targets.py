"""Writes on a task's quantified targets (量化目标): correct what the extractor got wrong, add, delete."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.cockpit.links import target_relink
from kechuang.web.history.services import change_record
from kechuang.web.params import digits
from kechuang.web.plans.checks import check_text
from kechuang.web.plans.models import Target, Task
from kechuang.web.plans.services import require_editable

YEARS = (2000, 2100)


def target_snapshot(target: Target) -> dict:
    return {"indicator": target.indicator, "kind": target.kind, "value": target.value, "unit": target.unit,
            "year": target.year, "quote": target.quote}


LIMIT = Decimal("1e15")  # no target of a plan is a quadrillion of its unit
SIGNED = ("growth", "increase")  # 下降5% is a growth of -5; a level, multiple or rank is never below zero


def _number(text: str) -> str:
    """The number as typed without thousands separators (1,500 → 1500); refused unless it is a finite number."""
    cleaned = text.replace(",", "").replace(",", "").replace(" ", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise KechuangError("KC-WEB-FIELD", f"目标值“{text}”不是数字(如 1.85、1,500 或 1.85%)", field="value")
    if abs(number) >= LIMIT:  # 1e400 became inf in monitoring; a 61-digit count is a typing slip
        raise KechuangError("KC-WEB-FIELD", f"目标值“{text[:20]}”过大:大数请换用万、亿等单位(如 3.2 亿元)",
                            field="value")
    if "e" in cleaned.lower() or not cleaned.isascii():  # 1e3 → 1000, full-width １６ → 16: as a clerk reads it
        cleaned = format(number, "f")
    return cleaned.lstrip("+")


@dataclass
class TargetInput:
    """A clerk's target as typed in the form or sent to the API (every field a string until validated)."""

    indicator: str
    value: str
    kind: str = "level"
    unit: str = ""
    year: str | int | None = None
    quote: str = ""

    def cleaned(self) -> dict:
        """The values to store; a KechuangError naming the field if one is wrong."""
        indicator = (self.indicator or "").strip()
        if not indicator:
            raise KechuangError("KC-WEB-FIELD", "指标不能为空", field="indicator")
        if len(indicator) > 200:
            raise KechuangError("KC-WEB-FIELD", "指标过长(最多 200 字)", field="indicator")
        check_text(indicator, "indicator", "指标")
        if self.kind not in KIND_ZH:
            raise KechuangError("KC-WEB-FIELD", f"类型应为{'、'.join(KIND_ZH.values())}之一", field="kind")
        value, unit = str(self.value if self.value is not None else "").strip(), (self.unit or "").strip()
        if not value:
            raise KechuangError("KC-WEB-FIELD", "目标值不能为空", field="value")
        if value.endswith(("%", "%")):
            value, unit = value[:-1].strip(), unit or "%"
        if self.kind == "category":  # a category (等级) may be a word such as A or 一
            check_text(value, "value", "目标值")
        else:
            value = _number(value)
            if value.startswith("-") and self.kind not in SIGNED:
                raise KechuangError("KC-WEB-FIELD", f"目标值“{value}”为负数:{KIND_ZH[self.kind]}不能为负;"
                                    "下降的目标请选“增长率”或“提高(百分点)”并填负数", field="value")
        if len(value) > 64:
            raise KechuangError("KC-WEB-FIELD", "目标值过长(最多 64 字)", field="value")
        if len(unit) > 16:
            raise KechuangError("KC-WEB-FIELD", "单位过长(最多 16 字)", field="unit")
        check_text(unit, "unit", "单位")
        return {"indicator": indicator, "kind": self.kind, "value": value, "unit": unit, "year": self._year(),
                "quote": (self.quote or "").strip()}

    def _year(self) -> int | None:
        text = str(self.year if self.year is not None else "").strip().removesuffix("年")
        if not text:
            return None
        if not digits(text) or not YEARS[0] <= int(text) <= YEARS[1]:
            raise KechuangError("KC-WEB-FIELD", f"目标年份“{self.year}”应为 {YEARS[0]}–{YEARS[1]} 的年份",
                                field="year")
        return int(text)


def _record(user, target: Target, action: str, before: dict | None, after: dict | None) -> None:
    change_record(user, "target", target.pk, action, before=before, after=after, plan_id=target.task.plan_id,
                  task_id=target.task_id)


def target_add(user, task: Task, data: TargetInput) -> Target:
    values = data.cleaned()
    require_editable(task.plan)
    with transaction.atomic():
        target = Target.objects.create(task=task, **values)
        target_relink(target)
        _record(user, target, "create", None, target_snapshot(target))
    return target


def target_update(user, target: Target, data: TargetInput, version: int) -> Target:
    """Save a correction unless someone else saved the target since ``version`` was read."""
    values = data.cleaned()
    require_editable(target.task.plan)
    with transaction.atomic():
        before = target_snapshot(target)
        if values["quote"] != target.quote:  # a new quote no longer points at the extracted span
            values.update(start=None, end=None)
        updated = Target.objects.filter(pk=target.pk, version=version).update(version=version + 1, **values)
        if not updated:
            raise KechuangError("KC-WEB-CONFLICT", "该目标已被他人修改,您的修改未保存。请刷新页面后重新修改",
                                field="version")
        target.refresh_from_db()
        target_relink(target)  # the corrected wording may name another indicator (a clerk's choice stays)
        _record(user, target, "update", before, target_snapshot(target))
    return target


def target_delete(user, target: Target, version: int) -> None:
    require_editable(target.task.plan)
    with transaction.atomic():
        if target.reported_values.exists():
            raise KechuangError("KC-WEB-CONFLICT", "已有进展报告填报了该目标的数值,不能删除;可修改它", field="target")
        snapshot = target_snapshot(target)
        deleted, _ = Target.objects.filter(pk=target.pk, version=version).delete()
        if not deleted:
            raise KechuangError("KC-WEB-CONFLICT", "该目标已被他人修改,未删除。请刷新后重试", field="version")
        _record(user, target, "delete", snapshot, None)
