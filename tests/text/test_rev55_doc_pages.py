"""rev55 (review of doc42): a web page saved by Word (另存为网页) keeps the name .doc on many county sites. The loader
reads one as HTML by its first bytes, but a page opening with a UTF-8 byte order mark (as Notepad and many editors
save it) was called a damaged Word file."""

from __future__ import annotations

from kechuang.text.load import load_bytes

PAGE = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body>'
        "<p>某县科技创新行动方案</p><p>到2025年,全县高新技术企业达到50家。(牵头单位:县科技局)</p></body></html>")


def test_a_word_web_page_named_doc_reads_as_html():
    doc = load_bytes(PAGE.encode("utf-8"), "方案.doc")
    assert doc.format == "html" and "高新技术企业达到50家" in doc.text


def test_a_page_with_a_byte_order_mark_reads_as_html():
    for name in ("方案.doc", "方案.txt"):
        doc = load_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"), name)
        assert doc.format == "html" and "<p>" not in doc.text, name
        assert doc.text.startswith("某县科技创新行动方案"), name


def _mht(html: str, charset: str, meta: bool = True) -> bytes:
    """A single-file web page as Word writes one (另存为单个文件网页): MIME, the page quoted-printable."""
    import quopri

    if meta:
        html = html.replace('<meta charset="utf-8">', f'<meta http-equiv=Content-Type content="text/html; charset={charset}">')
    body = quopri.encodestring(html.encode(charset)).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DA\"\r\n\r\n"
            "此文档为“单个文件网页”,也称为“Web 档案”文件。\r\n\r\n------=_NextPart_01DA\r\n"
            "Content-Location: file:///C:/6AB1/plan.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Type: text/html; charset=\"{charset}\"\r\n\r\n{body}\r\n"
            "------=_NextPart_01DA\r\nContent-Location: file:///C:/6AB1/plan.files/image001.png\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n"
            "------=_NextPart_01DA--\r\n").encode("gb18030")


def test_a_single_file_web_page_named_doc_reads_as_its_page():
    for charset, meta in (("gb2312", True), ("utf-8", True), ("gb2312", False)):
        doc = load_bytes(_mht(PAGE, charset, meta), "方案.doc")
        assert doc.format == "mht", charset
        assert doc.text.startswith("某县科技创新行动方案") and "(牵头单位:县科技局)" in doc.text, (charset, meta)
        assert doc.encoding.lower().replace("-", "") in {"gb2312", "gb18030", "utf8"}, (charset, meta, doc.encoding)


def test_a_web_archive_without_a_page_is_refused_in_chinese():
    import pytest

    from kechuang.errors import KechuangError

    data = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
    with pytest.raises(KechuangError) as err:
        load_bytes(data, "方案.doc")
    assert err.value.code == "KC-TEXT-FORMAT" and "方案.doc" in err.value.message_zh and "网页" in err.value.message_zh


def test_a_damaged_rtf_or_wps_is_called_damaged_not_unsupported():
    """doc42 added .wps and .rtf to the formats read, but a file so named whose bytes are neither was told its format
    is not supported (不支持的文件格式(.rtf):请导入 ….rtf…): the message contradicted itself."""
    import pytest

    from kechuang.errors import KechuangError

    for name, kind in (("方案.rtf", "RTF 文件"), ("方案.wps", "Word 文档")):
        with pytest.raises(KechuangError) as err:
            load_bytes(b"\x00\x01garbage" * 50, name)
        message = err.value.message_zh
        assert err.value.code == "KC-TEXT-FORMAT" and "不支持" not in message, message
        assert f"扩展名是 {name[-4:]}" in message and kind in message and name in message, message


def test_an_office_file_of_another_kind_is_not_sent_to_the_word_converter(tmp_path, monkeypatch):
    """Every OLE2 container (.xls, .ppt, .msg… share it with .doc) was read as old Word: LibreOffice started for
    seconds, then the clerk was told the spreadsheet was a damaged Word file. Named for another program, it is an
    unsupported format at once; named .doc (or .wps, or with no suffix), it still goes to the Word filter."""
    import pytest

    from kechuang.errors import KechuangError

    calls = tmp_path / "calls"
    program = tmp_path / "soffice"
    program.write_text(f"#!/bin/sh\necho called >> {calls}\nexit 0\n", "utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("KECHUANG_SOFFICE", str(program))
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    for name in ("报表.xls", "汇报.ppt", "邮件.msg", "表格.et", "演示.dps"):
        with pytest.raises(KechuangError) as err:
            load_bytes(ole, name)
        assert err.value.code == "KC-TEXT-FORMAT" and "不支持的文件格式" in err.value.message_zh, name
    assert not calls.exists()
    for name in ("方案.doc", "方案.wps", "方案"):
        with pytest.raises(KechuangError) as err:
            load_bytes(ole, name)
        assert err.value.code == "KC-TEXT-DOC", name  # the stand-in wrote nothing: refused after the filter
    assert calls.read_text().count("called") == 3


def test_a_browser_web_archive_reads_as_its_page():
    """A browser's archive (Chrome 另存为 网页,单个文件) opens with From/Subject headers before MIME-Version."""
    data = _mht(PAGE, "utf-8").replace(b"MIME-Version: 1.0\r\n", b"From: <Saved by Blink>\r\nSubject: plan\r\n"
                                        b"Date: Mon, 7 Dec 2026 02:00:00 -0000\r\nMIME-Version: 1.0\r\n", 1)
    doc = load_bytes(data, "方案.doc")
    assert doc.format == "mht" and doc.text.startswith("某县科技创新行动方案")
