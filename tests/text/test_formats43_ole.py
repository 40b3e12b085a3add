"""Files clerks really send under a Word name: an Excel workbook saved as .doc, a Word file with an open password.

Both are OLE2 containers like old Word's, so both went to the Word filter: seconds of LibreOffice, then "the .doc is
damaged; open it in Word/WPS". The container's directory says what the file is (ole.py): the clerk is told at once.
"""

from __future__ import annotations

import io
import struct

import pytest

from kechuang.errors import KechuangError
from kechuang.text import ole
from kechuang.text.load import ENCRYPTED_WORD, load_bytes
from tests.text.docs_builders import build_docx, build_encrypted_doc, build_legacy, build_xls, encrypt_docx, lines_html
from tests.text.test_rev55_legacy_process import recorded_conversions
from tests.timing import assert_under

ROWS = [["序号", "重点任务", "牵头单位"], ["1", "培育科技型中小企业100家", "县科技局"]]
PLAN = [(None, "某县科技创新行动方案"), (0, "重点任务"), (1, "培育科技型中小企业100家。(牵头单位:县科技局)")]


@pytest.fixture(scope="module")
def xls() -> bytes:
    return build_xls(ROWS)


@pytest.fixture(scope="module", params=[1, 300], ids=["small", "large"])
def legacy_doc(request) -> bytes:
    """A .doc whose WordDocument stream is small (in the mini stream) or large (in the file's own sectors)."""
    tasks = [f"{n}. 培育科技型中小企业{n}家,建设研发平台。" for n in range(1, request.param + 1)]
    return build_legacy(lines_html(["某县科技创新行动方案", "一、重点任务", *tasks]), "doc")


def _refused(data: bytes, name: str, monkeypatch) -> KechuangError:
    conversions = recorded_conversions(monkeypatch)
    with pytest.raises(KechuangError) as err:
        load_bytes(data, name)
    assert conversions == [], name  # told at once: LibreOffice never started
    return err.value


def test_an_excel_workbook_named_doc_is_called_a_workbook(xls, monkeypatch):
    assert ole.ole_content(xls) == ".xls"
    error = _refused(xls, "任务分解表.doc", monkeypatch)
    assert error.code == "KC-TEXT-FORMAT", error.message_zh
    assert error.message_zh.startswith("“任务分解表.doc”实际是 Excel 表格(不是 Word 文档):"), error.message_zh
    assert "请用 Excel/WPS 表格打开确认" in error.message_zh and ".docx" in error.message_zh
    assert "损坏" not in error.message_zh


@pytest.mark.parametrize("name", ["任务分解表.wps", "任务分解表.docx", "任务分解表"])
def test_a_workbook_under_any_word_name_or_none_is_called_a_workbook(xls, name, monkeypatch):
    error = _refused(xls, name, monkeypatch)
    assert "实际是 Excel 表格(不是 Word 文档)" in error.message_zh, error.message_zh


def test_a_workbook_named_xls_is_still_an_unsupported_format(xls, monkeypatch):
    error = _refused(xls, "任务分解表.xls", monkeypatch)
    assert error.code == "KC-TEXT-FORMAT" and error.message_zh.startswith("不支持的文件格式(.xls)")


@pytest.mark.parametrize("name", ["方案.docx", "方案.doc", "方案"])
def test_a_word_file_with_an_open_password_is_told_so_at_once(name, monkeypatch):
    data = encrypt_docx(build_docx(PLAN))
    assert data.startswith(ole.MAGIC) and ole.ole_content(data) == ole.ENCRYPTED
    error = _refused(data, name, monkeypatch)
    assert error.code == "KC-TEXT-ENCRYPTED" and error.context["file"] == name
    assert error.message_zh == "文档设有打开密码,无法读取:请在 Word/WPS 中取消密码后重新保存再上传"
    assert error.message_zh == ENCRYPTED_WORD
    assert_under(lambda: ole.ole_content(data), 0.05, "the directory alone is read")


def _word_stream_flags_at(data: bytes) -> int:
    """Where the FIB's flags (offset 0x0A of the WordDocument stream) lie in a LibreOffice .doc."""
    container = ole.Container(data)
    entries = container.top_entries()
    at = container.stream_at(*entries["WORDDOCUMENT"], entries[ole.ROOT])
    assert at > 0 and struct.unpack_from("<H", data, at)[0] == ole.WORD_IDENT
    return at + 0x0A


