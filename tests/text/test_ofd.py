"""OFD (GB/T 33190) documents read like PDFs: real samples (tests/fixtures/ofd/README.md) to their text in
reading order, a plan written as OFD extracted as its text is, and every broken or hostile package refused with
a Chinese message naming the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kechuang.errors import KechuangError
from kechuang.extract import extract_plan
from kechuang.text.load import load_bytes
from kechuang.text.ofd import ofd_to_text
from tests.conftest import SEEDS
from tests.text.docs_builders import OFD_NS, build_ofd, ofd_package
from tests.text.test_pdf import PAGES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ofd"
PLAN_TEXT = "\n".join([
    "临泽县科技创新三年行动计划", "一、主要目标",
    "到2025年,全县高新技术企业达到30家,科技型中小企业达到100家,技术合同成交额达到2亿元。", "二、重点任务",
    "(一)培育创新主体。实施高新技术企业倍增计划,建立后备培育库,做好申报辅导。(牵头单位:县科技局;责任单位:县财政局)",
    "(二)建设创新平台。新建省级以上研发平台5个。(牵头单位:县发改局;责任单位:县工信局)", "三、保障措施",
    "(一)加强组织领导。"])


def _read(name: str) -> str:
    data = (FIXTURES / name).read_bytes()
    return ofd_to_text(data, name)


def _in_order(text: str, pieces: list[str]) -> None:
    at = -1
    for piece in pieces:
        found = text.find(piece, at + 1)
        assert found > at, (piece, text)
        at = found


def test_a_government_reply_reads_in_order_with_its_wrapped_lines_rejoined_and_page_numbers_dropped():
    text = _read("n.ofd")
    _in_order(text, ["测试符路桥区卫生局文件", "路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复", "区中医院：",
                     "你院《关于给张阿三同志辞职的请示》（路中医发", "〔2011〕10号）收悉。",
                     "张阿三，男，1978年2月出生，籍贯江西新建，2001年9月参加工作，本科学历，主治医师，系区中医院职工。",
                     "同意张阿三同志辞职。", "测试符路桥区卫生局办公室", "2011年3月10日"])
    # two objects on one baseline far apart (a 版记's office and date) stay apart
    assert "测试符路桥区卫生局办公室 2011年3月10日印发" in text.splitlines()
    assert "— 1 —" not in text and "— 2 —" not in text


def test_a_line_split_into_many_text_objects_is_one_line_ordered_by_x():
    text = _read("testPathFillOpacity.ofd")
    lines = text.splitlines()
    assert lines[:2] == ["关于加快南货场铁路涵洞下穿建设的函", "蚌山区政府："]
    _in_order(text, ["根据我市2023年房地产用地供应计划，蚌山区东海大道北侧、解放路西侧居住地块计划于7月份出让，"
                     "按照7月7日张铭副市长主持召开市自然资源和规划委员会审查会2023年第7次会议要求，",
                     "此函。", "2023年7月12日"])


def test_six_pages_read_in_document_order():
    text = _read("AddWatermarkAnnot.ofd")
    _in_order(text, ["拿来主义", "鲁迅", "中华民国十五年三月二十五日，就是国立北京女子师范大学为十八日在段祺瑞执政",
                     "很爱看先生的文章。”这是我知道的，凡我所编辑的期刊", "三", "在四十余被害的青年之中，刘和珍君是我的学生。"])


def test_an_ofd_with_no_text_gets_ocr_advice():
    with pytest.raises(KechuangError) as err:
        load_bytes((FIXTURES / "Page5.ofd").read_bytes(), "扫描件.ofd")
    assert err.value.code == "KC-TEXT-OFD-NOTEXT" and "OCR" in err.value.message_zh
    assert err.value.context["file"] == "扫描件.ofd"


def test_a_plan_written_as_ofd_extracts_as_its_text_does():
    data = build_ofd(PAGES, header="临泽县人民政府文件")
    doc = load_bytes(data, "plan.ofd")
    assert doc.format == "ofd" and "临泽县人民政府文件" not in doc.text and "— 1 —" not in doc.text
    from_ofd, from_txt = extract_plan(data, name="plan.ofd"), extract_plan(PLAN_TEXT.encode(), name="plan.txt")
    assert [h.path for h in from_ofd.headings] == [h.path for h in from_txt.headings] == [
        "一", "二", "二/(一)", "二/(二)", "三", "三/(一)"]
    assert [(t.value, t.unit, t.path) for t in from_ofd.targets] == [
        (t.value, t.unit, t.path) for t in from_txt.targets]
    assert {(a.path, a.role, a.unit) for a in from_ofd.assignments} == {
        (a.path, a.role, a.unit) for a in from_txt.assignments}
    assert from_ofd.targets and ("二/(二)", "lead", "县发改局") in {
        (a.path, a.role, a.unit) for a in from_ofd.assignments}



def _parts(plan) -> tuple[list, list, list]:
    return ([(t.value, t.unit, t.path) for t in plan.targets], [(a.path, a.role, a.unit) for a in plan.assignments],
            [h.path for h in plan.headings])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_each_seed_plan_printed_as_ofd_extracts_as_its_text_does(seed):
    """Each seed's lines, 40 to a page, one text object a line, page numbers at the foot (build_ofd)."""
    text = load_bytes(seed.read_bytes(), seed.name).text
    lines = [line for line in text.splitlines() if line.strip()]
    ofd = build_ofd([lines[i:i + 20] for i in range(0, len(lines), 20)])  # (20 lines fit an A4 page)
    assert _parts(extract_plan(ofd, name=f"{seed.stem}.ofd")) == _parts(extract_plan(text.encode(), name=seed.name))


