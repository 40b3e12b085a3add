"""Review of the OFD loader (rev56): what real writers do that the first loader missed, and hostile input it let
through under another message.

- CNKI's OFD conversion (ofdrw/ofdrw ``ofdrw-converter/src/test/resources/y.ofd``, Author CNKI, 3 pages) writes no
  ``TextObject`` on its pages: each page is a list of ``CompositeObject``s (``CTM="0.3528 0 0 0.3528 0 0"``, points
  to millimetres) whose ``ResourceID`` names a ``CompositeGraphicUnit`` of ``DocumentRes.xml``; the unit's
  ``Content`` holds the ``TextObject`` (``CTM="9 0 0 9 0 0"``, ``Size="1"``, ``Boundary`` in points). The first
  loader found no text there and called the document a scan. GB/T 33190 §13 (复合对象) places the unit's content
  by the composite object's ``Boundary`` and ``CTM``.
- A ``TextCode`` without ``DeltaX`` advances by the font size in the text object's own space; the first loader took
  the size already scaled by the ``CTM`` and scaled it again, so a line's end ran far past its last character and
  two runs of one line lost the space between them.
- The DTD refusal looked for the bytes ``<!DOCTYPE`` only: the same declaration in UTF-16 passed it (harmless, the
  parser expands nothing, but refused under the wrong reason); the parsed tree is now asked too.
"""

from __future__ import annotations

import pytest

from kechuang.errors import KechuangError
from kechuang.text.load import load_bytes
from tests.text.docs_builders import OFD_NS, ofd_package

ROOT = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" DocType="OFD" Version="1.1">'
        "<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
            "<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
            "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml"
            '</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
            "</ofd:Pages></ofd:Document>")
PUBLIC_RES = f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts/></ofd:Res>'
LINES = ["关于加快科技创新平台建设的实施意见", "到2025年,全县高新技术企业达到30家。", "(牵头单位:县科技局;责任单位:县财政局)"]


def _page(objects: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Area><ofd:PhysicalBox>'
            f'0 0 204 264</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="4">{objects}</ofd:Layer>'
            "</ofd:Content></ofd:Page>")


def _cnki(lines: list[str], unit_body=None) -> bytes:
    """Lines written as CNKI writes them (y.ofd): a composite object per run of text (here half a line), its
    unit in DocumentRes.xml holding one TextObject at 9 points, Size 1 scaled by the CTM, DeltaX in points/9."""
    composites, units, uid = [], [], 200
    for row, line in enumerate(lines):
        half = len(line) // 2
        for start, text in ((0, line[:half]), (half, line[half:])):
            uid += 3
            top = 100 + 20 * row
            body = unit_body(uid) if unit_body else (
                f'<ofd:TextObject ID="{uid + 1}" CTM="9 0 0 9 0 0" Boundary="{60 + 9 * start} {top} {9 * len(text)} 9"'
                f' Font="5" Size="1"><ofd:FillColor Value="35 31 32"/><ofd:TextCode X="0" Y="0.776" '
                f'DeltaX="g {len(text) - 1} 1">{text}</ofd:TextCode></ofd:TextObject>')
            units.append(f'<ofd:CompositeGraphicUnit ID="{uid}" Width="578" Height="748"><ofd:Content ID="{uid + 2}">'
                         f"{body}</ofd:Content></ofd:CompositeGraphicUnit>")
            composites.append(f'<ofd:CompositeObject ID="{uid + 9000}" CTM="0.3528 0 0 0.3528 0 0" '
                              f'Boundary="0 0 204 264" ResourceID="{uid}"/>')
    return ofd_package({
        "OFD.xml": ROOT, "Doc_0/Document.xml": DOCUMENT, "Doc_0/PublicRes.xml": PUBLIC_RES,
        "Doc_0/DocumentRes.xml": (f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:CompositeGraphicUnits>'
                                  f'{"".join(units)}</ofd:CompositeGraphicUnits></ofd:Res>'),
        "Doc_0/Pages/Page_0/Content.xml": _page("".join(composites))})


def _with_units(units: str, page: str) -> bytes:
    """A package whose DocumentRes.xml holds ``units`` (CompositeGraphicUnit elements) and whose page holds ``page``."""
    return ofd_package({
        "OFD.xml": ROOT, "Doc_0/Document.xml": DOCUMENT, "Doc_0/PublicRes.xml": PUBLIC_RES,
        "Doc_0/DocumentRes.xml": (f'<ofd:Res xmlns:ofd="{OFD_NS}"><ofd:CompositeGraphicUnits>{units}'
                                  "</ofd:CompositeGraphicUnits></ofd:Res>"),
        "Doc_0/Pages/Page_0/Content.xml": _page(page)})


