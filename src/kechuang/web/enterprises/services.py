"""Writes of the registry: enterprises (USCC checked by the core, duplicates refused, near-identical names
warned), yearly figures and IP kept by the enterprise or the bureau, the bureau's verification (核实). Every
write is one transaction and one entry in the history app (kind ``ent-…``, ``object_id`` the enterprise)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.web.enterprises.core import name_key, uscc_check
from kechuang.web.enterprises.figures import FIGURE_FIELDS, RD_ITEM_FIELDS, RD_ITEM_PREFIX, figures_checked
from kechuang.web.enterprises.models import SIZES, Enterprise, IPHolding, YearFigures
from kechuang.web.history.services import change_record

TEXT_FIELDS = {"address": ("地址", 300), "industry_code": ("国民经济行业分类代码", 8), "tech_field": ("技术领域", 200),
               "contact_name": ("联系人", 64), "contact_phone": ("联系电话", 32), "contact_email": ("电子邮箱", 128)}
_INDUSTRY = re.compile(r"^[A-T]?\d{0,4}$")


@dataclass
class EnterpriseInput:
    name: str
    uscc: str = ""
    address: str = ""
    industry_code: str = ""
    size: str = ""
    registered_on: str | date | None = None
    tech_field: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass
class Saved:
    enterprise: Enterprise
    warnings: list[str] = field(default_factory=list)  # the USCC's warning (an early pilot code)
    similar: list[Enterprise] = field(default_factory=list)  # near-identical names in the region


def _field_error(name: str, message: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", message, field=name)


def parse_date(value, name: str, label: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        raise _field_error(name, f"{label}应为日期,如 2020-05-18:{value}") from None


def cleaned(data: EnterpriseInput, today: date) -> dict:
    """The model's field values from the form, or a KechuangError naming the field."""
    name = " ".join((data.name or "").split())
    if not name:
        raise _field_error("name", "请填写企业名称")
    if len(name) > 200:
        raise _field_error("name", "企业名称过长(最多 200 个字)")
    out = {"name": name, "name_key": name_key(name), "uscc": "", "uscc_warning": ""}
    if (data.uscc or "").strip():
        code, warning = uscc_check(data.uscc)
        out.update(uscc=code, uscc_warning=warning or "")
    for key, (label, limit) in TEXT_FIELDS.items():
        value = " ".join((getattr(data, key) or "").split())
        if len(value) > limit:
            raise _field_error(key, f"{label}过长(最多 {limit} 个字符)")
        out[key] = value
    out["industry_code"] = out["industry_code"].upper()
    if not _INDUSTRY.match(out["industry_code"]):
        raise _field_error("industry_code",
                           f"国民经济行业分类代码应为门类字母加至多 4 位数字,如 C3911:{data.industry_code}")
    if data.size and data.size not in dict(SIZES):
        raise _field_error("size", "企业规模应为 微型/小型/中型/大型")
    out["size"] = data.size or ""
    registered = parse_date(data.registered_on, "registered_on", "成立日期")
    if registered and registered > today:
        raise _field_error("registered_on", f"成立日期不能晚于今天:{registered}")
    out["registered_on"] = registered
    return out


SNAPSHOT_FIELDS = ("name", "uscc", "size", "registered_on", *TEXT_FIELDS)


def snapshot(enterprise: Enterprise) -> dict:
    """The fields as the history shows them (Chinese names, dates as text, 规模 in words)."""
    values = {}
    for key in SNAPSHOT_FIELDS:
        value = getattr(enterprise, key)
        if key == "registered_on":
            value = value.isoformat() if value else None
        elif key == "size":
            value = dict(SIZES).get(value, value)
        values[str(Enterprise._meta.get_field(key).verbose_name)] = value or None
    return values


