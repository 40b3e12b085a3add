"""对接 records: the bureau records a meeting of a demand with an achievement or a person, its outcome and the
技术合同; registered contracts feed 技术合同成交额 (``technology_contract_value``) and the achievements under
contract feed 科技成果转化项目数 (``achievements_transferred``) of the demand's region, for years begun only."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Sum

from kechuang.web import keyset, uploads
from kechuang.web.clock import today
from kechuang.web.history.services import change_record
from kechuang.web.supervision.services import Evidence
from kechuang.web.transfer import access
from kechuang.web.transfer.attachments import check_files, files_save
from kechuang.web.transfer.models import Achievement, Demand, Docking
from kechuang.web.transfer.services import bad, choice_of, date_of, forbidden, text_of
from kechuang.web.vouchers.money import FEN_PER_WAN, parse_wan, wan

CONTRACT_VALUE, TRANSFERRED = "technology_contract_value", "achievements_transferred"
YES = {"1", "true", "yes", "on", "是", "已登记", "y"}


@dataclass
class DockingInput:
    partner_kind: str = "achievement"
    achievement_id: int | str | None = None
    partner_name: str = ""
    partner_ref: str = ""
    held_on: str = ""
    form: str = ""
    outcome: str = ""
    note: str = ""
    contract_no: str = ""
    contract_amount: str = ""
    signed_on: str = ""
    registered: bool | str = False
    files: list[Evidence] = field(default_factory=list)


def docking_snapshot(d: Docking) -> dict:
    return {"demand": d.demand.title, "partner_kind": d.get_partner_kind_display(), "partner": d.partner_label(),
            "held_on": str(d.held_on), "form": d.get_form_display(), "outcome": d.get_outcome_display(),
            "note": d.note, "contract_no": d.contract_no, "contract_amount": wan(d.contract_amount),
            "signed_on": str(d.signed_on or ""), "registered": "是" if d.registered else "否"}


def _partner(user, demand: Demand, data: DockingInput) -> dict:
    kind = choice_of(data.partner_kind, Docking.PARTNER_KINDS, "partner_kind", "对接对象类型")
    if kind == "achievement":
        try:
            pk = int(data.achievement_id)
        except (TypeError, ValueError):
            raise bad("请选择对接的科技成果", "achievement") from None
        achievement = access.achievements_visible(user).filter(pk=pk).first()
        if achievement is None:
            raise bad("所选科技成果不存在或不在本地区成果库中", "achievement")
        return {"partner_kind": kind, "achievement": achievement, "partner_name": "", "partner_ref": ""}
    return {"partner_kind": kind, "achievement": None,
            "partner_name": text_of(data.partner_name, "partner_name", "对接专家/特派员姓名", 100),
            "partner_ref": text_of(data.partner_ref, "partner_ref", "人才库编号", 40, required=False)}


def _values(user, demand: Demand, data: DockingInput) -> dict:
    values = _partner(user, demand, data)
    held_on = date_of(data.held_on, "held_on", "对接日期", required=True)
    if held_on > today():
        raise bad(f"对接日期 {held_on} 晚于今天", "held_on")
    outcome = choice_of(data.outcome, Docking.OUTCOMES, "outcome", "对接结果")
    values.update(held_on=held_on, form=choice_of(data.form, Docking.FORMS, "form", "对接形式"), outcome=outcome,
                  note=text_of(data.note, "note", "备注", 1000, required=False))
    if outcome != Docking.CONTRACT:
        if any(str(x or "").strip() for x in (data.contract_no, data.contract_amount, data.signed_on)):
            raise bad("只有“签订合同”的对接才填写技术合同", "outcome")
        return {**values, "contract_no": "", "contract_amount": None, "signed_on": None, "registered": False}
    signed_on = date_of(data.signed_on, "signed_on", "合同签订日期", required=True)
    if signed_on > today():
        raise bad(f"合同签订日期 {signed_on} 晚于今天", "signed_on")
    return {**values, "contract_no": text_of(data.contract_no, "contract_no", "技术合同编号", 64),
            "contract_amount": parse_wan(data.contract_amount, "contract_amount", "合同金额"),
            "signed_on": signed_on, "registered": str(data.registered).strip().lower() in YES}


def _after_contract(demand: Demand, achievement: Achievement | None) -> None:
    keyset.touch(Demand, Achievement)  # statuses set by update(): the lists' counts
    Demand.objects.filter(pk=demand.pk).exclude(status=Demand.CLOSED).update(status=Demand.SOLVED)
    if achievement is not None:
        Achievement.objects.filter(pk=achievement.pk).update(status=Achievement.TRANSFERRED)


def docking_record(user, demand: Demand, data: DockingInput, *, is_demo: bool = False) -> Docking:
    if not access.can_manage(user, demand.region_id) or access.enterprise_id_of(user):
        raise forbidden("只有本地区科技局可以登记对接")
    values = _values(user, demand, data)
    check_files(data.files)
    with uploads.staging(), transaction.atomic():
        docking = Docking.objects.create(demand=demand, recorded_by=user, is_demo=is_demo, **values)
        files_save(docking, data.files)
        change_record(user, "tech_docking", docking.pk, "create", after=docking_snapshot(docking))
        if docking.outcome == Docking.CONTRACT:
            _after_contract(demand, docking.achievement)
        elif demand.status == Demand.OPEN:
            Demand.objects.filter(pk=demand.pk).update(status=Demand.DOCKING)
            keyset.touch(Demand)
        if docking.signed_on:
            indicators_feed(user, demand.region, [docking.signed_on.year])
    return docking


def docking_update(user, docking: Docking, data: DockingInput) -> Docking:
    """Correct a 对接 (e.g. the contract registered later); both the old and the new year are fed again."""
    demand = docking.demand
    if not access.can_manage(user, demand.region_id) or access.enterprise_id_of(user):
        raise forbidden("只有本地区科技局可以修改对接记录")
    values = _values(user, demand, data)
    check_files(data.files)
    old_year = docking.signed_on.year if docking.signed_on else None
    with uploads.staging(), transaction.atomic():
        before = docking_snapshot(docking)
        for key, value in values.items():
            setattr(docking, key, value)
        docking.save()
        files_save(docking, data.files)
        change_record(user, "tech_docking", docking.pk, "update", before=before, after=docking_snapshot(docking))
        if docking.outcome == Docking.CONTRACT:
            _after_contract(demand, docking.achievement)
        years = {y for y in (old_year, docking.signed_on.year if docking.signed_on else None) if y}
        if years:
            indicators_feed(user, demand.region, sorted(years))
    return docking


def contract_value(region, year: int) -> float:
    """万元 of registered (认定登记) 技术合同 signed in ``year`` on the region's demands."""
    fen = (Docking.objects.filter(demand__region=region, outcome=Docking.CONTRACT, registered=True,
                                  signed_on__year=year).aggregate(total=Sum("contract_amount"))["total"] or 0)
    return fen / FEN_PER_WAN


