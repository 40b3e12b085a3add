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


OFD_NS = "http://www.ofdspec.org/2016"


def ofd_package(members: dict[str, str | bytes]) -> bytes:
    """A zip of the given members (OFD is a zip of XML), for hostile or damaged packages."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, body in members.items():
            zf.writestr(path, body)
    return buffer.getvalue()


def _ofd_page(lines: list[tuple[float, float, str]], size: float = 5.6) -> str:
    """One page written as ofdrw's layout writes it (tests/fixtures/ofd/AddWatermarkAnnot.ofd): one TextObject
    per line, its Boundary at the line's top left, a TextCode at the baseline with DeltaX per character."""
    from xml.sax.saxutils import escape

    objects = []
    for i, (x, top, text) in enumerate(lines):
        deltas = " ".join([f"{size:g}"] * (len(text) - 1))
        delta = f' DeltaX="{deltas}"' if deltas else ""
        objects.append(
            f'<ofd:TextObject ID="{100 + i}" Boundary="{x:g} {top:g} {size * len(text):g} {size * 1.25:g}" '
            f'Font="3" Size="{size:g}"><ofd:TextCode X="0" Y="{size:g}"{delta}>{escape(text)}</ofd:TextCode>'
            "</ofd:TextObject>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content>'
            f'<ofd:Layer ID="2">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')


def build_ofd(pages: list[list[str]], header: str | None = None) -> bytes:
    """An OFD (GB/T 33190) of the pages' lines, 10 mm apart on A4, with a running header and a page number
    (— N —) at each page's foot, as the real samples print them (tests/fixtures/ofd/n.ofd)."""
    refs, members = [], {}
    for n, lines in enumerate(pages):
        placed = [(25.0, 40.0 + 10 * i, line) for i, line in enumerate(lines)]
        if header:
            placed.insert(0, (60.0, 20.0, header))
        placed.append((100.0, 270.0, f"— {n + 1} —"))
        members[f"Doc_0/Pages/Page_{n}/Content.xml"] = _ofd_page(placed)
        refs.append(f'<ofd:Page ID="{10 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>')
    members["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
        '<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
        f'</ofd:PageArea></ofd:CommonData><ofd:Pages>{"".join(refs)}</ofd:Pages></ofd:Document>')
    members["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    return ofd_package(members)


def build_xls(rows: list[list[str]]) -> bytes:
    """An Excel 97 workbook (.xls, old Word's OLE2 container with a ``Workbook`` stream) written by LibreOffice Calc
    from a CSV of ``rows`` (Debian libreoffice-calc-nogui, installed by scripts/system-deps.sh)."""
    import csv
    import subprocess
    import tempfile
    from pathlib import Path

    from kechuang.text.legacy import converter

    with tempfile.TemporaryDirectory(prefix="kechuang-test-xls-") as tmp:
        work = Path(tmp)
        with (work / "sheet.csv").open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
        run = subprocess.run([converter(), "--headless", "--norestore",
                              f"-env:UserInstallation={(work / 'p').as_uri()}", "--convert-to", "xls", "--outdir",
                              str(work / "out"), str(work / "sheet.csv")],
                             check=False, capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": tmp})
        made = work / "out" / "sheet.xls"
        assert made.is_file(), f"LibreOffice Calc wrote no .xls (is libreoffice-calc-nogui installed?): {run.stderr!r}"
        return made.read_bytes()


def encrypt_docx(data: bytes, password: str = "secret") -> bytes:
    """A .docx with an open password, as Word writes one (agile encryption in an OLE2 container), by msoffcrypto-tool."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def build_encrypted_doc(html: str, password: str = "secret") -> bytes:
    """An old Word (.doc) file with an open password, written by LibreOffice from ``html``: its command line cannot
    set a password, so a Basic macro in a fresh profile stores the page with one ("MS Word 97" encrypts it as Word 97
    does: RC4 CryptoAPI, the FIB's fEncrypted flag set)."""
    import subprocess
    import tempfile
    from pathlib import Path
    from xml.sax.saxutils import escape

    from kechuang.text.legacy import converter

    with tempfile.TemporaryDirectory(prefix="kechuang-test-locked-") as tmp:
        work = Path(tmp)
        page, out, profile = work / "plan.html", work / "plan.doc", (work / "p").as_uri()
        page.write_text(html, "utf-8")
        base = [converter(), "--headless", "--norestore", f"-env:UserInstallation={profile}"]
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp}
        subprocess.run([*base, "--terminate_after_init"], check=True, capture_output=True, timeout=120, env=env)
        macro = (f'Sub Main\n  Dim load(0) As New com.sun.star.beans.PropertyValue\n  load(0).Name = "Hidden"\n'
                 f'  load(0).Value = True\n  doc = StarDesktop.loadComponentFromURL("{page.as_uri()}", "_blank", 0, '
                 f'load())\n  Dim store(1) As New com.sun.star.beans.PropertyValue\n  store(0).Name = "FilterName"\n'
                 f'  store(0).Value = "MS Word 97"\n  store(1).Name = "Password"\n  store(1).Value = "{password}"\n'
                 f'  doc.storeToURL("{out.as_uri()}", store())\n  doc.close(True)\nEnd Sub\n')
        (work / "p" / "user" / "basic" / "Standard" / "Module1.xba").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<script:module xmlns:script="http://openoffice.org/2000/script" '
            f'script:name="Module1" script:language="StarBasic">{escape(macro, {chr(34): "&quot;"})}</script:module>\n',
            "utf-8")
        subprocess.run([*base, "macro:///Standard.Module1.Main"], check=True, capture_output=True, timeout=120,
                       env=env)
        return out.read_bytes()
