"""The registry as an xlsx file: one sheet of enterprises (as filtered) and one of their yearly figures. Text from
users never becomes a formula (``kechuang.reports.cells``)."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook

from kechuang.reports.cells import append_row
from kechuang.web.enterprises.figures import FIGURE_FIELDS
from kechuang.web.enterprises.models import SIZES, ReserveEntry, YearFigures

HEADERS = ["统一社会信用代码", "企业名称", "地址", "国民经济行业分类代码", "企业规模", "成立日期", "技术领域", "联系人",
           "联系电话", "电子邮箱", "后备库阶段", "核实时间"]


def registry_xlsx(enterprises) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "企业信息"
    sheet.append(HEADERS)
    stages, sizes = dict(ReserveEntry.STAGES), dict(SIZES)
    for e in enterprises.select_related("reserve").iterator(chunk_size=2000):
        stage = stages[e.reserve.stage] if hasattr(e, "reserve") else ""
        append_row(sheet, [e.uscc, e.name, e.address, e.industry_code, sizes.get(e.size, ""), e.registered_on,
                           e.tech_field, e.contact_name, e.contact_phone, e.contact_email, stage,
                           e.verified_at.strftime("%Y-%m-%d %H:%M") if e.verified_at else ""])
    figures = book.create_sheet("年度数据")
    units = {"people": "人", "money": "万元"}
    figures.append(["统一社会信用代码", "企业名称", "年度",
                    *(f"{label}({units[kind]})" for label, kind in FIGURE_FIELDS.values())])
    rows = (YearFigures.objects.filter(enterprise__in=enterprises.values("id")).select_related("enterprise")
            .order_by("enterprise__name", "year"))
    for y in rows.iterator(chunk_size=2000):
        append_row(figures, [y.enterprise.uscc, y.enterprise.name, y.year, *(getattr(y, k) for k in FIGURE_FIELDS)])
    out = BytesIO()
    book.save(out)
    return out.getvalue()