def transferred_count(region, year: int) -> int:
    """Achievements of the library under a 技术合同 signed in ``year`` on the region's demands."""
    return (Docking.objects.filter(demand__region=region, outcome=Docking.CONTRACT, signed_on__year=year,
                                   achievement__isnull=False).values("achievement_id").distinct().count())


def _indicator(code: str):
    from kechuang.web.indicators.models import Indicator
    from kechuang.web.indicators.services import catalog_sync

    found = Indicator.objects.filter(code=code, region__isnull=True).first()
    if found is None:
        catalog_sync()
        found = Indicator.objects.get(code=code, region__isnull=True)
    return found


def indicators_feed(actor, region, years) -> list[tuple[int, float, int]]:
    """Record each begun year's contract value and transferred count (a floor: ``kechuang.web.indicators.feeds``);
    returns [(year, 万元, count)]."""
    from kechuang.web.indicators.feeds import feed_record

    fed = []
    for year in sorted(set(years)):
        if year > today().year:
            continue
        value, count = contract_value(region, year), transferred_count(region, year)
        feed_record(region, _indicator(CONTRACT_VALUE), year, value, user=actor,
                    note="技术需求对接:当年认定登记的技术合同成交额")
        feed_record(region, _indicator(TRANSFERRED), year, count, user=actor,
                    note="技术需求对接:当年签订技术合同的科技成果数")
        fed.append((year, value, count))
    return fed
