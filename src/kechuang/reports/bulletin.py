"""The 通报 (progress bulletin), laid out after GB/T 9704: one outline, rendered to DOCX and to PDF.

Fonts follow the standard where Word has them (方正小标宋简体 title, 黑体 一、, 楷体_GB2312 (一),
仿宋_GB2312 body); the PDF embeds a CJK font installed on the machine (WenQuanYi Micro Hei from Debian's
fonts-wqy-microhei, or Noto Sans CJK's TrueType build, or one named by KECHUANG_CJK_FONT).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.reports.cells import xml_text
from kechuang.reports.supervision import Supervision, day_zh

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)


@dataclass
class Block:
    kind: str  # title / para / h1 / h2 / table / signature
    text: str = ""
    header: list[str] | None = None
    rows: list[list[str]] | None = None

    def __post_init__(self) -> None:
        """Both renderers read blocks only: text from users is made XML-safe once, here."""
        self.text = xml_text(self.text)
        self.header = [xml_text(x) for x in self.header] if self.header is not None else None
        self.rows = [[xml_text(x) for x in row] for row in self.rows] if self.rows is not None else None


def outline(data: Supervision) -> list[Block]:
    """The bulletin's content: the same blocks for DOCX and PDF."""
    total = len(data.tasks)
    green, yellow, red = data.count("绿"), data.count("黄"), data.count("红")
    date_zh = f"{data.as_of.year}年{data.as_of.month}月{data.as_of.day}日"
    blocks = [
        Block("title", f"关于《{data.plan_title}》任务推进情况的通报"),
        Block("para", f"截至{date_zh},《{data.plan_title}》共分解任务{total}项,其中绿灯(正常推进或已完成)"
                      f"{green}项、黄灯(临近时限或进度落后){yellow}项、红灯(逾期未完成或两次被退回){red}项。"
                      "现将有关情况通报如下:"),
        Block("h1", "一、总体情况"),
        Block("table", header=["督办灯", "任务数", "占比"], rows=[
            [name, str(n), f"{100 * n / total:.1f}%" if total else "—"]
            for name, n in (("绿灯", green), ("黄灯", yellow), ("红灯", red))]),
        Block("h1", "二、各单位推进情况"),
        Block("para", "各单位按本单位牵头、责任任务的督办灯(仅计审核通过的本单位进展报告)中绿灯占比排序,"
                      "绿灯占比、红灯数和未报送数相同的并列:"),
        Block("table", header=["名次", "单位", "任务数", "绿", "黄", "红", "未报送", "绿灯占比"], rows=[
            [str(d.rank), d.name, str(d.tasks), str(d.green), str(d.yellow), str(d.red), str(d.missing),
             f"{d.score}%"] for d in data.departments]),
        Block("h1", "三、滞后任务"),
    ]
    laggards = data.laggards
    if laggards:
        blocks.append(Block("table", header=["编号", "任务", "牵头单位", "督办灯", "原因"], rows=[
            [t.path, t.title, "、".join(t.lead), t.light, t.reason] for t in laggards]))
    else:
        blocks.append(Block("para", "无红灯、黄灯任务。"))
    missing = data.missing
    if missing:
        blocks.append(Block("h1", f"四、{data.period_label}未按期报送情况"))
        blocks.append(Block("table", header=["编号", "任务", "未报送单位"],
                            rows=[[t.path, t.title, d] for t, d in missing]))
    elif data.first_due is not None:
        blocks.append(Block("h1", "四、报送情况"))
        blocks.append(Block("para", f"截至目前尚无到期的报送期,首个报送日为{day_zh(data.first_due)}。"))
    else:
        blocks.append(Block("h1", f"四、{data.period_label}未按期报送情况"))
        blocks.append(Block("para", f"{data.period_label}各单位均已按期报送。"))
    blocks += _targets(data)
    blocks += [
        Block("h1", f"{'六' if data.targets else '五'}、工作要求"),
        Block("h2", "(一)加快推进滞后任务"),
        Block("para", "1.红灯任务的牵头单位要分析原因、制定整改措施,限期办结并书面报告。"),
        Block("para", "2.黄灯任务的牵头单位要倒排工期,确保按时限完成。"),
        Block("h2", "(二)按时报送工作进展"),
        Block("para", "各责任单位要在每个报送期的报送日前如实填报进展并上传佐证材料,牵头单位及时审核。"),
        Block("signature", "\n".join(x for x in (data.issuer, date_zh) if x)),
    ]
    return blocks


