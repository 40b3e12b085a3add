"""The 督办单 of a 催办 item, one page of A4: the 三色督办单 (蓝 提醒, 黄 催办, 红 督办通知) a bureau prints,
stamps and sends. Plain data in, DOCX bytes out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from kechuang.reports.bulletin import docx_font, official_document
from kechuang.reports.cells import xml_text

COLOURS = {"蓝": "1F4E99", "黄": "B7791F", "红": "C00000"}


@dataclass
class NoticeSheet:
    region: str
    level: str  # 提醒 / 催办 / 督办通知
    colour: str  # 蓝 / 黄 / 红
    number: str  # 督办单编号
    department: str  # 承办单位
    plan_title: str
    task: str  # 编号 and title
    matter: str  # what is owed
    issued_on: date
    respond_by: date
    issuer: str


def _zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def notice_sheet_docx(sheet: NoticeSheet) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = official_document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(xml_text(f"{sheet.region}科技创新工作{sheet.level}单"))
    docx_font(run, "方正小标宋简体", 22)
    run.font.color.rgb = RGBColor.from_string(COLOURS.get(sheet.colour, "000000"))
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_font(sub.add_run(xml_text(f"({sheet.colour}色督办单 · 编号 {sheet.number})")), "楷体_GB2312", 16)
    rows = [("承办单位", sheet.department), ("所属方案", f"《{sheet.plan_title}》"), ("督办任务", sheet.task),
            ("督办事项", sheet.matter), ("督办等级", f"{sheet.level}({sheet.colour}色)"),
            ("发出日期", _zh(sheet.issued_on)),
            ("办理要求", f"请于{_zh(sheet.respond_by)}前办理完毕,并在督查督办平台报送进展、签收或提出办结、延期申请;"
                         "逾期未办复的,将升级督办并在通报中列明。")]
    table = doc.add_table(rows=0, cols=2, style="Table Grid")
    for label, value in rows:
        cells = table.add_row().cells
        docx_font(cells[0].paragraphs[0].add_run(label), "黑体", 14)
        docx_font(cells[1].paragraphs[0].add_run(xml_text(value)), "仿宋_GB2312", 14)
    for line in ("", sheet.issuer, _zh(sheet.issued_on)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.line_spacing = Pt(28)
        docx_font(p.add_run(xml_text(line)), "仿宋_GB2312", 16)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()

