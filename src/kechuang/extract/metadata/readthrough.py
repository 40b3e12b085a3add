"""Fields read through a mirror's phonetic readings.

Mirrors that convert a page to traditional characters print a reading after many characters (開發(fā)區(qū),
發(fā)文字號:內(nèi)政〔2024〕13號). The readers take most fields through them, but a field whose every clue carries a
reading can be lost (a 批复's title over two lines, a 文号 under a label the readers do not know in that form). The
page read without its readings gives the field; it is then printed as the page prints it, inner readings kept, a
trailing one kept for a title or a basis and left out for a 文号, a place or a body (openings/DECISIONS.md).
Only fields the page read as printed left empty are filled, so a page's readings never change a field read already.
"""

from __future__ import annotations

from collections.abc import Callable

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.common import unread
from kechuang.extract.metadata.region import is_national, region_of
from kechuang.extract.model import DocumentInfo
from kechuang.text.readings import READING


def printed_through(text: str, value: str, *, trailing: bool) -> str | None:
    """``value``, found in ``text`` read without its readings and its line breaks, as ``text`` prints it (None when
    it is not there)."""
    plain, pos = unread(text)
    if pos is None:
        return value if value in text else None
    keep = [k for k, c in enumerate(plain) if not c.isspace()]
    target = "".join(value.split())
    at = "".join(plain[k] for k in keep).find(target) if target else -1
    if at < 0:
        return None
    out, i, last = [], at, at + len(target) - 1
    for c in value:
        if c.isspace():
            out.append(c)
            continue
        k = keep[i]
        out.append(text[pos[k]:pos[k] + 1 if i == last and not trailing else pos[k + 1]])
        i += 1
    return "".join(out)


Extract = Callable[..., tuple[DocumentInfo, object, list[str]]]  # ``extract_document``


def through_readings(info: DocumentInfo, text: str, extract: Extract) -> DocumentInfo:
    """``info`` with its empty title, 文号, issuers and region taken from ``text`` read without its readings."""
    if (info.title and info.doc_number and info.issuer and info.region) or "(" not in text \
            or not READING.search(text):
        return info
    plain = READING.sub("", text)
    other = extract(split_lines(plain), plain, fields_only=True)[0]  # the four fields below alone
    for name, trailing in (("title", True), ("doc_number", False), ("region", False)):
        value = getattr(other, name)
        if not getattr(info, name) and value:
            setattr(info, name, printed_through(text, value, trailing=trailing))
    # bodies only as the document's own title names them, each with its place or the state's (國務院關于…的批复):
    # a title's placeless 省政府 signs in full elsewhere, and glued signatures stay unread
    named = [org for org in other.issuer if org in (other.title or "") and (region_of(org) or is_national(org))]
    if not info.issuer and named and len(named) == len(other.issuer):
        printed = [printed_through(text, org, trailing=False) for org in named]
        info.issuer = [p for p in printed if p] if all(printed) else []
    return info
