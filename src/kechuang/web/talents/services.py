"""Writes of the 人才库: talents (ID numbers checked by python-stdnum, duplicates refused), their dated events
(年度更新, 流动, 获奖, 荣誉, 出库) and a 科技特派员's login. Every write is one transaction and one entry in the
history app; the history keeps personal data masked (it is shown to every reader of the record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction

from kechuang.errors import KechuangError
from kechuang.web.accounts.models import Region
from kechuang.web.history.services import change_record
from kechuang.web.talents.feeds import talent_feed
from kechuang.web.talents.identity import birth_of, id_number_checked, mask_id, mask_phone
from kechuang.web.talents.models import CATEGORIES, GENDERS, Talent, TalentEvent

LIMITS = {"name": ("姓名", 64), "title": ("职称", 64), "affiliation": ("工作单位", 200), "fields": ("专业领域", 300),
          "contact": ("联系电话", 32), "expertise": ("专长", 5000)}
CATEGORY_BY_NAME = {name: code for code, name in CATEGORIES}


@dataclass
class TalentInput:
    name: str
    categories: list[str] = field(default_factory=list)  # codes or Chinese names
    gender: str = ""
    birth_year: str | int | None = None
    id_number: str = ""  # empty on an edit: the stored number is kept
    title: str = ""
    affiliation: str = ""
    fields: str | list[str] = ""
    expertise: str = ""
    contact: str = ""
    entered_on: str | date | None = None


def bad(message: str, name: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", message, field=name)


def text_checked(value, name: str) -> str:
    label, limit = LIMITS[name]
    text = " ".join(str(value or "").split()) if name != "expertise" else str(value or "").strip()
    if len(text) > limit:
        raise bad(f"{label}过长(最多 {limit} 个字)", name)
    return text


def date_checked(value, name: str, label: str, today: date, required: bool = False) -> date | None:
    if value in (None, ""):
        if required:
            raise bad(f"请填写{label}", name)
        return None
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip().replace("/", "-"))
        except ValueError:
            raise bad(f"{label}应为日期,如 2024-05-18:{value}", name) from None
    if value > today:
        raise bad(f"{label}不能晚于今天:{value}", name)
    return value


def categories_checked(values) -> str:
    if isinstance(values, str):
        values = [v for v in values.replace(",", "、").replace(",", "、").split("、")]
    codes = []
    for value in values:
        value = str(value).strip()
        if not value:
            continue
        code = value if value in dict(CATEGORIES) else CATEGORY_BY_NAME.get(value)
        if code is None:
            raise bad(f"人才类别“{value}”无效,应为:" + "、".join(n for _, n in CATEGORIES), "categories")
        if code not in codes:
            codes.append(code)
    if not codes:
        raise bad("请至少选择一个人才类别", "categories")
    return "," + ",".join(codes) + ","


def cleaned(data: TalentInput, today: date) -> dict:
    """The model's values from a form, an import row or the API; KechuangError naming the field otherwise."""
    out = {k: text_checked(getattr(data, k), k) for k in LIMITS if k != "fields"}
    if not out["name"]:
        raise bad("请填写姓名", "name")
    fields = data.fields if isinstance(data.fields, str) else "、".join(data.fields)
    out["fields"] = text_checked("、".join(f.strip() for f in fields.replace(",", "、").replace(",", "、")
                                          .replace(";", "、").split("、") if f.strip()), "fields")
    out["categories"] = categories_checked(data.categories)
    if data.gender and data.gender not in dict(GENDERS):
        raise bad("性别应为 男 或 女", "gender")
    out["gender"] = data.gender or ""
    out["birth_year"] = None
    if data.birth_year not in (None, ""):
        try:
            out["birth_year"] = int(str(data.birth_year).strip())
        except ValueError:
            raise bad(f"出生年份应为四位年份:{data.birth_year}", "birth_year") from None
        if not 1900 <= out["birth_year"] <= today.year:
            raise bad(f"出生年份不合理:{data.birth_year}", "birth_year")
    out["id_number"] = id_number_checked(data.id_number)
    if out["id_number"]:
        year, gender = birth_of(out["id_number"])
        out["birth_year"] = out["birth_year"] or year
        out["gender"] = out["gender"] or gender
    out["entered_on"] = date_checked(data.entered_on, "entered_on", "入库日期", today) or today
    return out


def snapshot(talent: Talent) -> dict:
    """The record as the history shows it: personal data masked."""
    return {"姓名": talent.name, "人才类别": "、".join(talent.category_names), "性别": talent.gender or None,
            "出生年份": talent.birth_year, "身份证号": mask_id(talent.id_number) or None, "职称": talent.title or None,
            "工作单位": talent.affiliation or None, "专业领域": talent.fields or None,
            "联系电话": mask_phone(talent.contact) or None, "入库日期": talent.entered_on.isoformat(),
            "出库日期": talent.left_on.isoformat() if talent.left_on else None}


