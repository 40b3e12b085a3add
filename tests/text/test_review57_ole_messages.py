"""review57 (session 43): the message for another program's file under a Word or other readable name reads well.

formats43 names an Excel workbook saved under a Word name at once (load._ole_format). Two inputs its tests did not
try read badly: bytes without a name (load_bytes(data), the API's pasted upload) printed “”实际是…, and a workbook
named .html printed (不是 网页文件), a space between two Chinese words; a space belongs only next to Latin letters
(不是 Word 文档, 不是 PDF 文件). And the open-password message named the Python package (kechuang 无法读取) to clerks
who know the platform as 科创; the loader's other messages say 无法读取 without naming a program of ours.
"""

from __future__ import annotations

import struct

import pytest

from kechuang.errors import KechuangError
from kechuang.text import ole
from kechuang.text.load import load_bytes


def _entry(name: str, child: int = 0xFFFFFFFF, kind: int = 2, right: int = 0xFFFFFFFF) -> bytes:
    raw = bytearray(128)
    encoded = name.encode("utf-16-le")
    raw[:len(encoded)] = encoded
    struct.pack_into("<HB", raw, 0x40, len(encoded) + 2, kind)
    struct.pack_into("<3I", raw, 0x44, 0xFFFFFFFF, right, child)
    return bytes(raw)


def compound_file(shift: int = 9, streams: tuple[str, ...] = ("Workbook",)) -> bytes:
    """A compound file whose directory (sector 1) holds a root and ``streams`` (an Excel ``Workbook``), each the
    right sibling of the one before; sector 0 the FAT."""
    size = 1 << shift
    header = bytearray(size)
    header[:8] = ole.MAGIC
    struct.pack_into("<HH", header, 0x1E, shift, 6)
    struct.pack_into("<III", header, 0x2C, 1, 1, 0)
    struct.pack_into("<IIII", header, 0x38, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<109I", header, 0x4C, 0, *[0xFFFFFFFF] * 108)
    fat = struct.pack(f"<{size // 4}I", 0xFFFFFFFD, 0xFFFFFFFE, *[0xFFFFFFFF] * (size // 4 - 2))
    entries = [_entry(name, right=i + 2 if i + 1 < len(streams) else 0xFFFFFFFF) for i, name in enumerate(streams)]
    directory = b"".join([_entry("Root Entry", child=1, kind=5), *entries]).ljust(size, b"\0")
    return bytes(header) + fat + directory


def _message(data: bytes, name: str) -> str:
    with pytest.raises(KechuangError) as err:
        load_bytes(data, name)
    assert err.value.code == "KC-TEXT-FORMAT"
    return err.value.message_zh


@pytest.mark.parametrize("shift", [9, 12], ids=["512-byte sectors", "4096-byte sectors (CFB v4)"])
def test_a_workbook_without_a_name_is_called_the_file(shift):
    message = _message(compound_file(shift), "")
    assert "“”" not in message
    assert message.startswith("文件实际是 Excel 表格(不是 Word 文档)")


def test_a_workbook_named_html_has_no_space_between_chinese_words():
    message = _message(compound_file(), "方案.html")
    assert "(不是网页文件)" in message and "不是 网页文件" not in message


@pytest.mark.parametrize("name, said", [("方案.doc", "(不是 Word 文档)"), ("方案.pdf", "(不是 PDF 文件)"),
                                        ("方案.txt", "(不是 Word 文档)")])
def test_a_space_still_stands_before_latin_letters(name, said):
    assert f"“{name}”实际是 Excel 表格{said}:请用 Excel/WPS 表格打开确认" in _message(compound_file(), name)


def test_the_open_password_message_names_no_program_of_ours():
    with pytest.raises(KechuangError) as err:
        load_bytes(compound_file(streams=("EncryptionInfo", "EncryptedPackage")), "加密方案.docx")
    assert err.value.code == "KC-TEXT-ENCRYPTED"
    assert "kechuang" not in err.value.message_zh.lower()
    assert err.value.message_zh.startswith("文档设有打开密码,无法读取:请在 Word/WPS 中取消密码")


@pytest.mark.parametrize("suffix, kind, opener", [(".pdf", "PDF 文件", "PDF 阅读器"), (".ofd", "OFD 文件", "OFD 阅读器"),
                                                  (".doc", "Word 文档", "Word/WPS"), (".rtf", "RTF 文件", "Word/WPS")])
def test_a_damaged_file_message_spaces_latin_letters_only(suffix, kind, opener):
    """formats43 moved the damaged-or-renamed message to the table's rows, whose names end in Chinese (PDF 阅读器):
    it printed 请用 PDF 阅读器 打开 and 有效的PDF 文件. A space stands beside Latin letters, none between Chinese words."""
    message = _message(b"\x00\x01garbage" * 50, f"方案{suffix}")
    gap = " " if opener[-1].isascii() else ""
    assert f"“方案{suffix}”的扩展名是 {suffix},但内容不是有效的 {kind}(可能已损坏或被改了扩展名):" \
           f"请用 {opener}{gap}打开确认后重新保存,再上传" == message