def _duplicates(region_id: int, values: dict, exclude: int | None) -> list[Enterprise]:
    """Refuse an exact duplicate (USCC anywhere, name in the region); return the near-identical names."""
    others = Enterprise.objects.exclude(pk=exclude or 0)
    if values["uscc"]:
        same = others.filter(uscc=values["uscc"]).select_related("region").first()
        if same is not None:
            raise KechuangError("KC-ENT-DUPLICATE", f"统一社会信用代码 {values['uscc']} 已登记为“{same.name}”"
                                f"({same.region.name}),请勿重复登记", field="uscc", existing=same.pk)
    same_name = others.filter(region_id=region_id, name=values["name"]).first()
    if same_name is not None:
        raise KechuangError("KC-ENT-DUPLICATE", f"本地区已有同名企业“{same_name.name}”,请勿重复登记", field="name",
                            existing=same_name.pk)
    return list(others.filter(region_id=region_id, name_key=values["name_key"])[:5])


def _saved(enterprise: Enterprise, similar: list[Enterprise]) -> Saved:
    warnings = [f"统一社会信用代码提示:{enterprise.uscc_warning}"] if enterprise.uscc_warning else []
    return Saved(enterprise, warnings, similar)


def similar_warning(other: Enterprise) -> str:
    return f"名称与已登记的“{other.name}”几乎相同,请确认不是同一企业"


def enterprise_create(actor, region, data: EnterpriseInput, today: date, is_demo: bool = False) -> Saved:
    values = cleaned(data, today)
    try:
        with transaction.atomic():
            similar = _duplicates(region.pk, values, None)
            enterprise = Enterprise.objects.create(region=region, created_by=actor, is_demo=is_demo, **values)
            change_record(actor, "enterprise", enterprise.pk, "create", after=snapshot(enterprise))
    except IntegrityError:  # a concurrent registration of the same code or name
        raise KechuangError("KC-ENT-DUPLICATE", f"“{values['name']}”或其统一社会信用代码已登记", field="name") from None
    return _saved(enterprise, similar)


def version_checked(obj, version) -> None:
    if str(version) != str(obj.version):
        raise KechuangError("KC-WEB-CONFLICT", "该记录已被他人修改,请刷新页面后重新编辑")


def enterprise_update(actor, enterprise: Enterprise, data: EnterpriseInput, version, today: date) -> Saved:
    values = cleaned(data, today)
    try:
        with transaction.atomic():
            enterprise = Enterprise.objects.select_for_update().get(pk=enterprise.pk)
            version_checked(enterprise, version)
            similar = _duplicates(enterprise.region_id, values, enterprise.pk)
            before = snapshot(enterprise)
            for key, value in values.items():
                setattr(enterprise, key, value)
            if snapshot(enterprise) != before or enterprise.uscc_warning != values["uscc_warning"]:
                enterprise.version += 1
                enterprise.verified_at = enterprise.verified_by = None  # changed data needs a new 核实
                enterprise.save()
                change_record(actor, "enterprise", enterprise.pk, "update", before=before, after=snapshot(enterprise))
    except IntegrityError:
        raise KechuangError("KC-ENT-DUPLICATE", f"“{values['name']}”或其统一社会信用代码已登记", field="name") from None
    return _saved(enterprise, similar)


def figures_snapshot(row: YearFigures) -> dict:
    items = {RD_ITEM_FIELDS[RD_ITEM_PREFIX + k][0]: v for k, v in (row.rd_items or {}).items()}
    return {"年度": row.year, **{label: getattr(row, k) for k, (label, _) in FIGURE_FIELDS.items()},
            "研发费用明细": items or None}


