"""Build Word and PDF documents for the tests (so fixtures stay readable text)."""

from __future__ import annotations

import io

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering_xml() -> str:
    """Level 0: 一、 (chineseCounting); level 1: (一); level 2: 1. — Word's usual plan outline."""
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "(%2)"), ("decimal", "%3.")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    return (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="7">{lvls}</w:abstractNum>'
            f'<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>')


def build_docx(paragraphs: list[tuple[int | None, str]], table: list[list[str]] | None = None) -> bytes:
    """``paragraphs``: (list level or None, text). Numbered paragraphs carry no number in their text."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part
    numbering._element = parse_xml(_numbering_xml())
    for level, text in paragraphs:
        p = document.add_paragraph(text)
        if level is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = ppr.makeelement(qn("w:numPr"), {})
            ilvl = numpr.makeelement(qn("w:ilvl"), {qn("w:val"): str(level)})
            num = numpr.makeelement(qn("w:numId"), {qn("w:val"): "9"})
            numpr.append(ilvl)
            numpr.append(num)
            ppr.append(numpr)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def build_pdf(pages: list[list[str]], header: str | None = None) -> bytes:
    """A PDF with a text layer; each page's lines are drawn as given, with a page number below."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for number, lines in enumerate(pages, start=1):
        c.setFont("STSong-Light", 11)
        y = 800
        if header:
            c.drawString(72, 820, header)
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.drawString(290, 40, f"- {number} -")
        c.showPage()
    c.save()
    return buf.getvalue()


def build_blank_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 300, 300)
    c.showPage()
    c.save()
    return buf.getvalue()


def build_legacy(html: str, fmt: str = "doc") -> bytes:
    """An old Word (.doc, "MS Word 97") or RTF file, written by LibreOffice from ``html``: the binary format
    as a real word processor writes it (no hand-made bytes)."""
    import subprocess
    import tempfile
    from pathlib import Path

    from kechuang.text.legacy import converter

    filters = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format"}
    with tempfile.TemporaryDirectory(prefix="kechuang-test-legacy-") as tmp:
        work = Path(tmp)
        (work / "plan.html").write_text(html, "utf-8")
        subprocess.run([converter(), "--headless", "--norestore", f"-env:UserInstallation={(work / 'p').as_uri()}",
                        "--convert-to", filters[fmt], "--outdir", str(work / "out"), str(work / "plan.html")],
                       check=True, capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": tmp})
        return (work / "out" / f"plan.{fmt}").read_bytes()


def lines_html(lines: list[str], table: list[list[str]] | None = None, ordered: list[str] | None = None) -> str:
    """An HTML page of one paragraph per line, then an ordered list (Word's automatic numbering once converted)
    and a table, the text escaped."""
    from html import escape

    body = "".join(f"<p>{escape(line)}</p>" for line in lines)
    if ordered:
        body += "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in ordered) + "</ol>"
    if table:
        body += '<table border="1">' + "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table) + "</table>"
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