def registered_where(number: str, region_id: int, found_region_id: int) -> str:
    """Where an ID number is registered already, as the user may read it: 本地区, or only 其他地区 — never the
    other region's name (its 人才库 is not the user's to read)."""
    where = "本地区" if found_region_id == region_id else "其他地区"
    return f"身份证号 {mask_id(number)} 已登记在{where}的人才库中,请勿重复登记"


def _duplicate(number: str, exclude: int | None, region_id: int) -> None:
    found = Talent.objects.filter(id_number=number).exclude(pk=exclude or 0).values_list("region_id", flat=True)
    if number and found.exists():
        raise KechuangError("KC-WEB-DUPLICATE", registered_where(number, region_id, found[0]), field="id_number")


def talent_create(actor, region: Region, data: TalentInput, today: date, is_demo: bool = False) -> Talent:
    values = cleaned(data, today)
    _duplicate(values["id_number"], None, region.pk)
    try:
        with transaction.atomic():
            talent = Talent.objects.create(region=region, created_by=actor, is_demo=is_demo, **values)
            change_record(actor, "talent", talent.pk, "create", after=snapshot(talent))
            talent_feed(actor, region, today)
    except IntegrityError:  # the same ID number registered at the same moment
        raise KechuangError("KC-WEB-DUPLICATE", "该身份证号已在人才库中,请勿重复登记", field="id_number") from None
    return talent


def talent_update(actor, talent: Talent, data: TalentInput, version, today: date) -> Talent:
    values = cleaned(data, today)
    if not values["id_number"]:
        values["id_number"] = talent.id_number  # left empty: kept (the form never shows it in full to others)
    _duplicate(values["id_number"], talent.pk, talent.region_id)
    with transaction.atomic():
        fresh = Talent.objects.select_for_update().get(pk=talent.pk)
        if str(fresh.version) != str(version):
            raise KechuangError("KC-WEB-CONFLICT", "该人才信息已被他人修改,请刷新页面后重新填写", field="version")
        before = snapshot(fresh)
        for key, value in values.items():
            setattr(fresh, key, value)
        fresh.version += 1
        fresh.save()
        change_record(actor, "talent", fresh.pk, "update", before=before, after=snapshot(fresh))
        talent_feed(actor, fresh.region, today)
    return fresh


@dataclass
class EventInput:
    kind: str
    on: str | date | None
    text: str = ""
    affiliation: str = ""  # 流动: the new unit
    title: str = ""  # 年度更新: the new 职称 (empty: unchanged)


def event_add(actor, talent: Talent, data: EventInput, today: date) -> TalentEvent:
    """A dated step; 流动 changes the unit, 年度更新 may change the title, 出库/重新入库 change the record's state."""
    if data.kind not in dict(TalentEvent.KINDS):
        raise bad("动态类型无效", "kind")
    on = date_checked(data.on, "on", "日期", today, required=True)
    text = " ".join((data.text or "").split())
    if len(text) > 500:
        raise bad("内容过长(最多 500 字)", "text")
    with transaction.atomic():
        fresh = Talent.objects.select_for_update().get(pk=talent.pk)
        before = snapshot(fresh)
        if data.kind == "move":
            unit = text_checked(data.affiliation, "affiliation")
            if not unit:
                raise bad("流动须填写新的工作单位", "affiliation")
            text = text or f"{fresh.affiliation or '(未填)'} → {unit}"
            fresh.affiliation = unit
        elif data.kind == "update" and data.title.strip():
            fresh.title = text_checked(data.title, "title")
        elif data.kind == "leave":
            if fresh.left_on is not None:
                raise bad("该人才已出库", "kind")
            if on < fresh.entered_on:
                raise bad(f"出库日期不能早于入库日期 {fresh.entered_on}", "on")
            fresh.left_on = on
        elif data.kind == "return":
            if fresh.left_on is None:
                raise bad("该人才在库中,无需重新入库", "kind")
            fresh.left_on, fresh.entered_on = None, on
        if not text:
            raise bad("请填写内容", "text")
        fresh.version += 1
        fresh.save()
        event = TalentEvent.objects.create(talent=fresh, kind=data.kind, on=on, text=text, by=actor)
        change_record(actor, "talent-event", fresh.pk, "create",
                      after={"类型": event.get_kind_display(), "日期": on.isoformat(), "内容": text})
        change_record(actor, "talent", fresh.pk, "update", before=before, after=snapshot(fresh))
        if data.kind in ("leave", "return"):
            talent_feed(actor, fresh.region, today)
    return event
