"""The one table of the file formats a plan may come in, by file name suffix.

Every place that names the formats reads it: the loader (``load.py``: how a suffix is read, the advice for a file
whose bytes are not what its name says, the list in the unsupported-format message), the command line (the suffixes a
folder is scanned for, ``--help``, the "no file found" message), the upload form (its label and ``accept=``) and the
web worker (which uploads are extracted in the background). A suffix added here is accepted everywhere at once.

Rows of format ``other`` are other programs' files (Excel, PowerPoint, Outlook, WPS 表格/演示…): refused at once as an
unsupported format, never sent to the Word filter (which would take seconds to refuse them); their Chinese name also
says what an Excel workbook named .doc really is (``ole.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileFormat:
    suffix: str  # lower case, with its dot; "" for a file without one
    format: str  # how load.py reads it: txt, html, docx, doc, rtf, pdf, ofd; "other": another program's file
    kind: str  # the Chinese name users read
    opener: str = ""  # the program to open it with (advice for a damaged or renamed file); "" for plain text
    libreoffice: bool = False  # converted to .docx by LibreOffice (legacy.py) before it is read
    background: bool = False  # the web platform extracts it in the background worker, whatever its size
    offered: bool = False  # accepted by the upload form and looked for when the command line scans a folder
    shown: bool = False  # named in the lists users read (one suffix a format)


def _read(suffix: str, fmt: str, kind: str, opener: str = "", *, offered: bool = True, shown: bool = False,
          background: bool | None = None) -> FileFormat:
    libreoffice = fmt in ("doc", "rtf")
    if background is None:
        background = fmt in ("docx", "doc", "rtf", "pdf", "ofd")  # a parse of seconds, or a LibreOffice run (~3 s)
    return FileFormat(suffix, fmt, kind, opener, libreoffice, background, offered, shown)


def _other(suffix: str, kind: str, opener: str) -> FileFormat:
    return FileFormat(suffix, "other", kind, opener)


WORD = "Word/WPS"
FORMATS: tuple[FileFormat, ...] = (
    _read(".txt", "txt", "文本文件", shown=True),
    _read(".text", "txt", "文本文件"),
    _read(".md", "txt", "文本文件", offered=False),
    _read("", "txt", "文本文件", offered=False),
    _read(".html", "html", "网页文件", shown=True),
    _read(".htm", "html", "网页文件"),
    _read(".shtml", "html", "网页文件"),
    *(_read(s, "html", "网页文件", offered=False) for s in (".xhtml", ".jsp", ".asp", ".aspx", ".php")),
    _read(".docx", "docx", "Word 文档", WORD, shown=True),
    _read(".docm", "docx", "Word 文档", WORD, offered=False),
    _read(".dotx", "docx", "Word 文档", WORD, offered=False),
    _read(".doc", "doc", "Word 文档", WORD, shown=True),
    _read(".wps", "doc", "Word 文档", WORD, shown=True),  # WPS 文字's files, in old Word's binary format
    _read(".rtf", "rtf", "RTF 文件", WORD, shown=True),
    _read(".pdf", "pdf", "PDF 文件", "PDF 阅读器", shown=True),
    _read(".ofd", "ofd", "OFD 文件", "OFD 阅读器", shown=True),
    *(_other(s, "Excel 表格", "Excel/WPS 表格") for s in (".xls", ".xlt", ".xlsx", ".xlsm")),
    *(_other(s, "WPS 表格", "WPS 表格") for s in (".et", ".ett")),
    *(_other(s, "PowerPoint 演示文稿", "PowerPoint/WPS 演示") for s in (".ppt", ".pps", ".pot", ".pptx")),
    *(_other(s, "WPS 演示文稿", "WPS 演示") for s in (".dps", ".dpt")),
    _other(".msg", "Outlook 邮件", "Outlook"),
    _other(".vsd", "Visio 绘图", "Visio"),
    _other(".pub", "Publisher 出版物", "Publisher"),
    _other(".msi", "Windows 安装程序", "Windows"),
    _other(".odt", "OpenDocument 文本", "LibreOffice/WPS"),
    _other(".ods", "OpenDocument 表格", "LibreOffice/WPS"),
)
BY_SUFFIX: dict[str, FileFormat] = {f.suffix: f for f in FORMATS}


def of_suffix(suffix: str) -> FileFormat | None:
    """The row of a suffix (any case), or None when the table does not know it."""
    return BY_SUFFIX.get(suffix.lower())


def suffixes(fmt: str) -> frozenset[str]:
    """The suffixes read as ``fmt`` (``other``: other programs' files)."""
    return frozenset(f.suffix for f in FORMATS if f.format == fmt)


OFFERED: tuple[str, ...] = tuple(f.suffix for f in FORMATS if f.offered)
SHOWN: tuple[str, ...] = tuple(f.suffix for f in FORMATS if f.shown)
BACKGROUND: tuple[str, ...] = tuple(f.suffix for f in FORMATS if f.background and f.suffix)
# a file so named whose bytes are not what its name says is called damaged or renamed, with the program to open it in
NAMED_BINARY: frozenset[str] = frozenset(f.suffix for f in FORMATS if f.format != "other" and f.opener)


def shown_list(separator: str = "、", last: str = " 或 ") -> str:
    """The shown suffixes for a sentence: ``.txt、.html、… 或 .ofd``."""
    return separator.join(SHOWN[:-1]) + last + SHOWN[-1]