def _refused_within(data: bytes, seconds: float, note: str) -> KechuangError:
    from tests.timing import assert_under

    def refused() -> KechuangError:
        with pytest.raises(KechuangError) as err:
            load_bytes(data, "方案.ofd")
        return err.value

    return assert_under(refused, seconds, note)


def test_text_held_in_composite_units_is_read_in_place_as_cnki_writes_it():
    assert load_bytes(_cnki(LINES), "方案.ofd").text.splitlines() == LINES


def test_composite_units_that_name_each_other_stop():
    def looping(uid: int) -> str:  # each unit holds the composite of the next: a chain far deeper than any writer's
        return (f'<ofd:CompositeObject ID="{uid + 1}" Boundary="0 0 10 10" ResourceID="{uid + 3}"/>'
                f'<ofd:CompositeObject ID="{uid + 5}" Boundary="0 0 10 10" ResourceID="{uid}"/>')
    with pytest.raises(KechuangError) as err:
        load_bytes(_cnki(LINES, looping), "方案.ofd")
    assert err.value.code in ("KC-TEXT-OFD", "KC-TEXT-OFD-NOTEXT") and err.value.context["file"] == "方案.ofd"


def test_a_unit_placed_again_and_again_is_bounded():
    text = "培育创新主体,新建省级以上研发平台5个。" * 200
    unit = ('<ofd:CompositeGraphicUnit ID="7" Width="100" Height="100"><ofd:Content>'
            + "".join(f'<ofd:TextObject ID="8" Boundary="0 {i} 100 5" Size="3"><ofd:TextCode X="0" Y="3">{text}'
                      "</ofd:TextCode></ofd:TextObject>" for i in range(20))
            + "</ofd:Content></ofd:CompositeGraphicUnit>")
    data = _with_units(unit, '<ofd:CompositeObject ID="9" Boundary="0 0 10 10" ResourceID="7"/>' * 50000)
    assert _refused_within(data, 3, "a unit placed 50,000 times").code == "KC-TEXT-TOO-LARGE"


def test_units_fanning_out_through_each_other_are_refused_quickly():
    """A 2 KB package: 1,000 composites on the page, each unit holding 1,000 composites of the next, four deep
    (10^15 placements): refused once the elements visited stand for more XML than the file may inflate to."""
    units = [f'<ofd:CompositeGraphicUnit ID="{k}"><ofd:Content>'
             + f'<ofd:CompositeObject Boundary="0 0 1 1" ResourceID="{k + 1}"/>' * 1000
             + "</ofd:Content></ofd:CompositeGraphicUnit>" for k in range(4)]
    data = _with_units("".join(units), '<ofd:CompositeObject Boundary="0 0 1 1" ResourceID="0"/>' * 1000)
    assert _refused_within(data, 2, "composites fanning out").code == "KC-TEXT-TOO-LARGE"


def test_two_runs_of_a_scaled_line_without_delta_x_keep_the_space_between_them():
    def run(x: float, text: str) -> str:  # Size 1 scaled ×10 by the CTM: each character 10 mm wide
        return (f'<ofd:TextObject ID="5" CTM="10 0 0 10 0 0" Boundary="{x} 50 100 12" Font="1" Size="1">'
                f'<ofd:TextCode X="0" Y="1">{text}</ofd:TextCode></ofd:TextObject>')
    data = ofd_package({"OFD.xml": ROOT, "Doc_0/Document.xml": DOCUMENT, "Doc_0/PublicRes.xml": PUBLIC_RES,
                        "Doc_0/DocumentRes.xml": PUBLIC_RES,
                        "Doc_0/Pages/Page_0/Content.xml": _page(
                            run(20, "县科技创新局办公室") + run(150, "2025年3月10日印发"))})
    # the office ends at 20 + 9 × 10 = 110 mm, the date starts at 150 mm: 4 sizes apart
    assert load_bytes(data, "方案.ofd").text == "县科技创新局办公室 2025年3月10日印发"


def test_a_dtd_in_utf16_is_refused_as_a_dtd():
    xml = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY x "Doc_0/Document.xml">]>'
           + ROOT.split("?>", 1)[1].replace("Doc_0/Document.xml", "&x;"))
    with pytest.raises(KechuangError) as err:
        load_bytes(ofd_package({"OFD.xml": xml.encode("utf-16")}), "方案.ofd")
    assert err.value.code == "KC-TEXT-OFD" and "DTD" in err.value.message_zh


