"""Fixtures of the voucher tests: enterprises of 灵寿县 (one in the reserve), their users, a provider, an open
batch (10 万元, 50 %, 3 万元 a firm), a voucher of 2 万元. Import them with ``from tests.web.voucher_fixtures
import *``; ``voucher_world`` builds the same objects for a test that cannot import fixtures (test_views)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tests.web.conftest import make_user

TODAY = date(2026, 11, 21)  # KECHUANG_TODAY of the suite
_INVOICES = itertools.count(1)
__all__ = ["TODAY", "batch", "firms", "issued", "pdf", "provider", "redemption_input", "voucher_users"]


def build_firms(county, other_county) -> dict:
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


def build_users(users: dict, firms: dict) -> dict:
    from kechuang.web.accounts.models import Profile

    out = dict(users)
    for key in ("a", "b"):
        user = make_user(f"firm_{key}", "enterprise")
        Profile.objects.filter(user=user).update(enterprise=firms[key])
        user.refresh_from_db()
        out[f"firm_{key}"] = user
    return out


def build_batch(bureau, county, provider):
    from kechuang.web.vouchers.services import BatchInput, batch_create

    return batch_create(bureau, county, BatchInput(
        title="2026年第一批创新券", budget="10", share="50", cap="3", opens_on="2026-11-01",
        closes_on="2026-12-31", provider_ids=[provider.pk]))


def build_provider(bureau, county):
    from kechuang.web.vouchers.services import provider_create

    return provider_create(bureau, county, "石家庄市检验检测研究院", "", "testing")


def build_issued(users: dict, batch, provider, amount: str = "2", who: str = "firm_a"):
    from kechuang.web.vouchers.services import ApplicationInput, application_decide, application_submit

    app = application_submit(users[who], batch, ApplicationInput(provider.pk, "产品检测", amount), TODAY)
    application_decide(users["bureau"], app, True, "", TODAY)
    return app.voucher


@pytest.fixture
def firms(county, other_county):
    return build_firms(county, other_county)


@pytest.fixture
def voucher_users(users, firms):
    return build_users(users, firms)


@pytest.fixture
def provider(voucher_users, county):
    return build_provider(voucher_users["bureau"], county)


@pytest.fixture
def batch(voucher_users, county, provider):
    return build_batch(voucher_users["bureau"], county, provider)


@pytest.fixture
def issued(voucher_users, batch, provider):
    """A voucher of 2 万元 for 恒达科技, applied for by its own user and issued by the bureau."""
    return build_issued(voucher_users, batch, provider)


def voucher_world(request) -> dict:
    """users (with firm_a, firm_b), firms, provider, batch, voucher: built once per test."""
    world = getattr(request.node, "_voucher_world", None)
    if world is None:
        county = request.getfixturevalue("county")
        firms = build_firms(county, request.getfixturevalue("other_county"))
        users = build_users(request.getfixturevalue("users"), firms)
        provider = build_provider(users["bureau"], county)
        batch = build_batch(users["bureau"], county, provider)
        world = {"users": users, "firms": firms, "provider": provider, "batch": batch,
                 "voucher": build_issued(users, batch, provider)}
        request.node._voucher_world = world
    return world


def pdf(name: str) -> object:
    from kechuang.web.supervision.services import Evidence

    return Evidence(name, b"%PDF-1.4 " + name.encode("utf-8"))


def redemption_input(invoice_no: str, invoice: str, amount: str = "", contract: str = "10"):
    from kechuang.web.vouchers.redeem import RedemptionInput

    return RedemptionInput(contract_no=f"HT-{invoice_no}", contract_amount=contract, invoice_no=invoice_no,
                           invoice_amount=invoice, amount=amount, contract_files=[pdf("合同.pdf")],
                           invoice_files=[pdf("发票.pdf")])


# tests/web/test_views.py CASES of the voucher pages: name, method, source, post data, {user: status}.
# Enterprise users (their own enterprise only) are tested in tests/web/test_vouchers_views.py.
VOUCHER_SOURCES = ("voucher_batch", "voucher_app", "voucher", "voucher_redemption", "voucher_file")
VOUCHER_FORMS = ("kc-voucher-batches", "kc-voucher-providers")
VOUCHER_CASES = [
    ("kc-voucher-batches", "get", None, None, {"bureau": 200, "leader": 200, "admin": 200, "lead": 403, "anon": 302}),
    ("kc-voucher-batches", "post", None, {"title": "新批次", "budget": "5", "share": "50", "cap": "1"},
     {"bureau": 400, "leader": 403, "lead": 403, "admin": 403}),
    ("kc-voucher-batch", "get", "voucher_batch", None, {"bureau": 200, "leader": 200, "admin": 200, "lead": 404,
                                                         "other_bureau": 404, "anon": 302}),
    ("kc-voucher-apply", "post", "voucher_batch", {"service": "检测", "amount": "0.1"},
     {"bureau": 400, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-voucher-decide", "post", "voucher_app", {"decision": "approve"},
     {"bureau": 302, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-voucher-redeem", "post", "voucher", {"contract_no": "HT-1", "contract_amount": "1", "invoice_no": "FP-1",
                                              "invoice_amount": "1,0"},
     {"bureau": 400, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-voucher-settle", "post", "voucher_redemption", {"paid_on": "2026-11-21", "reference": "ZF-1"},
     {"bureau": 302, "leader": 403, "lead": 404, "other_bureau": 404}),
    ("kc-voucher-release", "post", "voucher_batch", {}, {"bureau": 302, "leader": 403, "lead": 404,
                                                          "other_bureau": 404}),
    ("kc-voucher-ledger", "get", "voucher_batch", None, {"bureau": 200, "leader": 200, "lead": 404,
                                                          "other_bureau": 404}),
    ("kc-voucher-file", "get", "voucher_file", None, {"bureau": 200, "leader": 200, "lead": 404, "other_bureau": 404,
                                                       "anon": 302}),
    ("kc-voucher-providers", "get", None, None, {"bureau": 200, "leader": 200, "lead": 403, "admin": 403}),
    ("kc-voucher-providers", "post", None, {"name": "新机构", "kind": "design"}, {"bureau": 302, "leader": 403}),
]


def voucher_target(request, source: str):
    """An object for tests/web/test_views.py CASES: a batch, a pending application, the voucher, a fresh
    redemption, or a contract file."""
    from kechuang.web.vouchers.redeem import redemption_record
    from kechuang.web.vouchers.services import ApplicationInput, application_submit

    world = voucher_world(request)
    users = world["users"]
    if source == "voucher_batch":
        return world["batch"]
    if source == "voucher_app":
        return application_submit(users["bureau"], world["batch"], ApplicationInput(
            world["provider"].pk, "检测", "0.1", world["firms"]["b"].pk), TODAY)
    if source == "voucher":
        return world["voucher"]
    with request.getfixturevalue("django_capture_on_commit_callbacks")(execute=True):  # files moved into place
        done = redemption_record(users["bureau"], world["voucher"], redemption_input(f"T{next(_INVOICES)}", "0.2"),
                                 TODAY)
    return done if source == "voucher_redemption" else done.files.first()
