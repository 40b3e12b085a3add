"""Load a document from a path, bytes or str into normalised text."""

from __future__ import annotations

import errno
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.text.decode import decode_bytes
from kechuang.text.formats import BY_SUFFIX, NAMED_BINARY, of_suffix, shown_list, suffixes
from kechuang.text.limits import MAX_INFLATED, MAX_RATIO, InflateLimit
from kechuang.text.mht import is_mht
from kechuang.text.normalise import normalise

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = suffixes("txt")
EMPTY_TEXT = "文件没有可读的文字内容"
# Files of other programs (Excel, PowerPoint, Outlook, WPS 表格/演示, Visio, installers; many in old Word's container):
# not sent to the Word filter, which would take seconds to refuse them
OTHER_SUFFIXES = suffixes("other")
HTML_SUFFIXES = suffixes("html")
ENCRYPTED_WORD = "文档设有打开密码,无法读取:请在 Word/WPS 中取消密码后重新保存再上传"


@dataclass
class Document:
    """A loaded document: its normalised text and where it came from."""

    text: str
    name: str = ""
    format: str = "txt"
    encoding: str = ""
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)


def _sniff_format(data: bytes, suffix: str, name: str) -> str:
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()  # (a UTF-8 byte order mark before <html: rev55)
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if _holds(data, "OFD.xml"):
            return "ofd"  # an OFD (GB/T 33190) is known by its entry file, whatever its name
        if suffix in suffixes("docx") | {""} or _holds(data, "word/document.xml"):
            return "docx"  # a Word file renamed (.txt, .zip, .ofd) is still read as the Word file it is
        if suffix == ".ofd":
            return "ofd"  # (read as an OFD, whose reader says what it lacks)
        # another program's package (or a .wps that is no Word file, which WPS Office reads): not a zip of plans
        return "unknown" if suffix in OTHER_SUFFIXES or suffix == ".wps" else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE2 container of old Word, and of other programs' files
        return "unknown" if suffix in OTHER_SUFFIXES else _ole_format(data, suffix, name)
    if is_mht(head):
        return "mht"  # a single-file web page, often named .doc (Word's 另存为单个文件网页)
    if suffix in HTML_SUFFIXES or head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return "unknown"


def _ole_format(data: bytes, suffix: str, name: str) -> str:
    """An OLE2 container not named for another program: read as old Word, unless its directory says it is another
    program's file (an Excel workbook named .doc) or a Word file with an open password, which the Word filter would
    call damaged after seconds."""
    from kechuang.text.ole import ENCRYPTED, WORD, ole_content

    content = ole_content(data)
    if content == ENCRYPTED:
        raise KechuangError("KC-TEXT-ENCRYPTED", ENCRYPTED_WORD, file=name)
    other = BY_SUFFIX.get(content) if content and content != WORD else None
    if other is not None and other.format == "other":
        named = of_suffix(suffix)
        said = named.kind if named is not None and named.format != "txt" else "Word 文档"
        who = f"“{name}”" if name else "文件"  # (bytes without a name: the API's upload)
        raise KechuangError("KC-TEXT-FORMAT",
                            f"{_spaced(f'{who}实际是', other.kind, '')}{_spaced('(不是', said, '):')}"
                            f"{_spaced('请用', other.opener, '打开确认')},"
                            "将方案正文另存为或复制到 Word 文档(.docx)后再上传",
                            file=name)
    return "doc"


def _spaced(before: str, word: str, after: str) -> str:
    """``word`` between Chinese words, a space on a side where it starts or ends with a Latin letter or digit:
    请用 Excel/WPS 表格打开, 不是 Word 文档, 不是网页文件, 请用 PDF 阅读器打开."""
    left = " " if before and word[:1].isascii() and word[:1].isalnum() and not before[-1].isascii() else ""
    right = " " if after and word[-1:].isascii() and word[-1:].isalnum() and not after[0].isascii() else ""
    return f"{before}{left}{word}{right}{after}"


def _holds(data: bytes, member: str) -> bool:
    """Whether a zip package holds ``member`` (a Word body, an OFD's entry file), read from its central directory."""
    import zipfile
    from io import BytesIO

    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            return member in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _os_reason(exc: OSError) -> str:
    reasons = {errno.ENOENT: "文件不存在", errno.EACCES: "没有读取权限", errno.EISDIR: "这是文件夹而不是文件",
               errno.EPERM: "没有读取权限"}
    return reasons.get(exc.errno, exc.strerror or str(exc))


