"""Encodings: UTF-8 (with and without BOM), GB18030/GBK, UTF-16 (with and without BOM); never mojibake."""

from __future__ import annotations

import codecs

import pytest

from kechuang.errors import KechuangError
from kechuang.text.decode import decode_bytes
from kechuang.text.load import load_bytes

TEXT = "灵寿县县域科技创新跃升计划工作方案\n一、指导思想\n2022年度,高新技术企业达到30家。(牵头单位:县科技局)\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "utf16le", "utf16be", "utf16be-bom"])
def test_detects_encoding(data):
    text, _ = decode_bytes(data, "plan.txt")
    assert text.lstrip("\ufeff") == TEXT


def test_gbk_only_characters_in_a_page_declared_gb2312():
    text = "镕基:堃、喆、玥 科技局"  # characters outside GB2312
    assert decode_bytes(text.encode("gb18030"), "p.html", declared="gb2312")[0] == text


def test_full_width_forms_and_stray_spaces_are_normalised():
    doc = load_bytes("（一）加强  组织 领导。\u3000ＡＢＣ１２３：".encode(), "a.txt")
    assert doc.text == "(一)加强组织领导。 ABC123:"


def test_binary_garbage_named_txt_is_refused():
    import random
    rng = random.Random(1)
    data = bytes(rng.randrange(256) for _ in range(5000))
    with pytest.raises(KechuangError) as err:
        load_bytes(data, "garbage.txt")
    assert err.value.code == "KC-TEXT-ENCODING"
    assert "garbage.txt" in str(err.value)


@pytest.mark.parametrize(("name", "kind"), [("方案.docx", "Word 文档"), ("方案.pdf", "PDF 文件")])
def test_bytes_that_are_not_what_the_name_says_are_called_damaged_not_unsupported(name, kind):
    """A binary renamed .docx was told "不支持的文件格式(.docx):请导入 … .docx …", which contradicts itself."""
    with pytest.raises(KechuangError) as err:
        load_bytes(b"\x00\x01garbage" * 100, name)
    assert err.value.code == "KC-TEXT-FORMAT" and name in err.value.message_zh
    assert f"内容不是有效的 {kind}" in err.value.message_zh and "不支持" not in err.value.message_zh


def test_control_characters_are_dropped_and_form_feeds_break_lines():
    doc = load_bytes("某县科技创新方案\x0c一、目标\x00\x07\x1b\n到2025年,高新技术企业达到30家。\x7f".encode(), "c.txt")
    assert doc.text == "某县科技创新方案\n一、目标\n到2025年,高新技术企业达到30家。"
