"""The voucher pages for enterprise users (their own enterprise only, by id too) and the whole flow through the
web: apply → issue → redeem with files and an invoice amount with commas → settle → ledger xlsx."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.web.voucher_fixtures import *  # noqa: F403  (fixtures)
from tests.web.voucher_fixtures import TODAY, build_issued

pytestmark = pytest.mark.django_db


def test_an_enterprise_user_sees_and_touches_only_its_own_enterprise(as_user, voucher_users, batch, provider,
                                                                      issued, django_capture_on_commit_callbacks):
    from kechuang.web.vouchers.redeem import redemption_record
    from tests.web.voucher_fixtures import redemption_input

    other = build_issued(voucher_users, batch, provider, amount="1", who="firm_b")
    with django_capture_on_commit_callbacks(execute=True):
        done = redemption_record(voucher_users["bureau"], other, redemption_input("FP-B", "1"), TODAY)
    page = as_user(voucher_users["firm_a"]).get(reverse("kc-voucher-batch", args=[batch.pk]))
    body = page.content.decode("utf-8")
    assert page.status_code == 200
    assert issued.code in body and other.code not in body and "灵寿县青禾农业" not in body
    assert "同意并发券" not in body and "redeem-form" not in body  # no bureau actions
    client = as_user(voucher_users["firm_a"])
    assert client.get(reverse("kc-voucher-file", args=[done.files.first().pk])).status_code == 404
    assert client.get(reverse("kc-voucher-ledger", args=[batch.pk])).status_code == 403
    assert client.post(reverse("kc-voucher-redeem", args=[issued.pk]), {}).status_code == 403
    assert client.post(reverse("kc-voucher-redeem", args=[other.pk]), {}).status_code == 404
    assert client.post(reverse("kc-voucher-settle", args=[done.pk]), {}).status_code == 404
    assert client.post(reverse("kc-voucher-decide", args=[other.application.pk]), {}).status_code == 404
    listing = client.get(reverse("kc-voucher-batches")).content.decode("utf-8")
    assert issued.code in listing and other.code not in listing  # 本企业的创新券
    # applying for another enterprise by id is refused
    refused = client.post(reverse("kc-voucher-apply", args=[batch.pk]), {
        "enterprise": voucher_users["firm_b"].profile.enterprise_id, "provider": provider.pk, "service": "检测",
        "amount": "0.5"})
    assert refused.status_code == 403
    mine = client.post(reverse("kc-voucher-apply", args=[batch.pk]), {"provider": provider.pk, "service": "设计",
                                                                      "amount": "0.5"})
    assert mine.status_code == 302
    over = client.post(reverse("kc-voucher-apply", args=[batch.pk]), {"provider": provider.pk, "service": "设计",
                                                                      "amount": "1"})
    assert over.status_code == 400 and "每家企业上限 3 万元" in over.content.decode("utf-8")


def test_the_bureau_issues_redeems_with_files_settles_and_downloads_the_ledger(as_user, voucher_users, batch,
                                                                               provider, firms,
                                                                               django_capture_on_commit_callbacks):
    from kechuang.web.vouchers.models import Application

    client = as_user(voucher_users["bureau"])
    client.post(reverse("kc-voucher-apply", args=[batch.pk]), {
        "enterprise": firms["a"].pk, "provider": provider.pk, "service": "=HYPERLINK(\"x\")", "amount": "2.5"})
    app = Application.objects.get()
    assert voucher_users["firm_a"].notifications.get().text.startswith("科技局已代本企业申请创新券 2.5 万元")
    assert client.post(reverse("kc-voucher-decide", args=[app.pk]), {"decision": "approve"}).status_code == 302
    voucher = Application.objects.get().voucher

    def redeem(invoice_no, invoice, **extra):
        files = {"contract_files": SimpleUploadedFile("合同.pdf", b"%PDF-1.4 c"),
                 "invoice_files": SimpleUploadedFile("发票.pdf", b"%PDF-1.4 i")}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("kc-voucher-redeem", args=[voucher.pk]), {
                "contract_no": "HT-2026-01", "contract_amount": "3,000", "invoice_no": invoice_no,
                "invoice_amount": invoice, **extra, **files})

    assert redeem("FP-01", "2", amount="1.2").status_code == 400  # 50 % of 2 万元 is 1 万元
    assert redeem("FP-01", "1,234.5").status_code == 302  # covers the whole 2.5 万元
    voucher.refresh_from_db()
    assert voucher.remaining == 0
    refused = redeem("FP-02", "1")
    assert refused.status_code == 400 and "已无可抵扣金额" in refused.content.decode("utf-8")
    done = voucher.redemptions.get()
    page = client.get(reverse("kc-voucher-batch", args=[batch.pk])).content.decode("utf-8")
    assert "FP-01" in page and "创新券核销" in page and "合同:合同.pdf" in page
    download = client.get(reverse("kc-voucher-file", args=[done.files.get(kind="invoice").pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 i"
    bad = client.post(reverse("kc-voucher-settle", args=[done.pk]), {"paid_on": "下周", "reference": "ZF-9"})
    assert bad.status_code == 400 and "兑付日期" in bad.content.decode("utf-8")
    assert client.post(reverse("kc-voucher-settle", args=[done.pk]),
                       {"paid_on": TODAY.isoformat(), "reference": "ZF-9"}).status_code == 302
    ledger = client.get(reverse("kc-voucher-ledger", args=[batch.pk]))
    book = load_workbook(BytesIO(ledger.content))
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(values_only=True)}
    assert summary["预算(万元)"] == 10 and summary["已发放(万元)"] == 2.5 and summary["已兑付(万元)"] == 2.5
    rows = list(book["台账"].iter_rows(values_only=True))
    assert rows[1][0] == "灵寿县恒达科技有限公司" and rows[1][7] == voucher.code and rows[1][-1] == "ZF-9"
    service = book["台账"].cell(row=2, column=4)
    assert service.value == "=HYPERLINK(\"x\")" and service.data_type == "s"  # text, never a formula


def test_the_bureau_releases_an_expired_vouchers_balance_from_the_batch_page(as_user, voucher_users, batch, issued):
    from kechuang.web.vouchers.models import Voucher

    Voucher.objects.filter(pk=issued.pk).update(valid_until=TODAY - timedelta(days=1))
    client = as_user(voucher_users["bureau"])
    page = client.get(reverse("kc-voucher-batch", args=[batch.pk])).content.decode("utf-8")
    assert "收回 1 张逾期创新券的未用余额" in page and "redeem-form" not in page
    response = client.post(reverse("kc-voucher-release", args=[batch.pk]), follow=True)
    body = response.content.decode("utf-8")
    assert "已收回 1 张逾期创新券的余额 2 万元" in body and "已过期,余额已收回" in body
    assert "release-form" not in body
