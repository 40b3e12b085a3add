"""Writes of the 载体/平台 library: carriers (kind, level, host, recognition, status), their yearly evaluations.
One transaction each, one history entry each; the catalog indicators' counts are recomputed after a change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction

from kechuang.errors import KechuangError
from kechuang.web.carriers.feeds import carrier_feed
from kechuang.web.carriers.models import KINDS, LEVELS, Carrier, CarrierEvaluation
from kechuang.web.history.services import change_record
from kechuang.web.talents.services import bad, date_checked

KIND_BY_NAME = {name: code for code, name in KINDS}
LEVEL_BY_NAME = {name: code for code, name in LEVELS} | {"国家": "national", "省": "provincial", "市": "municipal",
                                                         "县": "county"}
TEXTS = {"name": ("名称", 200), "host_name": ("依托单位", 200), "document_no": ("认定文号", 100),
         "fields": ("技术领域", 300), "note": ("备注", 500)}


@dataclass
class CarrierInput:
    name: str
    kind: str
    level: str
    host_name: str = ""
    host_enterprise_id: int | None = None
    recognised_on: str | date | None = None
    document_no: str = ""
    fields: str = ""
    status: str = "active"
    revoked_on: str | date | None = None
    note: str = ""


def cleaned(region, data: CarrierInput, today: date) -> dict:
    out = {}
    for key, (label, limit) in TEXTS.items():
        out[key] = " ".join(str(getattr(data, key) or "").split())
        if len(out[key]) > limit:
            raise bad(f"{label}过长(最多 {limit} 个字)", key)
    if not out["name"]:
        raise bad("请填写载体名称", "name")
    out["kind"] = data.kind if data.kind in dict(KINDS) else KIND_BY_NAME.get((data.kind or "").strip())
    if out["kind"] is None:
        raise bad("类型应为:" + "、".join(n for _, n in KINDS), "kind")
    out["level"] = data.level if data.level in dict(LEVELS) else LEVEL_BY_NAME.get((data.level or "").strip())
    if out["level"] is None:
        raise bad("级别应为 国家级、省级、市级 或 县级", "level")
    out["host_enterprise"] = None
    if data.host_enterprise_id:
        out["host_enterprise"] = region.enterprises.filter(pk=data.host_enterprise_id).first()
        if out["host_enterprise"] is None:
            raise bad("依托企业应为本地区企业名录中的企业", "host_enterprise")
        out["host_name"] = out["host_name"] or out["host_enterprise"].name
    elif out["host_name"]:
        out["host_enterprise"] = region.enterprises.filter(name=out["host_name"]).first()
    if not out["host_name"]:
        raise bad("请填写依托单位", "host_name")
    out["recognised_on"] = date_checked(data.recognised_on, "recognised_on", "认定日期", today, required=True)
    status = data.status or "active"
    if status not in ("active", "revoked", "有效", "撤销"):
        raise bad("状态应为 有效 或 撤销", "status")
    out["status"] = "revoked" if status in ("revoked", "撤销") else "active"
    out["revoked_on"] = date_checked(data.revoked_on, "revoked_on", "撤销日期", today)
    if out["status"] == "revoked" and out["revoked_on"] is None:
        raise bad("撤销的载体须填写撤销日期", "revoked_on")
    if out["status"] == "active":
        out["revoked_on"] = None
    if out["revoked_on"] and out["revoked_on"] < out["recognised_on"]:
        raise bad("撤销日期不能早于认定日期", "revoked_on")
    return out


def snapshot(c: Carrier) -> dict:
    return {"名称": c.name, "类型": c.get_kind_display(), "级别": c.get_level_display(), "依托单位": c.host_name,
            "认定日期": c.recognised_on.isoformat(), "认定文号": c.document_no or None, "技术领域": c.fields or None,
            "状态": c.get_status_display(), "撤销日期": c.revoked_on.isoformat() if c.revoked_on else None,
            "备注": c.note or None}


def _same_name(region, values: dict, exclude: int | None) -> KechuangError | None:
    same = Carrier.objects.filter(region=region, name=values["name"], level=values["level"]).exclude(pk=exclude or 0)
    if same.exists():
        return KechuangError("KC-WEB-DUPLICATE", f"本地区已有同名同级别的载体“{values['name']}”,请勿重复登记",
                             field="name")
    return None


def carrier_create(actor, region, data: CarrierInput, today: date, is_demo: bool = False) -> Carrier:
    values = cleaned(region, data, today)
    duplicate = _same_name(region, values, None)
    if duplicate:
        raise duplicate
    try:
        with transaction.atomic():
            carrier = Carrier.objects.create(region=region, created_by=actor, is_demo=is_demo, **values)
            change_record(actor, "carrier", carrier.pk, "create", after=snapshot(carrier))
            carrier_feed(actor, region, today)
    except IntegrityError:
        raise _same_name(region, values, None) or KechuangError("KC-WEB-CONFLICT", "保存冲突,请重试") from None
    return carrier


def carrier_update(actor, carrier: Carrier, data: CarrierInput, version, today: date) -> Carrier:
    values = cleaned(carrier.region, data, today)
    duplicate = _same_name(carrier.region, values, carrier.pk)
    if duplicate:
        raise duplicate
    with transaction.atomic():
        fresh = Carrier.objects.select_for_update().get(pk=carrier.pk)
        if str(fresh.version) != str(version):
            raise KechuangError("KC-WEB-CONFLICT", "该载体已被他人修改,请刷新页面后重新填写", field="version")
        before = snapshot(fresh)
        for key, value in values.items():
            setattr(fresh, key, value)
        fresh.version += 1
        fresh.save()
        change_record(actor, "carrier", fresh.pk, "update", before=before, after=snapshot(fresh))
        carrier_feed(actor, fresh.region, today)
    return fresh


def evaluation_save(actor, carrier: Carrier, year, result: str, note: str, today: date) -> CarrierEvaluation:
    try:
        year = int(str(year).strip())
    except ValueError:
        raise bad(f"年度应为四位年份:{year}", "year") from None
    if not carrier.recognised_on.year <= year <= today.year:
        raise bad(f"评价年度应在认定年度 {carrier.recognised_on.year} 与今年之间:{year}", "year")
    if result not in dict(CarrierEvaluation.RESULTS):
        raise bad("评价结果应为 优秀、良好、合格 或 不合格", "result")
    note = " ".join((note or "").split())
    if len(note) > 500:
        raise bad("说明过长(最多 500 字)", "note")
    with transaction.atomic():
        before = CarrierEvaluation.objects.filter(carrier=carrier, year=year).first()
        evaluation, _ = CarrierEvaluation.objects.update_or_create(
            carrier=carrier, year=year, defaults={"result": result, "note": note, "by": actor})
        change_record(actor, "carrier-eval", carrier.pk, "update" if before else "create",
                      before={"年度": year, "评价结果": before.get_result_display(), "说明": before.note or None}
                      if before else None,
                      after={"年度": year, "评价结果": evaluation.get_result_display(), "说明": note or None})
    return evaluation
