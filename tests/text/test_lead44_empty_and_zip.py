"""Session 44: an empty file named for a binary format is told empty (not damaged), and the zip message lists the
formats from the one table (text/formats.py)."""

from __future__ import annotations

import io
import zipfile

import pytest

from kechuang.errors import KechuangError
from kechuang.text.formats import SHOWN, shown_list
from kechuang.text.load import EMPTY_TEXT, load_bytes, load_document


@pytest.mark.parametrize("name", ["方案.doc", "方案.docx", "方案.pdf", "方案.ofd", "方案.wps", "方案.rtf"])
@pytest.mark.parametrize("data", [b"", b"  \r\n\t "])
def test_an_empty_file_named_word_or_pdf_is_told_empty(name, data):
    with pytest.raises(KechuangError) as err:
        load_bytes(data, name)
    assert err.value.code == "KC-TEXT-EMPTY"
    assert err.value.message_zh.startswith(f"“{name}”是空文件") and "损坏" not in err.value.message_zh
    assert err.value.context["file"] == name


def test_an_empty_file_on_disk_is_told_empty(tmp_path):
    path = tmp_path / "任务分解.docx"
    path.write_bytes(b"")
    with pytest.raises(KechuangError) as err:
        load_document(path)
    assert err.value.code == "KC-TEXT-EMPTY" and "任务分解.docx" in err.value.message_zh


def test_an_empty_text_file_still_loads_with_its_warning():
    doc = load_bytes(b"", "方案.txt")
    assert doc.text == "" and doc.warnings == [EMPTY_TEXT]


def test_a_damaged_word_file_is_still_called_damaged():
    with pytest.raises(KechuangError) as err:
        load_bytes(b"not a word file", "方案.docx")
    assert err.value.code == "KC-TEXT-FORMAT" and "可能已损坏" in err.value.message_zh


def test_the_zip_message_lists_the_formats_of_the_table():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("方案.docx", b"x")
    with pytest.raises(KechuangError) as err:
        load_bytes(buffer.getvalue(), "方案.zip")
    assert err.value.code == "KC-TEXT-FORMAT" and "压缩包" in err.value.message_zh
    assert shown_list() in err.value.message_zh and all(s in err.value.message_zh for s in SHOWN)
