"""The vouchers of the demo (示例数据): in 灵寿县, two service providers, one open batch, three applications
(one issued, redeemed and settled in part, one waiting, one refused) and an enterprise user. Running it twice
changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction

from kechuang.web.accounts.models import Profile, Region, Role
from kechuang.web.clock import today
from kechuang.web.enterprises.models import Enterprise, ReserveEntry
from kechuang.web.supervision.services import Evidence
from kechuang.web.vouchers import redeem, services
from kechuang.web.vouchers.models import Batch, Provider

REGION_CODE, SLUG = "130126", "lingshou"  # 灵寿县 (kechuang.web.demo.REGIONS)
FIRMS = [("灵寿县示例新材料有限公司(示例)", "small"), ("灵寿县示例农业科技有限公司(示例)", "micro"),
         ("灵寿县示例智能装备有限公司(示例)", "medium")]
PROVIDERS = [("石家庄示例检验检测中心(示例)", "testing"), ("河北示例工业设计研究院(示例)", "design")]


def _firms(region: Region) -> list[Enterprise]:
    """The registry's demo enterprises when it has them, else three of our own (marked 示例)."""
    made = list(Enterprise.objects.filter(region=region, is_demo=True).order_by("id")[:3])
    for name, size in FIRMS[len(made):]:
        made.append(Enterprise.objects.get_or_create(region=region, name=name, defaults={
            "name_key": name.removesuffix("(示例)"), "size": size, "is_demo": True})[0])
    ReserveEntry.objects.get_or_create(enterprise=made[0], defaults={"stage": "cultivating",
                                                                     "entered_on": date(today().year, 1, 1)})
    return made


def _firm_user(enterprise: Enterprise, password_hash: str | None):
    user, _ = get_user_model().objects.get_or_create(username=f"{SLUG}-firm1")
    if password_hash:
        user.password = password_hash
    user.first_name, user.is_active = "示例企业用户", True
    user.save()
    Profile.objects.update_or_create(user=user, defaults={"role": Role.ENTERPRISE, "region": enterprise.region,
                                                          "enterprise": enterprise})
    return user


def demo_vouchers(password_hash: str | None = None) -> list:
    """Create the demo vouchers; the enterprise user's login (for the demo's list of logins)."""
    from kechuang.web.demo import DemoLogin

    region = Region.objects.filter(code=REGION_CODE).first()
    bureau = get_user_model().objects.filter(username=f"{SLUG}-bureau").first()
    if region is None or bureau is None:
        return []
    with transaction.atomic():
        firms = _firms(region)
        firm_user = _firm_user(firms[0], password_hash)
        if not Batch.objects.filter(region=region, is_demo=True).exists():
            _batch(bureau, firm_user, region, firms)
    return [DemoLogin(firm_user.username, "企业用户", firms[0].name)]


def _batch(bureau, firm_user, region: Region, firms: list[Enterprise]) -> None:
    now = today()
    providers = [Provider.objects.filter(region=region, name=name).first()
                 or services.provider_create(bureau, region, name, "", kind, is_demo=True) for name, kind in PROVIDERS]
    batch = services.batch_create(bureau, region, services.BatchInput(
        title=f"{now.year}年度科技创新券(示例数据)", budget="200", share="50", cap="20",
        opens_on=now - timedelta(days=30), closes_on=now + timedelta(days=60),
        provider_ids=[p.pk for p in providers]), is_demo=True)
    first = services.application_submit(firm_user, batch, services.ApplicationInput(
        providers[0].pk, "(示例)新材料性能检测与认证", "8"), now)
    services.application_decide(bureau, first, True, "", now)
    done = redeem.redemption_record(bureau, first.voucher, redeem.RedemptionInput(
        "(示例)HT-2026-018", "12", "(示例)FP-00018", "6",
        contract_files=[Evidence("示例-合同.txt", "(示例数据)合同".encode())],
        invoice_files=[Evidence("示例-发票.txt", "(示例数据)发票".encode())]), now)
    redeem.redemption_settle(bureau, done, now, "(示例)ZF-2026-003", now)
    services.application_submit(bureau, batch, services.ApplicationInput(
        providers[1].pk, "(示例)智能分拣设备工业设计", "15", firms[2].pk), now)
    refused = services.application_submit(bureau, batch, services.ApplicationInput(
        providers[0].pk, "(示例)日常质检", "3", firms[1].pk), now)
    services.application_decide(bureau, refused, False, "(示例)日常质检不属于创新券支持的研发类服务", now)
