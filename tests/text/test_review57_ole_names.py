"""review57 (session 43): the OLE2 directory's names are compared case-insensitively, as [MS-CFB] compares them.

formats43's reader (ole.py) looked the streams up as printed (``Workbook``, ``EncryptedPackage``); [MS-CFB] 2.6.4
orders and finds directory entries by their upper-case names, and readers (olefile) find them case-insensitively, so
a writer may print ``WORKBOOK``. Such a file went to LibreOffice as before (seconds, then "damaged").
"""

from __future__ import annotations

import pytest

from kechuang.errors import KechuangError
from kechuang.text import ole
from kechuang.text.load import load_bytes
from tests.text.test_review57_ole_messages import compound_file


@pytest.mark.parametrize("streams, content", [(("WORKBOOK",), ".xls"), (("book",), ".xls"),
                                              (("POWERPOINT DOCUMENT",), ".ppt"),
                                              (("ENCRYPTIONINFO", "encryptedpackage"), ole.ENCRYPTED),
                                              (("Workbook",), ".xls"), (("Root Entry",), None), (("Sheet",), None)])
def test_directory_names_are_found_whatever_their_case(streams, content):
    assert ole.ole_content(compound_file(streams=streams)) == content


def test_a_workbook_printed_in_capitals_named_doc_is_called_a_workbook():
    with pytest.raises(KechuangError) as err:
        load_bytes(compound_file(streams=("WORKBOOK",)), "任务表.doc")
    assert err.value.message_zh.startswith("“任务表.doc”实际是 Excel 表格(不是 Word 文档)")
