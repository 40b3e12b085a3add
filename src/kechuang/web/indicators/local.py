"""Local indicators: a bureau (county, city or province) adds indicators its plans need beyond the catalog.

Every save is a version with its edit recorded; a code or name already in the catalog is refused."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.indicators import units as unitlib
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import region_id_of
from kechuang.web.indicators.models import Indicator, IndicatorEdit
from kechuang.web.plans.checks import check_text

CODE = re.compile(r"^[a-z][a-z0-9_]{2,60}$")
FIELDS = ("name", "unit", "direction", "group", "definition", "source", "aliases", "aggregation")


@dataclass
class LocalInput:
    code: str
    name: str
    unit: str
    direction: str = "higher"
    group: str = ""
    definition: str = ""
    source: str = ""
    aliases: list[str] | None = None
    aggregation: str = "none"

    @classmethod
    def from_form(cls, data) -> LocalInput:
        aliases = [a.strip() for a in re.split(r"[、,,\n]", data.get("aliases", "")) if a.strip()]
        return cls(data.get("code", "").strip(), data.get("name", "").strip(), data.get("unit", "").strip(),
                   data.get("direction", "higher"), data.get("group", "").strip(), data.get("definition", "").strip(),
                   data.get("source", "").strip(), aliases, data.get("aggregation", "none"))


def _check(data: LocalInput, existing: Indicator | None) -> None:
    if not data.name:
        raise KechuangError("KC-INDICATOR-INVALID", "请填写指标名称", field="name")
    if existing is None and not CODE.match(data.code):
        raise KechuangError("KC-INDICATOR-INVALID",
                            f"指标代码「{data.code}」无效:应以小写字母开头,只含小写字母、数字和下划线", field="code")
    if not data.unit:
        raise KechuangError("KC-INDICATOR-INVALID", "请填写单位(如 家、万元、%)", field="unit")
    check_text(data.name, "name", "指标名称")  # as a plan target's indicator: no markup, no formula lead
    check_text(data.unit, "unit", "单位")
    for alias in data.aliases or []:
        check_text(alias, "aliases", "别名")
    if data.direction not in ("higher", "lower"):
        raise KechuangError("KC-INDICATOR-INVALID", "方向应为「越大越好」或「越小越好」", field="direction")
    if data.aggregation not in ("sum", "none"):
        raise KechuangError("KC-INDICATOR-INVALID", "地方指标的汇总方式只能是「求和」或「不汇总」", field="aggregation")
    if data.aggregation == "sum" and unitlib.dimension(data.unit) == "ratio":
        raise KechuangError("KC-INDICATOR-INVALID", f"单位为「{data.unit}」的比例不能求和汇总", field="aggregation")
    others = Indicator.objects.exclude(pk=existing.pk if existing else None)
    if existing is None and others.filter(code=data.code).exists():
        raise KechuangError("KC-INDICATOR-DUPLICATE", f"指标代码「{data.code}」已存在", field="code")
    for text in [data.name, *(data.aliases or [])]:
        clash = others.filter(name=text).first()
        if clash is not None:
            raise KechuangError("KC-INDICATOR-DUPLICATE", f"「{text}」已是指标「{clash.name}」({clash.code})的名称,"
                                "请直接使用该指标", field="name")


@transaction.atomic
def local_indicator_save(user, data: LocalInput, existing: Indicator | None = None) -> Indicator:
    """Create a local indicator for the user's region, or save a new version of one."""
    _check(data, existing)
    values = {"name": data.name, "unit": data.unit, "direction": data.direction, "group": data.group or "地方指标",
              "definition": data.definition, "source": data.source, "aliases": data.aliases or [],
              "aggregation": data.aggregation}
    if existing is None:
        region = Region.objects.filter(pk=region_id_of(user)).first()
        if region is None:
            raise KechuangError("KC-WEB-FORBIDDEN", "管理员请以地区科技局的账号添加地方指标")
        row = Indicator.objects.create(code=data.code, region=region, created_by=user, **values)
        IndicatorEdit.objects.create(indicator=row, version=1, edited_by=user,
                                     fields={k: [None, v] for k, v in values.items()})
        return row
    changes = {k: [getattr(existing, k), v] for k, v in values.items() if getattr(existing, k) != v}
    if not changes:
        return existing
    for k, v in values.items():
        setattr(existing, k, v)
    existing.version += 1
    existing.save()
    IndicatorEdit.objects.create(indicator=existing, version=existing.version, edited_by=user, fields=changes)
    return existing