def test_an_old_word_file_with_an_open_password_is_told_so_at_once(monkeypatch):
    data = build_encrypted_doc(lines_html(["某县科技创新行动方案", "一、重点任务"]))
    import msoffcrypto  # (a test dependency: another reader confirms the file is a real encrypted .doc)

    assert msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted()
    assert ole.ole_content(data) == ole.ENCRYPTED
    for name in ("旧方案.doc", "旧方案.wps"):
        error = _refused(data, name, monkeypatch)
        assert error.code == "KC-TEXT-ENCRYPTED" and error.message_zh == ENCRYPTED_WORD


def test_an_old_word_file_with_its_encryption_flag_set_is_told_so(legacy_doc, monkeypatch):
    """The flag [MS-DOC] sets for an encrypted .doc (FibBase fEncrypted) is what is read, in a small .doc (its
    WordDocument stream in the mini stream) and a large one (in the file's own sectors)."""
    assert ole.ole_content(legacy_doc) == ole.WORD
    at = _word_stream_flags_at(legacy_doc)
    flags = struct.unpack_from("<H", legacy_doc, at)[0]
    encrypted = legacy_doc[:at] + struct.pack("<H", flags | ole.WORD_ENCRYPTED) + legacy_doc[at + 2:]
    error = _refused(encrypted, "旧方案.doc", monkeypatch)
    assert error.code == "KC-TEXT-ENCRYPTED" and error.message_zh == ENCRYPTED_WORD


def test_a_plain_old_word_file_still_reads(legacy_doc):
    doc = load_bytes(legacy_doc, "旧方案.doc")
    assert doc.format == "doc" and doc.text.startswith("某县科技创新行动方案")


def _container(sectors: int, fat_next, dir_start: int, entry: bytes = b"\0" * 128, difat_start: int = 0xFFFFFFFE,
               shift: int = 9) -> bytes:
    """A compound file of ``sectors`` sectors: the FAT in the first ones (``fat_next(i)`` the next of sector i),
    every other sector filled with copies of ``entry``."""
    size = 1 << shift
    per = size // 4
    fat_count = -(-sectors // per)
    assert fat_count <= 109
    header = bytearray(size)
    header[:8] = ole.MAGIC
    struct.pack_into("<HH", header, 0x1E, shift, 6)
    struct.pack_into("<III", header, 0x2C, fat_count, dir_start, 0)
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<III", header, 0x3C, 0xFFFFFFFE, 0, difat_start)
    struct.pack_into("<I", header, 0x48, 0 if difat_start >= 0xFFFFFFFA else 1)
    difat = list(range(fat_count)) + [0xFFFFFFFF] * (109 - fat_count)
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = struct.pack(f"<{fat_count * per}I", *(fat_next(i) for i in range(fat_count * per)))
    body = entry * (size // 128)
    return bytes(header) + fat + body * (sectors - fat_count)


def test_a_hostile_directory_costs_milliseconds_and_keeps_the_old_reading(monkeypatch):
    """Chains through every sector, an entry tree that walks on, a DIFAT that loops and sector numbers past the end:
    every walk is capped, and a directory naming nothing known is read as Word, as before."""
    name = "Workbook".encode("utf-16-le")
    # every entry a "Workbook" whose siblings are the next entries: a tree of thousands, a chain of every sector
    walking = bytearray(128)
    walking[:len(name)] = name
    struct.pack_into("<H", walking, 0x40, len(name) + 2)
    struct.pack_into("<3I", walking, 0x44, 1, 2, 1)
    chained = _container(109 * 128, lambda i: i + 1, 109, bytes(walking))
    assert len(chained) > 7_000_000
    assert assert_under(lambda: ole.ole_content(chained), 0.5, "a directory through every sector") == ".xls"
    looping = _container(300, lambda i: i, 3, difat_start=3)  # each sector its own next; the DIFAT its own too
    assert assert_under(lambda: ole.ole_content(looping), 0.05, "loops") is None
    past_end = _container(300, lambda i: 10 ** 9, 10 ** 9)
    assert ole.ole_content(past_end) is None
    assert ole.ole_content(chained[:1000]) is None  # cut short
    assert ole.ole_content(ole.MAGIC + b"\0" * 600) is None  # the sector size unset
    bad_shift = bytearray(chained[:4096])
    struct.pack_into("<H", bad_shift, 0x1E, 30)
    assert ole.ole_content(bytes(bad_shift)) is None
