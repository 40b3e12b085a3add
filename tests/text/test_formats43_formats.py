"""One table of the formats a plan may come in (kechuang.text.formats): every place that names them agrees.

Before it, the formats were listed in six places (the loader's suffix sets, its advice table and its unsupported-format
message; the command line's folder scan, --help and "no file found" message; the upload form; the background worker's
list) that had already drifted: the form accepted no .text/.shtml the command line scanned for.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kechuang.cli import build_parser
from kechuang.cli import extract as cli_extract
from kechuang.errors import KechuangError
from kechuang.text import formats
from kechuang.text.load import load_bytes
from tests.text.docs_builders import build_docx, build_legacy, build_ofd, build_pdf, lines_html

SRC = Path(__file__).resolve().parent.parent.parent / "src" / "kechuang"
LINES = ["某县科技创新行动方案", "一、重点任务", "培育科技型中小企业100家。"]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    """A file of each format the loader reads, as its program writes it."""
    html = lines_html(LINES)
    return {"txt": "\n".join(LINES).encode("utf-8"), "html": html.encode("utf-8"),
            "docx": build_docx([(None, line) for line in LINES]), "doc": build_legacy(html, "doc"),
            "rtf": build_legacy(html, "rtf"), "pdf": build_pdf([LINES]), "ofd": build_ofd([LINES])}


def test_every_suffix_offered_loads_as_its_row_says(samples):
    """What the upload form accepts and the command line scans a folder for, each read as the table's format."""
    assert formats.OFFERED and set(formats.SHOWN) <= set(formats.OFFERED)
    for suffix in formats.OFFERED:
        row = formats.of_suffix(suffix)
        doc = load_bytes(samples[row.format], f"方案{suffix}")
        assert doc.format == row.format and "某县科技创新行动方案" in doc.text, suffix


def test_the_table_is_one_row_a_suffix_and_its_flags_agree():
    assert len(formats.BY_SUFFIX) == len(formats.FORMATS)
    for row in formats.FORMATS:
        assert row.suffix == row.suffix.lower() and (row.suffix == "" or row.suffix.startswith("."))
        assert row.kind and (row.opener or row.format in ("txt", "html")), row
        assert row.libreoffice == (row.format in ("doc", "rtf")), row  # legacy.KINDS converts exactly these
        assert not (row.format == "other" and (row.offered or row.background or row.shown)), row
        assert not row.libreoffice or row.background, row  # a conversion of seconds never runs in a request


def test_the_command_line_scans_for_the_offered_suffixes_and_names_the_shown(tmp_path, capsys):
    assert set(formats.OFFERED) == cli_extract.DOC_SUFFIXES
    for row in formats.FORMATS:
        if row.suffix:
            (tmp_path / f"f{row.suffix}").write_bytes(b"x")
    assert {p.suffix for p in cli_extract.collect([str(tmp_path)])} == set(formats.OFFERED)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["extract", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "(.txt/.html/.docx/.pdf/.ofd,以及经 LibreOffice 转换的 .doc/.wps/.rtf;" in help_text, help_text
    (tmp_path / "empty").mkdir()
    with pytest.raises(KechuangError) as err:
        cli_extract.run(build_parser().parse_args(["extract", str(tmp_path / "empty")]))
    assert err.value.message_zh == f"没有找到可处理的方案文件(支持 {' '.join(formats.SHOWN)})"
    assert err.value.message_zh == "没有找到可处理的方案文件(支持 .txt .html .docx .doc .wps .rtf .pdf .ofd)"


def test_a_file_named_for_a_read_format_whose_bytes_are_not_is_called_damaged_with_its_program():
    for suffix in sorted(formats.NAMED_BINARY):
        row = formats.of_suffix(suffix)
        with pytest.raises(KechuangError) as err:
            load_bytes(b"\x00\x01garbage" * 50, f"方案{suffix}")
        message = err.value.message_zh
        gap = " " if row.opener[-1].isascii() else ""  # (请用 Word/WPS 打开, 请用 PDF 阅读器打开)
        assert f"扩展名是 {suffix}" in message and row.kind in message and f"请用 {row.opener}{gap}打开" in message, message
        assert "不支持" not in message


def test_another_programs_file_is_unsupported_at_once_and_the_message_lists_the_shown_formats(monkeypatch):
    from tests.text.test_rev55_legacy_process import recorded_conversions

    conversions = recorded_conversions(monkeypatch)
    listed = "、".join(formats.SHOWN[:-1]) + " 或 " + formats.SHOWN[-1]
    for suffix in sorted(formats.suffixes("other")):
        for data in (OLE, b"PK\x03\x04" + b"\0" * 100, b"\x00\x01garbage" * 50):
            with pytest.raises(KechuangError) as err:
                load_bytes(data, f"表{suffix}")
            assert err.value.message_zh == f"不支持的文件格式({suffix}):请导入 {listed} 文件", (suffix, data[:4])
    assert conversions == []


def test_the_text_package_imports_neither_the_web_nor_the_extractor():
    for path in (SRC / "text").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(("kechuang.web", "kechuang.extract")) for n in names), (path, names)
