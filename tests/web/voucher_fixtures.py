"""Fixtures of the voucher tests: enterprises of 灵寿县 (one in the reserve), their users, a provider, an open
batch (10 万元, 50 %, 3 万元 a firm), a voucher of 2 万元. Import them with ``from tests.web.voucher_fixtures
import *``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.web.conftest import make_user

TODAY = date(2026, 11, 21)  # KECHUANG_TODAY of the suite
__all__ = ["TODAY", "batch", "firms", "issued", "pdf", "provider", "redemption_input", "voucher_users"]


@pytest.fixture
def firms(county, other_county):
    from kechuang.web.enterprises.models import Enterprise, ReserveEntry

    made = {
        "a": Enterprise.objects.create(region=county, name="灵寿县恒达科技有限公司", name_key="灵寿县恒达科技",
                                       uscc="91130126MA0000001X", size="small"),
        "b": Enterprise.objects.create(region=county, name="灵寿县青禾农业有限公司", name_key="灵寿县青禾农业",
                                       size="micro"),
        "far": Enterprise.objects.create(region=other_county, name="金塔县远方材料有限公司", name_key="金塔县远方材料",
                                         size="small"),
    }
    ReserveEntry.objects.create(enterprise=made["a"], stage="cultivating", entered_on=date(2026, 3, 1))
    return made


@pytest.fixture
def voucher_users(users, firms):
    from kechuang.web.accounts.models import Profile

    out = dict(users)
    for key in ("a", "b"):
        user = make_user(f"firm_{key}", "enterprise")
        Profile.objects.filter(user=user).update(enterprise=firms[key])
        user.refresh_from_db()
        out[f"firm_{key}"] = user
    return out


@pytest.fixture
def provider(voucher_users, county):
    from kechuang.web.vouchers.services import provider_create

    return provider_create(voucher_users["bureau"], county, "石家庄市检验检测研究院", "", "testing")


@pytest.fixture
def batch(voucher_users, county, provider):
    from kechuang.web.vouchers.services import BatchInput, batch_create

    return batch_create(voucher_users["bureau"], county, BatchInput(
        title="2026年第一批创新券", budget="10", share="50", cap="3", opens_on="2026-11-01",
        closes_on="2026-12-31", provider_ids=[provider.pk]))


@pytest.fixture
def issued(voucher_users, batch, provider):
    """A voucher of 2 万元 for 恒达科技, applied for by its own user and issued by the bureau."""
    from kechuang.web.vouchers.services import ApplicationInput, application_decide, application_submit

    app = application_submit(voucher_users["firm_a"], batch, ApplicationInput(provider.pk, "产品检测", "2"), TODAY)
    application_decide(voucher_users["bureau"], app, True, "", TODAY)
    return app.voucher


def pdf(name: str) -> object:
    from kechuang.web.supervision.services import Evidence

    return Evidence(name, b"%PDF-1.4 " + name.encode("utf-8"))


def redemption_input(invoice_no: str, invoice: str, amount: str = "", contract: str = "10"):
    from kechuang.web.vouchers.redeem import RedemptionInput

    return RedemptionInput(contract_no=f"HT-{invoice_no}", contract_amount=contract, invoice_no=invoice_no,
                           invoice_amount=invoice, amount=amount, contract_files=[pdf("合同.pdf")],
                           invoice_files=[pdf("发票.pdf")])
