"""Writes of the demand and achievement libraries: validated whole, one transaction, recorded in the history.

Inputs are text as typed in a form, an import row or the API; every bad value is a ``KechuangError`` naming the
field in Chinese, and nothing is written."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.web.enterprises.models import Enterprise
from kechuang.web.history.services import change_record
from kechuang.web.libraries.index_store import touch
from kechuang.web.params import digits
from kechuang.web.transfer import access, stored_matches
from kechuang.web.transfer.models import HOLDER_KINDS, MAX_PROBLEM, TRANSFER_MODES, Achievement, Demand
from kechuang.web.transfer.records import ACHIEVEMENTS, DEMANDS
from kechuang.web.vouchers.money import parse_wan, wan

_SPLIT = re.compile(r"[、,,;;/\s]+")
MAX_FIELDS = 10


def bad(message: str, field_name: str) -> KechuangError:
    return KechuangError("KC-WEB-FIELD", message, field=field_name)


def forbidden(message: str) -> KechuangError:
    return KechuangError("KC-WEB-FORBIDDEN", message)


def text_of(raw, field_name: str, label: str, limit: int, required: bool = True) -> str:
    text = str(raw if raw is not None else "").strip()
    if required and not text:
        raise bad(f"请填写{label}", field_name)
    if len(text) > limit:
        raise bad(f"{label}过长({len(text)} 字,最多 {limit} 字)", field_name)
    return text


def fields_of(raw) -> list[str]:
    """技术领域 as a list: typed as 新材料、生物医药 (any of 、,,;; as separators) or given as a list."""
    items = raw if isinstance(raw, list | tuple) else _SPLIT.split(unicodedata.normalize("NFKC", str(raw or "")))
    out: list[str] = []
    for item in items:
        item = str(item).strip()
        if item and item not in out:
            if len(item) > 30:
                raise bad(f"技术领域“{item[:30]}…”过长(每项最多 30 字)", "fields")
            out.append(item)
    if len(out) > MAX_FIELDS:
        raise bad(f"技术领域最多填写 {MAX_FIELDS} 项", "fields")
    return out


def date_of(raw, field_name: str, label: str, required: bool = False) -> date | None:
    if isinstance(raw, date):
        return raw
    text = str(raw or "").strip()
    if not text:
        if required:
            raise bad(f"请填写{label}", field_name)
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise bad(f"{label}“{text}”不是日期(应如 2026-12-01)", field_name) from None


def stripped(raw) -> str:
    """A field as given, blank (None, "", " ") as none given: the status a form or a body left empty."""
    return str(raw or "").strip()


def choice_of(raw, choices: list[tuple[str, str]], field_name: str, label: str) -> str:
    """A choice by its key or its Chinese name (高校 or university)."""
    text = stripped(raw)
    for key, name in choices:
        if text in (key, name):
            return key
    raise bad(f"{label}“{text}”无效(可选:{'、'.join(n for _, n in choices)})", field_name)


def initial_status(raw, initial: str, choices: list[tuple[str, str]], label: str) -> str:
    """A new record's status: the workflow's first one (征集中, 可转化), also when given by its key or its name.

    Another one sent with a new record (the form hides the field; an API body or a forged form post may carry it)
    is refused by name, never saved nor dropped: the later states come from the 对接 records, or from an edit of
    the saved record by those who may edit it. An import of existing records takes their states (``demand_values``
    alone)."""
    status = choice_of(stripped(raw) or initial, choices, "status", "状态")  # blank: none given
    if status != initial:
        names = dict(choices)
        raise bad(f"新登记的{label}状态只能是“{names[initial]}”,不能填写“{names[status]}”:状态由对接记录改变,"
                  "或在登记后修改(请删去 status 字段)", "status")
    return status


# ------------------------------------------------------------------------------------------------- demands


@dataclass
class DemandInput:
    title: str = ""
    problem: str = ""
    fields: str | list = ""
    budget: str = ""
    deadline: str = ""
    maturity: str | int | None = ""
    contact: str = ""
    status: str = Demand.OPEN
    enterprise_id: int | str | None = None


def demand_snapshot(d: Demand) -> dict:
    return {"tr_title": d.title, "problem": d.problem, "fields": "、".join(d.fields), "budget": wan(d.budget),
            "tr_deadline": str(d.deadline or ""), "maturity": d.maturity, "contact": d.contact,
            "status": d.get_status_display(), "enterprise": d.enterprise.name}


def demand_values(data: DemandInput) -> dict:
    return {"title": text_of(data.title, "title", "需求名称", 200),
            "problem": text_of(data.problem, "problem", "需求描述", MAX_PROBLEM),
            "fields": fields_of(data.fields),
            "budget": parse_wan(data.budget, "budget", "预算", optional=True),
            "deadline": date_of(data.deadline, "deadline", "截止日期"),
            "maturity": maturity_of(data.maturity),
            "contact": text_of(data.contact, "contact", "联系人", 100, required=False),
            "status": choice_of(stripped(data.status) or Demand.OPEN, Demand.STATUSES, "status", "状态")}


def demand_enterprise(user, raw_id) -> Enterprise:
    """The enterprise a new demand belongs to: an enterprise user's own (any other id refused), or one of the
    bureau's region."""
    own = access.enterprise_id_of(user)
    if own:
        if raw_id not in (None, "", own, str(own)):
            raise forbidden("企业用户只能填报本企业的技术需求")
        return Enterprise.objects.select_related("region").get(pk=own)
    try:
        enterprise = Enterprise.objects.select_related("region").filter(pk=int(raw_id)).first()
    except (TypeError, ValueError):
        enterprise = None
    if enterprise is None:
        raise bad("请选择提出需求的企业", "enterprise")
    if not access.can_manage(user, enterprise.region_id):
        raise forbidden("只能为本地区的企业填报技术需求")
    return enterprise