def _targets(data: Supervision) -> list[Block]:
    """五、目标完成情况: the plan's quantified targets as monitored (synthetic numbers say so)."""
    if not data.targets:
        return []
    lights = [t.light[:1] for t in data.targets]
    monitored = [t for t in data.targets if t.indicator]
    text = (f"方案共有量化目标{len(data.targets)}个,其中纳入数值监测{len(monitored)}个:绿灯(进度正常或已达成)"
            f"{lights.count('绿')}个、黄灯(存在风险){lights.count('黄')}个、红灯(明显滞后){lights.count('红')}个、"
            f"数据不足{lights.count('灰')}个。")
    if any(t.is_demo for t in data.targets):
        text += "表中标注“示例数据”的数值为合成的演示数据,不是真实统计数据。"
    rows = [[t.path, t.target, t.latest + ("(示例数据)" if t.is_demo else ""), t.attainment, t.light]
            for t in data.targets]
    return [Block("h1", "五、目标完成情况"), Block("para", text),
            Block("table", header=["编号", "目标", "最新值", "完成度", "灯"], rows=rows)]


def docx_font(run, east_asian: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)


def official_document():
    """An empty Word document on A4 with the margins of GB/T 9704 (37/35/28/26 mm)."""
    from docx import Document
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    return doc


def bulletin_docx(data: Supervision) -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = official_document()
    for block in outline(data):
        if block.kind == "table":
            table = doc.add_table(rows=1, cols=len(block.header), style="Table Grid")
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                docx_font(cell.paragraphs[0].add_run(text), "黑体", 12)
            for row in block.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    docx_font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 12)
            continue
        for line in block.text.split("\n"):
            p = doc.add_paragraph()
            p.paragraph_format.line_spacing = Pt(28)
            run = p.add_run(line)
            if block.kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                docx_font(run, "方正小标宋简体", 22)
            elif block.kind == "h1":
                p.paragraph_format.first_line_indent = Pt(32)
                docx_font(run, "黑体", 16)
            elif block.kind == "h2":
                p.paragraph_format.first_line_indent = Pt(32)
                docx_font(run, "楷体_GB2312", 16)
            elif block.kind == "signature":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                docx_font(run, "仿宋_GB2312", 16)
            else:
                p.paragraph_format.first_line_indent = Pt(32)
                docx_font(run, "仿宋_GB2312", 16)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def cjk_font_path() -> Path:
    named = os.environ.get("KECHUANG_CJK_FONT")
    for candidate in ([named] if named else []) + list(FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise KechuangError("KC-REPORT-FONT", "未找到可嵌入 PDF 的中文字体:请安装 fonts-wqy-microhei"
                        "(make install-system 会安装),或用 KECHUANG_CJK_FONT 指定一个 TrueType 字体文件")


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "KechuangCJK"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(cjk_font_path()), subfontIndex=0))
    return name


def bulletin_pdf(data: Supervision) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    styles = {
        "title": ParagraphStyle("title", parent=body, fontSize=22, leading=34, alignment=TA_CENTER,
                                firstLineIndent=0, spaceAfter=14),
        "h1": body, "h2": body, "para": body,
        "signature": ParagraphStyle("sig", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
    }
    cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=14, wordWrap="CJK")
    story = []
    for block in outline(data):
        if block.kind == "table":
            rows = [[Paragraph(escape(x), cell) for x in r] for r in [block.header, *block.rows]]
            table = Table(rows, repeatRows=1, hAlign="CENTER")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 8)]
            continue
        for line in block.text.split("\n"):
            story.append(Paragraph(escape(line), styles[block.kind]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm, leftMargin=28 * mm,
                            rightMargin=26 * mm, title=xml_text(f"{data.plan_title} 通报"),
                            author=xml_text(data.issuer) or "kechuang")
    doc.build(story)
    return buffer.getvalue()

