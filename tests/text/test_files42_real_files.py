"""Word files other programs wrote (tests/fixtures/files, sources and licences in its README.md): content controls,
text boxes and nested tables, each fault seen on files of two writers or more."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.text.load import load_bytes

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "files"


def lines_of(name: str) -> list[str]:
    return load_bytes((FILES / name).read_bytes(), name).text.splitlines()


# Content controls (w:sdt) at body level: their paragraphs were skipped. Word 2010 (apache/poi
# test-data/document/Bug55142.docx) and Word 2011 for Mac (apache/poi test-data/document/Bug54771a.docx).
@pytest.mark.parametrize(("name", "expected"), [
    ("word14_sdt_bug55142.docx", ["Rich-text1 abcdefghi", "Rich-text2 abcd efgh", "Plain-text1 abcdefg",
                                  "Rich-text4 abcdefg hijk", "Cell2: sdt_incell2 abcdefg"]),
    ("macword14_sdt_bug54771a.docx", ["Test", "Test Subtitle", "Test User"]),
    ("word16_textbox_sdt_60316.docx", ["Objective", "Experience", "Education"]),
])
def test_content_controls_are_read(name, expected):
    lines = lines_of(name)
    for line in expected:
        assert line in lines


def test_content_controls_keep_their_place():
    lines = lines_of("word14_sdt_bug55142.docx")
    assert lines.index("Rich-text1 abcdefghi") < lines.index("Rich-text4 abcdefg hijk") < lines.index(
        "Cell2: sdt_incell2 abcdefg")


def test_a_table_of_contents_stays_out():
    """A table of contents is a content control too (bokuweb/docx-rs fixtures/toc1/toc1.docx, Word 2016): its lines
    repeat the headings with page numbers, and stay unread as before."""
    lines = lines_of("word16_toc.docx")
    assert lines == ["第1章Hello", "第1節World", "第2節", "第2章こんにちは", "第1節世界"]


# Text boxes: Word 2010+ and WPS write a drawing twice (mc:Choice and a VML mc:Fallback); both were read, glued to
# the anchoring paragraph. bokuweb/docx-rs fixtures/textbox/textbox.docx (Word 2016), apache/poi
# test-data/document/bib-chernigovka.netdo.ru_download_docs_17459.docx and 60316.docx (Word 2016, other authors).
def test_a_text_box_is_read_once():
    assert lines_of("word16_textbox.docx") == ["Hello"]


# lo74_textbox_17459.docx is that file as LibreOffice 7.4 writes it (through .doc, the path kechuang's own .doc/.wps
# reading takes): the same mc:Choice/mc:Fallback pair.
@pytest.mark.parametrize("name", ["word16_textbox_17459.docx", "lo74_textbox_17459.docx"])
def test_a_text_box_is_a_line_of_its_own(name):
    lines = lines_of(name)
    title = "Календарь знаменательных и памятных дат на 2017 год."
    assert lines[:4] == ["МБУ «МЦБ»", "Большечерниговская районная библиотека", title, "2017"]
    assert sum(title in line for line in lines) == 1


def test_a_resume_text_box_is_read_once():
    lines = lines_of("word16_textbox_sdt_60316.docx")
    assert lines.count("Allison, Timothy B.") == 1
    assert not any(line.count("Allison, Timothy B.") > 1 for line in lines)


# Nested tables: the inner rows were read in the outer cell and again as rows of the outer table. apache/poi
# test-data/document/60329.docx (Word 2010) and bokuweb/docx-rs fixtures/nested_table/nested_table.docx (Word 2016).
# lo74_nested_60329.docx is 60329.docx as LibreOffice 7.4 writes it (through .odt).
def test_a_nested_table_is_read_once():
    assert lines_of("word16_nested_table.docx") == ["Hello"]


@pytest.mark.parametrize("name", ["word14_nested_60329.docx", "lo74_nested_60329.docx"])
def test_nested_tables_of_word_and_libreoffice_are_read_once(name):
    lines = lines_of(name)
    assert sum("Protocol No. (Document ID)" in line for line in lines) == 1
    assert lines[0] == ("Protocol No. (Document ID): A5346 (12028) Version No.: 1.0 Dated 06/22/2015 "
                        "LOA No.: LOA 1(10/08/2015)")
    assert sum(line.startswith("Study Design:") for line in lines) == 1


# What must not change: tracked deletions stay out (Word 2016 bokuweb/docx-rs del_in_ins, LibreOffice 6 history),
# WPS Office and Word for Mac files in Chinese read as before (lonlng/cdocx TestWord.docx,
# SilenceInsect/AIDocxWorkFlow v3.01_raw.docx).
def test_tracked_deletions_stay_out():
    assert lines_of("lo6_tracked_history.docx") == ["Warld"]
    assert "DelText" not in "\n".join(lines_of("word16_del_in_ins.docx"))


def test_chinese_files_of_wps_and_word_for_mac_read_as_before():
    lines = lines_of("wps_testword.docx")
    assert lines[:5] == ["标题1", "标题2", "标题3", "标题4", "标题5"]
    assert "插入分页符" in lines
    lines = lines_of("macword_requirements.docx")
    assert lines[0] == "游戏道具商城系统 — 需求文档 v3.01"
