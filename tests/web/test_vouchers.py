"""The voucher flow through its services: batches, applications and eligibility, issue, redemption (the covered
amount, over-budget and concurrent redemptions, the database's CHECK constraints), settlement, history, messages."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from django.db import IntegrityError, connection, transaction

from kechuang.errors import KechuangError
from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)
from tests.web.voucher_fixtures import TODAY, redemption_input

pytestmark = pytest.mark.django_db


def _apply(user, batch, provider, amount, enterprise=None, service="检测服务", today=TODAY):
    from kechuang.web.vouchers.services import ApplicationInput, application_submit

    return application_submit(user, batch, ApplicationInput(provider.pk, service, amount,
                                                            enterprise.pk if enterprise else None), today)


def _error(call, *args, **kwargs) -> KechuangError:
    with pytest.raises(KechuangError) as info:
        call(*args, **kwargs)
    return info.value


def test_money_is_read_in_wan_with_commas_and_units_and_refused_with_the_field_named():
    from kechuang.web.vouchers.money import parse_wan, wan

    assert parse_wan("1,234.5", "x", "发票金额") == 1_234_500_000
    assert parse_wan("３.５万元", "x", "发票金额") == 3_500_000
    assert wan(parse_wan(" 0.000001 ", "x", "金额")) == "0.000001"  # 1 分
    for raw, words in (("abc", "不是金额"), ("-2", "应大于 0"), ("0", "应大于 0"), ("500元", "请以万元填写"),
                       ("", "请填写发票金额")):
        exc = _error(parse_wan, raw, "invoice_amount", "发票金额")
        assert words in exc.message_zh and exc.context["field"] == "invoice_amount"


def test_a_batch_is_validated_whole_and_only_the_bureau_opens_one(voucher_users, county, other_county, provider):
    from kechuang.web.vouchers.models import Batch, Provider
    from kechuang.web.vouchers.services import BatchInput, batch_create

    def data(**change):
        base = dict(title="批次", budget="10", share="50", cap="3", opens_on="2026-11-01", closes_on="2026-12-31",
                    provider_ids=[provider.pk])
        return BatchInput(**{**base, **change})

    far = Provider.objects.create(region=other_county, name="金塔县技术转移中心", kind="transfer")
    for change, words in (({"cap": "11"}, "超过了批次预算"), ({"share": "0"}, "补助比例"),
                          ({"share": "半数"}, "补助比例"), ({"closes_on": "2026-10-01"}, "早于开始日期"),
                          ({"opens_on": "明天"}, "不是日期"), ({"provider_ids": []}, "至少选择一家"),
                          ({"provider_ids": [far.pk]}, "不在本地区"), ({"sizes": ["huge"]}, "企业规模"),
                          ({"budget": "1,0O0"}, "不是金额")):
        assert words in _error(batch_create, voucher_users["bureau"], county, data(**change)).message_zh
    assert _error(batch_create, voucher_users["leader"], county, data()).code == "KC-WEB-FORBIDDEN"
    assert _error(batch_create, voucher_users["other_bureau"], county, data()).code == "KC-WEB-FORBIDDEN"
    made = batch_create(voucher_users["bureau"], county, data(budget="1,234.5"))
    assert (made.budget, made.unissued, made.unredeemed) == (1_234_500_000,) * 3
    assert Batch.objects.count() == 1


def test_apply_issue_and_the_messages_and_history_of_each_step(voucher_users, batch, provider, firms):
    from kechuang.web.history.models import Change
    from kechuang.web.notices.models import Notification
    from kechuang.web.vouchers.services import application_decide

    app = _apply(voucher_users["firm_a"], batch, provider, "2")
    assert app.status == "pending" and app.enterprise == firms["a"]
    assert Notification.objects.filter(user=voucher_users["bureau"], kind="voucher", text__contains="待审核").count() == 1
    assert not Notification.objects.filter(user=voucher_users["firm_a"]).exists()  # it applied itself
    application_decide(voucher_users["bureau"], app, True, "", TODAY)
    voucher = app.voucher
    assert voucher.code == f"CXQ-130126-{batch.pk:04d}-{app.pk:06d}"
    assert (voucher.amount, voucher.remaining, voucher.valid_until) == (2_000_000, 2_000_000, TODAY + timedelta(180))
    batch.refresh_from_db()
    assert batch.unissued == 8_000_000 and batch.unredeemed == 10_000_000
    texts = list(Notification.objects.filter(user=voucher_users["firm_a"]).values_list("text", flat=True))
    assert any(voucher.code in t and "2 万元" in t for t in texts)
    assert not Notification.objects.filter(user=voucher_users["firm_b"]).exists()
    assert {(c.kind, c.action) for c in Change.objects.all()} >= {("voucher_batch", "create"), ("voucher_app", "request"),
                                                                  ("voucher_app", "grant"), ("voucher", "create")}
    from kechuang.web.history.selectors import history_rows
    from kechuang.web.vouchers.selectors import batch_history

    rows = history_rows(batch_history(batch))
    grant = next(r for r in rows if r.action == "同意")
    assert grant.kind == "创新券申请" and [(f.name, f.before, f.after) for f in grant.fields] == [
        ("状态", "待审核", "已发券")]
    assert any(f.name == "批次名称" and f.after == batch.title for f in rows[-1].fields)
    again = _error(application_decide, voucher_users["bureau"], app, False, "重复", TODAY)
    assert again.code == "KC-WEB-CONFLICT"


def test_refusal_needs_a_reason_and_tells_the_enterprise(voucher_users, batch, provider):
    from kechuang.web.notices.models import Notification
    from kechuang.web.vouchers.services import application_decide

    app = _apply(voucher_users["firm_b"], batch, provider, "1")
    assert "未通过理由" in _error(application_decide, voucher_users["bureau"], app, False, " ", TODAY).message_zh
    assert _error(application_decide, voucher_users["leader"], app, True, "", TODAY).code == "KC-WEB-FORBIDDEN"
    application_decide(voucher_users["bureau"], app, False, "服务内容不属于支持范围", TODAY)
    app.refresh_from_db()
    assert app.status == "refused" and not hasattr(app, "voucher")
    assert Notification.objects.filter(user=voucher_users["firm_b"], text__contains="服务内容不属于支持范围").exists()


def test_ineligible_enterprise_provider_closed_batch_and_over_cap_are_refused(voucher_users, batch, provider, firms,
                                                                              county):
    from kechuang.web.vouchers.models import Application, Batch, Provider

    closed = _error(_apply, voucher_users["firm_a"], batch, provider, "1", today=date(2027, 1, 1))
    assert closed.code == "KC-WEB-CLOSED" and "2026-12-31" in closed.message_zh
    far = _error(_apply, voucher_users["bureau"], batch, provider, "1", enterprise=firms["far"])
    assert "不在本批次的地区" in far.message_zh
    other = Provider.objects.create(region=county, name="未入围的设计公司", kind="design")
    assert "服务机构名单" in _error(_apply, voucher_users["firm_a"], batch, other, "1").message_zh
    # an enterprise user applies for its own enterprise only
    assert _error(_apply, voucher_users["firm_a"], batch, provider, "1", enterprise=firms["b"]).code == \
        "KC-WEB-FORBIDDEN"
    assert _error(_apply, voucher_users["lead"], batch, provider, "1", enterprise=firms["a"]).code == \
        "KC-WEB-FORBIDDEN"
    _apply(voucher_users["firm_a"], batch, provider, "2")
    over = _error(_apply, voucher_users["firm_a"], batch, provider, "1.5")
    assert "每家企业上限 3 万元" in over.message_zh and "本次最多 1 万元" in over.message_zh
    Batch.objects.filter(pk=batch.pk).update(reserve_only=True)
    batch.refresh_from_db()
    assert "后备培育库" in _error(_apply, voucher_users["firm_b"], batch, provider, "1").message_zh
    Batch.objects.filter(pk=batch.pk).update(reserve_only=False, sizes=["small", "medium"])
    batch.refresh_from_db()
    assert "规模为微型" in _error(_apply, voucher_users["firm_b"], batch, provider, "1").message_zh
    assert Application.objects.count() == 1


def test_issue_beyond_the_batch_budget_is_refused_and_the_application_stays_pending(voucher_users, county,
                                                                                    provider, firms):
    from kechuang.web.vouchers.models import Voucher
    from kechuang.web.vouchers.services import BatchInput, application_decide, batch_create

    small = batch_create(voucher_users["bureau"], county, BatchInput(
        title="小批次", budget="3", share="50", cap="2", opens_on="2026-11-01", closes_on="2026-12-31",
        provider_ids=[provider.pk]))
    first = _apply(voucher_users["firm_a"], small, provider, "2")
    second = _apply(voucher_users["firm_b"], small, provider, "1.5")
    application_decide(voucher_users["bureau"], first, True, "", TODAY)
    exc = _error(application_decide, voucher_users["bureau"], second, True, "", TODAY)
    assert exc.code == "KC-WEB-BUDGET" and "尚可发放 1 万元" in exc.message_zh
    second.refresh_from_db()
    assert second.status == "pending" and Voucher.objects.count() == 1


def test_redemption_covers_the_share_of_the_invoice_up_to_the_voucher(voucher_users, issued,
                                                                      django_capture_on_commit_callbacks):
    from kechuang.web.vouchers.redeem import redemption_record

    with django_capture_on_commit_callbacks(execute=True):
        first = redemption_record(voucher_users["bureau"], issued, redemption_input("FP001", "1,234.5万元",
                                                                                    contract="2,000"), TODAY)
    assert first.covered == 2_000_000  # min(50 % × 1,234.5 万元, 2 万元 on the voucher, 3 万元 cap) = 2 万元
    issued.refresh_from_db()
    assert issued.remaining == 0
    assert {f.kind for f in first.files.all()} == {"contract", "invoice"}
    assert all(f.file.storage.exists(f.file.name) for f in first.files.all())
    assert "已无可抵扣金额" in _error(redemption_record, voucher_users["bureau"], issued,
                                  redemption_input("FP002", "1"), TODAY).message_zh


def test_a_redemption_beyond_the_remaining_amount_is_refused_and_nothing_is_written(voucher_users, issued, batch):
    from kechuang.web.history.models import Change
    from kechuang.web.uploads import media_root
    from kechuang.web.vouchers.models import Redemption, RedemptionFile
    from kechuang.web.vouchers.redeem import redemption_record

    changes = Change.objects.count()
    files_before = sorted(p for p in media_root().rglob("*") if p.is_file())
    exc = _error(redemption_record, voucher_users["bureau"], issued, redemption_input("FP003", "6", amount="2.5"),
                 TODAY)
    assert exc.code == "KC-WEB-BUDGET"
    assert "抵扣金额 2.5 万元超过可抵扣的 2 万元" in exc.message_zh and "券余额 2 万元" in exc.message_zh
    issued.refresh_from_db()
    batch.refresh_from_db()
    assert issued.remaining == 2_000_000 and batch.unredeemed == 10_000_000
    assert Redemption.objects.count() == 0 and RedemptionFile.objects.count() == 0
    assert Change.objects.count() == changes
    assert sorted(p for p in media_root().rglob("*") if p.is_file()) == files_before


def test_bad_redemptions_name_the_field(voucher_users, issued):
    from kechuang.web.vouchers.models import Voucher
    from kechuang.web.vouchers.redeem import redemption_record

    bureau = voucher_users["bureau"]
    over = redemption_input("FP004", "12", contract="10")
    assert _error(redemption_record, bureau, issued, over, TODAY).context["field"] == "invoice_amount"
    nofile = redemption_input("FP005", "1")
    nofile.invoice_files = []
    assert "请上传发票文件" in _error(redemption_record, bureau, issued, nofile, TODAY).message_zh
    redemption_record(bureau, issued, redemption_input("FP006", "1"), TODAY)
    dup = _error(redemption_record, bureau, issued, redemption_input("FP006", "1"), TODAY)
    assert dup.code == "KC-WEB-CONFLICT" and "FP006" in dup.message_zh
    assert _error(redemption_record, voucher_users["firm_a"], issued, redemption_input("FP007", "1"),
                  TODAY).code == "KC-WEB-FORBIDDEN"
    Voucher.objects.filter(pk=issued.pk).update(valid_until=TODAY - timedelta(days=1))
    issued.refresh_from_db()
    assert "已于 2026-11-20 过期" in _error(redemption_record, bureau, issued, redemption_input("FP008", "1"),
                                        TODAY).message_zh


def test_the_database_refuses_a_negative_remaining_amount_or_budget(issued, batch):
    from kechuang.web.vouchers.models import Batch, Voucher

    for model, pk, column in ((Voucher, issued.pk, "remaining"), (Batch, batch.pk, "unredeemed"),
                              (Batch, batch.pk, "unissued")):
        with pytest.raises(IntegrityError), transaction.atomic():
            model.objects.filter(pk=pk).update(**{column: -1})


def test_settlement_records_date_and_reference_once(voucher_users, issued):
    from kechuang.web.notices.models import Notification
    from kechuang.web.vouchers.models import Batch
    from kechuang.web.vouchers.redeem import redemption_record, redemption_settle
    from kechuang.web.vouchers.selectors import batch_totals

    done = redemption_record(voucher_users["bureau"], issued, redemption_input("FP010", "3"), TODAY)
    assert done.covered == 1_500_000
    bureau = voucher_users["bureau"]
    assert "晚于今天" in _error(redemption_settle, bureau, done, "2026-12-25", "ZF-1", TODAY).message_zh
    assert "兑付凭证号" in _error(redemption_settle, bureau, done, "2026-11-21", "", TODAY).message_zh
    assert _error(redemption_settle, voucher_users["leader"], done, "2026-11-21", "ZF-1", TODAY).code == \
        "KC-WEB-FORBIDDEN"
    redemption_settle(bureau, done, "2026-11-21", "ZF-2026-001", TODAY)
    assert (done.settled_on, done.settlement_ref) == (TODAY, "ZF-2026-001")
    assert _error(redemption_settle, bureau, done, "2026-11-21", "ZF-1", TODAY).code == "KC-WEB-CONFLICT"
    assert batch_totals(Batch.objects.get(pk=issued.batch_id)) == {"budget": 10_000_000, "issued": 2_000_000, "unissued": 8_000_000,
                                          "redeemed": 1_500_000, "settled": 1_500_000}
    assert Notification.objects.filter(user=voucher_users["firm_a"], text__contains="ZF-2026-001").exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_redemptions_never_overdraw_the_voucher(voucher_users, issued):
    """Six clerks redeem 0.5 万元 each (invoice 1 万元 × 50 %) on a 2 万元 voucher at the same moment: four pass,
    two are refused with KC-WEB-BUDGET, the voucher ends at zero and the batch's budget matches."""
    from kechuang.web.vouchers.models import Batch, Redemption, Voucher
    from kechuang.web.vouchers.redeem import redemption_record

    outcomes: list[str] = []
    start = threading.Barrier(6)

    def redeem(n: int) -> None:
        try:
            start.wait()
            redemption_record(voucher_users["bureau"], Voucher.objects.get(pk=issued.pk),
                              redemption_input(f"FP-{n}", "1", amount="0.5"), TODAY)
            outcomes.append("ok")
        except KechuangError as exc:
            outcomes.append(exc.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=redeem, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["KC-WEB-BUDGET"] * 2 + ["ok"] * 4, outcomes
    issued.refresh_from_db()
    assert issued.remaining == 0
    assert sum(Redemption.objects.values_list("covered", flat=True)) == 2_000_000
    assert Batch.objects.get(pk=issued.batch_id).unredeemed == 8_000_000


def test_the_demo_has_an_open_batch_with_issued_waiting_and_refused_applications_once(
        django_capture_on_commit_callbacks):
    from kechuang.web.demo import region_for
    from kechuang.web.vouchers.demo import demo_vouchers
    from kechuang.web.vouchers.models import Application, Batch, Redemption
    from tests.web.conftest import make_user

    region = region_for("灵寿县")
    make_user("lingshou-bureau", "bureau", region)
    with django_capture_on_commit_callbacks(execute=True):
        logins = demo_vouchers("!unusable")
    assert [login.username for login in logins] == ["lingshou-firm1"]
    batch = Batch.objects.get(is_demo=True)
    assert batch.opens_on <= TODAY <= batch.closes_on and "示例数据" in batch.title
    assert sorted(Application.objects.values_list("status", flat=True)) == ["issued", "pending", "refused"]
    assert Redemption.objects.get().settled_on == TODAY
    demo_vouchers("!unusable")
    assert Batch.objects.count() == 1 and Application.objects.count() == 3


def test_an_expired_vouchers_unused_amount_goes_back_to_the_batch_once_and_cannot_be_redeemed(voucher_users, issued,
                                                                                             batch, provider):
    from kechuang.web.notices.models import Notification
    from kechuang.web.vouchers.expiry import expired_release
    from kechuang.web.vouchers.models import Batch, Voucher
    from kechuang.web.vouchers.redeem import redemption_record
    from kechuang.web.vouchers.services import application_decide

    bureau = voucher_users["bureau"]
    redemption_record(bureau, issued, redemption_input("FP-E1", "1"), TODAY)  # 0.5 of 2 万元 used
    assert expired_release(bureau, batch, TODAY).vouchers == 0  # still valid: nothing to release
    later = issued.valid_until + timedelta(days=1)
    assert _error(expired_release, voucher_users["leader"], batch, later).code == "KC-WEB-FORBIDDEN"
    done = expired_release(bureau, batch, later)
    assert (done.vouchers, done.amount) == (1, 1_500_000)
    assert Batch.objects.get(pk=batch.pk).unissued == 8_000_000 + 1_500_000
    assert expired_release(bureau, batch, later).vouchers == 0  # once
    assert Notification.objects.filter(user=voucher_users["firm_a"], text__contains="1.5 万元已收回").exists()
    voucher = Voucher.objects.get(pk=issued.pk)
    assert voucher.released_at is not None and voucher.remaining == 1_500_000  # kept for the ledger
    assert "过期" in _error(redemption_record, bureau, voucher, redemption_input("FP-E2", "1"), TODAY).message_zh
    # the money given back can be issued again (to firm_b; firm_a's cap still counts its first voucher)
    again = _apply(voucher_users["firm_b"], Batch.objects.get(pk=batch.pk), provider, "3", today=TODAY)
    application_decide(bureau, again, True, "", TODAY)
    assert Batch.objects.get(pk=batch.pk).unissued == 6_500_000
