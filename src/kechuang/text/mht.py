"""A single-file web page (MHTML: Word's 另存为单个文件网页, a browser's 网页存档) to the HTML page it holds.

County sites often publish such a file under the name .doc (Word opens it as a document); it is a MIME message whose
first ``text/html`` part is the page, quoted-printable or base64, the pictures in the parts after it.
"""

from __future__ import annotations

from email import message_from_bytes, policy

from kechuang.errors import KechuangError


def is_mht(head: bytes) -> bool:
    """Whether a file's first bytes (stripped) open a MIME web archive: mail headers (Word's start with
    MIME-Version, a browser's with From/Subject), a MIME-Version among them and a multipart/related body."""
    lower = head[:1024].lower()
    return lower.startswith((b"mime-version:", b"from:", b"subject:", b"date:", b"content-type:")) \
        and b"mime-version:" in lower and b"multipart/related" in lower


def mht_page(data: bytes, name: str = "") -> tuple[bytes | str, str]:
    """The archive's page and its part's charset: the page's bytes when it names its charset in a <meta> (read as
    any page), else its text decoded by the charset of its part."""
    from kechuang.text.html import sniff_charset

    message = message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            page = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or ""
            if sniff_charset(page) or not charset:
                return page, charset
            try:
                return page.decode(charset, errors="replace"), charset
            except LookupError:
                return page, charset
    raise KechuangError("KC-TEXT-FORMAT", f"“{name}”是网页存档(MHT)文件,但其中没有网页内容:"
                        "请用 Word/WPS 或浏览器打开后另存为 .docx 或 .html 再导入", file=name)