def _check_size(size: int, name: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise KechuangError("KC-TEXT-TOO-LARGE",
                            f"文件过大({size / 1048576:.1f} MB),超过上限 {max_bytes / 1048576:.0f} MB;"
                            "方案文件通常不超过几 MB,请确认文件是否正确(命令行可用 --max-mb 调整上限)",
                            file=name)


def load_bytes(data: bytes, name: str = "", max_bytes: int = MAX_BYTES, max_inflated: int = MAX_INFLATED,
               max_ratio: float = MAX_RATIO) -> Document:
    """``max_inflated`` (bytes) and ``max_ratio`` bound what a .docx or PDF may inflate to (kechuang.text.limits)."""
    suffix = Path(name).suffix.lower()
    _check_size(len(data), name, max_bytes)
    fmt = _sniff_format(data, suffix, name)
    encoding = ""
    if fmt == "txt":
        raw, encoding = decode_bytes(data, name)
    elif fmt == "html":
        from kechuang.text.html import html_to_text
        raw, encoding = html_to_text(data, name)
    elif fmt == "docx":
        from kechuang.text.docx import docx_to_text
        raw = docx_to_text(data, name, InflateLimit(max_inflated, max_ratio))
    elif fmt == "pdf":
        from kechuang.text.pdf import pdf_to_text
        raw = pdf_to_text(data, name, InflateLimit(max_inflated, max_ratio))
    elif fmt == "ofd":
        from kechuang.text.ofd import ofd_to_text
        raw = ofd_to_text(data, name, InflateLimit(max_inflated, max_ratio))
    elif fmt == "mht":
        from kechuang.text.html import html_to_text
        from kechuang.text.mht import mht_page
        page, charset = mht_page(data, name)
        raw, encoding = html_to_text(page, name)
        encoding = charset if isinstance(page, str) else encoding  # (a page decoded by its part's charset)
    elif fmt in ("doc", "rtf"):
        from kechuang.text.legacy import legacy_to_text
        raw = legacy_to_text(data, fmt, name, InflateLimit(max_inflated, max_ratio))
    elif fmt == "zip":
        raise KechuangError("KC-TEXT-FORMAT",
                            f"这是压缩包而不是 Word 或 OFD 文件:请解压后导入其中的 {shown_list()} 文件",
                            file=name)
    elif suffix in NAMED_BINARY and not data.strip():  # (a copy or an upload cut off before its first byte)
        raise KechuangError("KC-TEXT-EMPTY",
                            f"“{name}”是空文件,没有任何内容(可能在保存、复制或下载时中断):请重新保存或下载后再上传",
                            file=name)
    elif suffix in NAMED_BINARY:  # the name says Word, RTF, PDF or OFD, the bytes do not: damaged or renamed
        named = BY_SUFFIX[suffix]
        raise KechuangError("KC-TEXT-FORMAT",
                            f"“{name}”的扩展名是 {suffix},但{_spaced('内容不是有效的', named.kind, '(可能已损坏')}"
                            f"或被改了扩展名):{_spaced('请用', named.opener, '打开确认后重新保存')},再上传",
                            file=name)
    else:
        raise KechuangError("KC-TEXT-FORMAT", f"不支持的文件格式({suffix or fmt}):请导入 {shown_list()} 文件",
                            file=name)
    doc = Document(text=normalise(raw), name=name, format=fmt, encoding=encoding,
                   sha256=hashlib.sha256(data).hexdigest())
    if not doc.text.strip():
        doc.warnings.append(EMPTY_TEXT)
    return doc


def _is_file(source: str) -> bool:
    """Whether a one-line string names an existing file: a pasted sentence longer than a file name may be (255
    bytes: 86 Chinese characters) is text, not a path the system refuses (OSError: File name too long)."""
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def load_document(source: str | bytes | Path, name: str = "", max_bytes: int = MAX_BYTES,
                  max_inflated: int = MAX_INFLATED, max_ratio: float = MAX_RATIO) -> Document:
    """``source`` is a path (str or Path to an existing file), raw bytes, or the text itself."""
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and len(source) < 4096
                                    and _is_file(source)):
        path = Path(source)
        try:
            _check_size(path.stat().st_size, name or str(path), max_bytes)
            data = path.read_bytes()
        except OSError as exc:
            raise KechuangError("KC-TEXT-READ", f"无法读取文件:{_os_reason(exc)}", file=str(path)) from exc
        return load_bytes(data, name or str(path), max_bytes, max_inflated, max_ratio)
    if isinstance(source, bytes):
        return load_bytes(source, name, max_bytes, max_inflated, max_ratio)
    text = str(source)
    return Document(text=normalise(text), name=name, format="txt", encoding="str",
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