def demand_create(user, data: DemandInput, *, is_demo: bool = False) -> Demand:
    enterprise = demand_enterprise(user, data.enterprise_id)
    initial_status(data.status, Demand.OPEN, Demand.STATUSES, "技术需求")
    values = demand_values(data)
    with transaction.atomic():
        demand = Demand.objects.create(region_id=enterprise.region_id, enterprise=enterprise, created_by=user,
                                       is_demo=is_demo, **values)
        change_record(user, "tech_demand", demand.pk, "create", after=demand_snapshot(demand))
        touch(DEMANDS, demand.region_id)
        stored_matches.queue([demand.pk])
    return demand


def demand_update(user, demand: Demand, data: DemandInput) -> Demand:
    if not access.can_edit_demand(user, demand):
        raise forbidden("只有提出需求的企业或本地区科技局可以修改该需求")
    values = demand_values(data)
    with transaction.atomic():
        before = demand_snapshot(demand)
        for key, value in values.items():
            setattr(demand, key, value)
        demand.save()
        change_record(user, "tech_demand", demand.pk, "update", before=before, after=demand_snapshot(demand))
        touch(DEMANDS, demand.region_id)
        stored_matches.queue([demand.pk])
    return demand


# -------------------------------------------------------------------------------------------- achievements


@dataclass
class AchievementInput:
    title: str = ""
    holder: str = ""
    holder_kind: str = ""
    summary: str = ""
    fields: str | list = ""
    maturity: str | int | None = ""
    ip: str = ""
    modes: list[str] = field(default_factory=list)
    price: str = ""
    status: str = Achievement.AVAILABLE
    enterprise_id: int | str | None = None


def achievement_snapshot(a: Achievement) -> dict:
    return {"tr_title": a.title, "holder": a.holder, "holder_kind": a.get_holder_kind_display(), "summary": a.summary,
            "fields": "、".join(a.fields), "maturity": a.maturity, "ip": a.ip, "modes": a.mode_names(),
            "price": wan(a.price), "status": a.get_status_display()}


def maturity_of(raw) -> int | None:
    text = unicodedata.normalize("NFKC", str(raw if raw is not None else "")).strip().removesuffix("级")
    if not text:
        return None
    if not digits(text) or not 1 <= int(text) <= 9:
        raise bad(f"技术成熟度“{raw}”应为 1–9 的整数(9 级为已规模应用)", "maturity")
    return int(text)


def modes_of(raw) -> list[str]:
    items = raw if isinstance(raw, list | tuple) else _SPLIT.split(str(raw or ""))
    return list(dict.fromkeys(choice_of(m, TRANSFER_MODES, "modes", "转化方式") for m in items if str(m).strip()))


def achievement_values(user, region_id: int, data: AchievementInput) -> dict:
    enterprise = None
    if data.enterprise_id not in (None, ""):
        try:
            enterprise = Enterprise.objects.filter(pk=int(data.enterprise_id), region_id=region_id).first()
        except (TypeError, ValueError):
            enterprise = None
        if enterprise is None:
            raise bad("所选企业不在本地区", "enterprise")
    return {"title": text_of(data.title, "title", "成果名称", 200),
            "holder": text_of(data.holder, "holder", "成果持有方", 200),
            "holder_kind": choice_of(data.holder_kind, HOLDER_KINDS, "holder_kind", "持有方类型"),
            "summary": text_of(data.summary, "summary", "成果简介", MAX_PROBLEM),
            "fields": fields_of(data.fields), "maturity": maturity_of(data.maturity),
            "ip": text_of(data.ip, "ip", "知识产权", 500, required=False), "modes": modes_of(data.modes),
            "price": parse_wan(data.price, "price", "参考价格", optional=True),
            "status": choice_of(stripped(data.status) or Achievement.AVAILABLE, Achievement.STATUSES, "status", "状态"),
            "enterprise": enterprise}


def achievement_create(user, region, data: AchievementInput, *, is_demo: bool = False) -> Achievement:
    if not access.can_manage(user, region.pk) or access.enterprise_id_of(user):
        raise forbidden("只有本地区科技局可以登记科技成果")
    initial_status(data.status, Achievement.AVAILABLE, Achievement.STATUSES, "科技成果")
    values = achievement_values(user, region.pk, data)
    with transaction.atomic():
        made = Achievement.objects.create(region=region, created_by=user, is_demo=is_demo, **values)
        change_record(user, "tech_achievement", made.pk, "create", after=achievement_snapshot(made))
        touch(ACHIEVEMENTS, made.region_id)
        stored_matches.queue([made.pk], stored_matches.TO_DEMANDS)
    return made


def achievement_update(user, achievement: Achievement, data: AchievementInput) -> Achievement:
    if not access.can_manage(user, achievement.region_id):
        raise forbidden("只有本地区科技局可以修改科技成果")
    values = achievement_values(user, achievement.region_id, data)
    with transaction.atomic():
        before = achievement_snapshot(achievement)
        for key, value in values.items():
            setattr(achievement, key, value)
        achievement.save()
        change_record(user, "tech_achievement", achievement.pk, "update", before=before,
                      after=achievement_snapshot(achievement))
        touch(ACHIEVEMENTS, achievement.region_id)
        stored_matches.queue([achievement.pk], stored_matches.TO_DEMANDS)
    return achievement