@transaction.atomic
def figures_save(actor, enterprise: Enterprise, year: int, raw: dict, source: str = "manual",
                 source_file: str = "", source_row: int | None = None,
                 keep_items: bool = False) -> tuple[YearFigures, bool]:
    """Create or update one year's figures (numbers as typed: ``1,234.5万元`` read when unambiguous); a change
    is a new version and needs a new 核实. ``keep_items``: the caller sent no 研发费用 items (the API may leave
    them out; the form always shows and sends them), so the stored items stay and still make the total.
    Returns (row, whether anything changed)."""
    row = YearFigures.objects.select_for_update().filter(enterprise=enterprise, year=year).first()
    if keep_items and row is not None and row.rd_items:
        raw = raw | {RD_ITEM_PREFIX + key: value for key, value in row.rd_items.items()}
    values = figures_checked(raw, year)
    if row is None:
        row = YearFigures.objects.create(enterprise=enterprise, year=year, source=source, source_file=source_file,
                                         source_row=source_row, submitted_by=actor, **values)
        change_record(actor, "ent-figures", enterprise.pk, "create", after=figures_snapshot(row))
        return row, True
    before = figures_snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    after = figures_snapshot(row)
    if after == before:
        return row, False
    row.version += 1
    row.source, row.source_file, row.source_row, row.submitted_by = source, source_file, source_row, actor
    row.verified_at = row.verified_by = None
    row.save()
    change_record(actor, "ent-figures", enterprise.pk, "update", before=before, after=after)
    return row, True


IP_CATEGORIES = {"I": ("发明专利", "国防专利", "植物新品种", "国家级农作物品种", "国家新药", "国家一级中药保护品种",
                       "集成电路布图设计专有权"),
                 "II": ("实用新型专利", "外观设计专利", "软件著作权")}


@dataclass
class IPInput:
    category: str
    number: str
    title: str = ""
    granted_on: str | date | None = None
    used_for_hitech: bool = False


def ip_class_of(category: str) -> str:
    for ip_class, names in IP_CATEGORIES.items():
        if category in names:
            return ip_class
    raise _field_error("category", f"知识产权种类无效:{category}(Ⅰ类:{'、'.join(IP_CATEGORIES['I'])};"
                                   f"Ⅱ类:{'、'.join(IP_CATEGORIES['II'])};商标不计)")


def ip_add(actor, enterprise: Enterprise, data: IPInput, today: date) -> IPHolding:
    number = " ".join((data.number or "").split())
    if not number or len(number) > 64:
        raise _field_error("number", "请填写知识产权编号(专利号、登记号等,最多 64 个字符)")
    granted = parse_date(data.granted_on, "granted_on", "授权日期")
    if granted and granted > today:
        raise _field_error("granted_on", f"授权日期不能晚于今天:{granted}")
    values = {"ip_class": ip_class_of(data.category), "category": data.category, "number": number,
              "title": " ".join((data.title or "").split())[:200], "granted_on": granted,
              "used_for_hitech": bool(data.used_for_hitech)}
    try:
        with transaction.atomic():
            holding = IPHolding.objects.create(enterprise=enterprise, **values)
            change_record(actor, "ent-ip", enterprise.pk, "create", after={
                "种类": data.category, "编号": number, "名称": values["title"] or None,
                "授权日期": granted.isoformat() if granted else None})
    except IntegrityError:
        raise _field_error("number", f"编号 {number} 已登记") from None
    return holding


@transaction.atomic
def ip_delete(actor, holding: IPHolding) -> None:
    before = {"种类": holding.category, "编号": holding.number, "名称": holding.title or None}
    holding.delete()
    change_record(actor, "ent-ip", holding.enterprise_id, "delete", before=before)


@transaction.atomic
def enterprise_verify(actor, enterprise: Enterprise) -> int:
    """核实: the bureau confirms the enterprise's data and all its unverified figures; recorded."""
    now = timezone.now()
    years = list(enterprise.years.filter(verified_at=None).values_list("year", flat=True))
    # a new version: a copy read before the 核实 says 未核实, so its write is a 409 (read again), not a refused field
    enterprise.years.filter(verified_at=None).update(verified_at=now, verified_by=actor, version=F("version") + 1)
    Enterprise.objects.filter(pk=enterprise.pk).update(verified_at=now, verified_by=actor, version=F("version") + 1)
    change_record(actor, "enterprise", enterprise.pk, "approve", before={"核实": None},
                  after={"核实": "已核实", "核实年度": years or None})
    return len(years)


def input_of(enterprise: Enterprise) -> EnterpriseInput:
    """The form's values for an existing enterprise."""
    return EnterpriseInput(**{k: getattr(enterprise, k) or "" for k in asdict(EnterpriseInput(name=""))})