def test_an_ofd_is_known_by_its_content_whatever_its_name():
    data = build_ofd(PAGES)
    for name in ("plan.zip", "plan", "下载.docx"):
        assert load_bytes(data, name).format == "ofd", name


def test_a_word_file_named_ofd_is_read_as_the_word_file_it_is():
    """The content decides, as for a Word file named .zip or .txt (review 56): a .docx saved under .ofd is Word."""
    from tests.text.docs_builders import build_docx

    doc = load_bytes(build_docx([(None, "到2025年,全县高新技术企业达到50家。")]), "下载.ofd")
    assert doc.format == "docx" and "50家" in doc.text


def test_a_plain_zip_is_told_to_be_unpacked_naming_ofd_among_the_formats():
    err = _refused(ofd_package({"readme.txt": "x"}), "附件.zip")
    assert err.code == "KC-TEXT-FORMAT" and "压缩包" in err.message_zh and ".ofd" in err.message_zh


def _refused(data: bytes, name: str = "方案.ofd", **limits) -> KechuangError:
    with pytest.raises(KechuangError) as err:
        load_bytes(data, name, **limits)
    assert err.value.context["file"] == name and "Traceback" not in err.value.message_zh
    return err.value


def test_a_damaged_package_is_refused():
    data = build_ofd(PAGES)
    assert _refused(data[: len(data) // 2]).code == "KC-TEXT-OFD"
    assert _refused(b"PK\x03\x04" + b"\x00" * 200).code == "KC-TEXT-OFD"
    assert _refused(b"not a zip at all").code == "KC-TEXT-FORMAT"


def test_a_package_without_ofd_xml_or_its_pages_is_refused():
    err = _refused(ofd_package({"Doc_0/Document.xml": "<x/>"}))
    assert err.code == "KC-TEXT-OFD" and "OFD.xml" in err.message_zh
    no_root = ofd_package({"OFD.xml": f'<ofd:OFD xmlns:ofd="{OFD_NS}"><ofd:DocBody/></ofd:OFD>'})
    assert _refused(no_root).code == "KC-TEXT-OFD"
    broken = zipfile.ZipFile(io.BytesIO(build_ofd(PAGES)))
    members = {i.filename: broken.read(i) for i in broken.infolist()}
    members["Doc_0/Pages/Page_0/Content.xml"] = b"<ofd:Page xmlns:ofd="  # cut short
    assert _refused(ofd_package(members)).code == "KC-TEXT-OFD"


def test_a_zip_bomb_is_refused_before_parsing():
    members = {"OFD.xml": "<x/>", "Doc_0/pad.xml": b" " * (30 * 1024 * 1024)}
    err = _refused(ofd_package(members))
    assert err.code == "KC-TEXT-TOO-LARGE" and "压缩炸弹" in err.message_zh


def test_a_page_listed_again_and_again_is_parsed_once_and_the_text_bounded():
    from tests.timing import assert_under

    page = zipfile.ZipFile(io.BytesIO(build_ofd([["培育创新主体,新建省级以上研发平台5个。" * 50] * 40]))).read(
        "Doc_0/Pages/Page_0/Content.xml")
    refs = '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>' * 20000
    members = {"OFD.xml": f'<ofd:OFD xmlns:ofd="{OFD_NS}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                          "</ofd:DocBody></ofd:OFD>",
               "Doc_0/Document.xml": f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:Pages>{refs}</ofd:Pages></ofd:Document>',
               "Doc_0/Pages/Page_0/Content.xml": page}
    err = assert_under(lambda: _refused(ofd_package(members)), 2, "page listed 20,000 times")
    assert err.code == "KC-TEXT-TOO-LARGE"


def test_xml_entity_attacks_are_refused():
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i + 1} "{("&lol" + str(i) + ";") * 10}">' for i in range(9)).replace(
                  "&lol0;", "&lol;")
              + f']><ofd:OFD xmlns:ofd="{OFD_NS}"><ofd:DocBody><ofd:DocRoot>&lol9;</ofd:DocRoot></ofd:DocBody>'
              "</ofd:OFD>")
    assert _refused(ofd_package({"OFD.xml": laughs})).code == "KC-TEXT-OFD"
    external = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                f'<ofd:OFD xmlns:ofd="{OFD_NS}"><ofd:DocBody><ofd:DocRoot>&x;</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    err = _refused(ofd_package({"OFD.xml": external}))
    assert err.code == "KC-TEXT-OFD" and "root:" not in err.message_zh


def test_ofd_to_text_names_the_file_in_every_error():
    with pytest.raises(KechuangError) as err:
        ofd_to_text(b"PK\x03\x04broken", "坏.ofd")
    assert err.value.context["file"] == "坏.ofd"


def test_the_cli_reads_an_ofd_in_a_folder(tmp_path, capsys):
    import json

    from kechuang.cli import main

    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "临泽.ofd").write_bytes(build_ofd(PAGES, header="临泽县人民政府文件"))
    (folder / "notes.xyz").write_text("not a plan", "utf-8")
    assert main(["extract", str(folder), "-o", str(tmp_path / "out"), "--summary", "-q"]) == 0
    assert "成功 1 个" in capsys.readouterr().out
    data = json.loads((tmp_path / "out" / "临泽.json").read_text("utf-8"))
    assert [(t["value"], t["unit"]) for t in data["targets"]] == [(30, "家"), (100, "家"), (2, "亿元"), (5, "个")]
