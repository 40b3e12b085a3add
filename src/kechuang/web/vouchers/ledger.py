"""The ledger (台账) of a voucher batch as xlsx: a summary, then one row per application with its voucher, its
redemptions and their settlement. Text from users goes through ``kechuang.reports.cells`` (never a formula)."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from kechuang.reports.cells import append_row
from kechuang.web.vouchers.models import Application, Batch, Redemption
from kechuang.web.vouchers.money import wan_number
from kechuang.web.vouchers.selectors import batch_totals

HEADER = ["企业名称", "统一社会信用代码", "服务机构", "服务内容", "申请金额(万元)", "申请状态", "未通过理由", "券号",
          "面额(万元)", "券余额(万元)", "有效期至", "合同编号", "合同金额(万元)", "发票号码", "发票金额(万元)",
          "抵扣金额(万元)", "核销日期", "兑付日期", "兑付凭证号"]


def _rows(batch: Batch):
    apps = (Application.objects.filter(batch=batch).select_related("enterprise", "provider", "voucher")
            .order_by("enterprise__name", "applied_at", "id"))
    redemptions: dict[int, list[Redemption]] = {}
    for r in Redemption.objects.filter(voucher__batch=batch).order_by("recorded_at", "id"):
        redemptions.setdefault(r.voucher_id, []).append(r)
    for app in apps:
        voucher = getattr(app, "voucher", None)
        head = [app.enterprise.name, app.enterprise.uscc, app.provider.name, app.service, wan_number(app.amount),
                app.get_status_display(), app.reason]
        if voucher is None:
            yield head
            continue
        left = "已收回" if voucher.released_at else wan_number(voucher.remaining)
        head += [voucher.code, wan_number(voucher.amount), left, voucher.valid_until]
        for r in redemptions.get(voucher.pk, []) or [None]:
            if r is None:
                yield head
            else:
                yield [*head, r.contract_no, wan_number(r.contract_amount), r.invoice_no,
                       wan_number(r.invoice_amount), wan_number(r.covered), r.recorded_at.date(), r.settled_on,
                       r.settlement_ref]


def ledger_xlsx(batch: Batch) -> bytes:
    book = Workbook()
    summary = book.active
    summary.title = "汇总"
    totals = batch_totals(batch)
    append_row(summary, ["批次", batch.title])
    append_row(summary, ["地区", batch.region.name])
    append_row(summary, ["申领期", f"{batch.opens_on} 至 {batch.closes_on}"])
    append_row(summary, ["补助比例(%)", batch.share])
    append_row(summary, ["每家企业上限(万元)", wan_number(batch.cap)])
    for key, label in (("budget", "预算"), ("issued", "已发放"), ("unissued", "尚可发放"), ("redeemed", "已核销"),
                       ("settled", "已兑付")):
        append_row(summary, [f"{label}(万元)", wan_number(totals[key])])
    if batch.is_demo:
        append_row(summary, ["说明", "示例数据"])
    sheet = book.create_sheet("台账")
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(batch):
        append_row(sheet, row)
    for column, width in zip("ABCDEFGHIJKLMNOPQRS", (28, 20, 24, 30, 12, 10, 20, 26), strict=False):
        sheet.column_dimensions[column].width = width
    out = BytesIO()
    book.save(out)
    return out.getvalue()