# Template pages: Suwell's writer (ofdrw ``ofdrw-converter/src/test/resources/testImageNotFound.ofd``, outline
# "Beijing Suwell Tech.LCD") puts a licence's whole 说明 in ``TPLS/TPL_0/Content.xml``, the page only naming it
# (``<ofd:Template TemplateID="2" ZOrder="Background"/>`` and an empty layer); Huhuang's invoices
# (``ofdrw-converter/src/test/resources/999.ofd``, ``ofdrw-layout/src/test/resources/fptpl.ofd``) put each label
# (发票代码：) in the template and its value on the page, on one baseline. The first loader read no template.
def _templated(pages: list[str], template: str) -> bytes:
    refs = "".join(f'<ofd:Page ID="{10 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
    document = DOCUMENT.replace('<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>', refs).replace(
        "</ofd:CommonData>", '<ofd:TemplatePage ID="2" BaseLoc="TPLS/TPL_0/Content.xml" ZOrder="Background"/>'
        "</ofd:CommonData>")
    members = {"OFD.xml": ROOT, "Doc_0/Document.xml": document, "Doc_0/PublicRes.xml": PUBLIC_RES,
               "Doc_0/DocumentRes.xml": PUBLIC_RES, "Doc_0/TPLS/TPL_0/Content.xml": _page(template)}
    for n, objects in enumerate(pages):
        members[f"Doc_0/Pages/Page_{n}/Content.xml"] = _page(objects).replace(
            "<ofd:Content>", '<ofd:Template TemplateID="2" ZOrder="Background"/><ofd:Content>')
    return ofd_package(members)


def _line(x: float, top: float, text: str, size: float = 4.2) -> str:
    return (f'<ofd:TextObject ID="7" Boundary="{x} {top} 150 6" Font="3" Size="{size}"><ofd:TextCode X="0" '
            f'Y="{size}" DeltaX="g {len(text) - 1} {size}">{text}</ofd:TextCode></ofd:TextObject>')


def test_the_text_a_template_page_holds_is_read_with_the_page():
    template = _line(20, 30, "说明") + _line(20, 40, "一、探矿权人应在批准的勘查范围内依法进行勘查活动。")
    assert load_bytes(_templated([""], template), "许可证.ofd").text.splitlines() == [
        "说明", "一、探矿权人应在批准的勘查范围内依法进行勘查活动。"]


def test_a_templates_labels_join_the_values_on_their_baseline():
    template = _line(20, 30, "发票代码：") + _line(20, 40, "开票日期：")
    page = _line(41, 30, "050001700111") + _line(41, 40, "2020年08月05日")
    text = load_bytes(_templated([page], template), "发票.ofd").text  # the lines rejoined, as a PDF's are
    assert text.index("发票代码:050001700111") < text.index("开票日期:2020年08月05日")


def test_a_running_header_in_a_template_is_dropped_as_a_pdfs_is():
    template = _line(60, 15, "临泽县人民政府文件")
    pages = [_line(25, 40 + 10 * i, line) for i, line in enumerate(LINES)]
    text = load_bytes(_templated(pages, template), "方案.ofd").text
    assert "临泽县人民政府文件" not in text and text.splitlines() == LINES


def test_a_real_invoice_reads_its_templates_labels_beside_the_page_values():
    """tests/fixtures/ofd/fptpl.ofd (Huhuang Software, from ofdrw): the labels live in the template pages, the
    values on the page; the first loader printed the numbers without a label."""
    from pathlib import Path

    from kechuang.text.ofd import ofd_to_text

    text = ofd_to_text((Path(__file__).resolve().parents[1] / "fixtures" / "ofd" / "fptpl.ofd").read_bytes(), "f.ofd")
    at = [text.index(piece) for piece in (
        "重庆增值税电子普通发票", "发票代码：050001700111", "开票日期：2020年08月05日", "价税合计（大写） 壹万零陆佰圆整")]
    assert at == sorted(at)


def test_members_named_with_backslashes_are_found():
    """A package zipped on Windows by a tool that keeps its separators (member ``Doc_0\\Document.xml``): the paths the
    XML gives (``Doc_0/Document.xml``) still find their members, as the backslashes a path itself holds already did."""
    page = _page(_line(20, 30, LINES[1]) + _line(20, 40, LINES[2]))
    data = ofd_package({"OFD.xml": ROOT, "Doc_0\\Document.xml": DOCUMENT, "Doc_0\\PublicRes.xml": PUBLIC_RES,
                        "Doc_0\\DocumentRes.xml": PUBLIC_RES, "Doc_0\\Pages\\Page_0\\Content.xml": page})
    assert LINES[1] in load_bytes(data, "方案.ofd").text
