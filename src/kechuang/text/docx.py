"""Word (.docx) documents to text, with Word's automatic list numbering materialised and tables read
row by row (a 任务分解 table becomes one numbered task line per row)."""

from __future__ import annotations

import io
import re

from kechuang.errors import KechuangError
from kechuang.text.limits import DEFAULT_LIMIT, InflateLimit, check_package
from kechuang.text.numerals import format_chinese
from kechuang.text.tables import task_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_BOX = W + "txbxContent"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A run's text and what stands for its tabs and breaks (w:t is read from the element)
_RUN_TEXT = {W + "t": None, W + "tab": " ", W + "br": "\n", W + "cr": "\n"}



def check_zip(data: bytes, name: str, limit: InflateLimit = DEFAULT_LIMIT) -> None:
    """Refuse a corrupt .docx or a zip bomb before any XML is parsed (kechuang.text.limits.check_package)."""
    check_package(
        data, name, limit, "word/document.xml",
        KechuangError("KC-TEXT-DOCX", "不是有效的 Word(.docx)文件:缺少正文部分", file=name),
        KechuangError("KC-TEXT-DOCX", "Word(.docx)文件已损坏或不是 .docx 文件,请用 Word/WPS 重新另存为 .docx",
                      file=name))


def _format_counter(value: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return format_chinese(value)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + value - 1) if 1 <= value <= 20 else str(value)
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        text = romans[value - 1] if 1 <= value <= 12 else str(value)
        return text.upper() if fmt == "upperRoman" else text
    if fmt in ("bullet", "none"):
        return ""
    return str(value)


class _Numbering:
    """Counters for Word list numbering (w:num → w:abstractNum → w:lvl)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, dict]] = {}
        self.num_to_abstract: dict[str, str] = {}
        self.start_override: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numpr: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        if numbering is not None:
            self._read(numbering)
        self._read_styles(document)

    def _read(self, numbering) -> None:
        for abstract in numbering.iter(W + "abstractNum"):
            aid = abstract.get(W + "abstractNumId")
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                start = lvl.find(W + "start")
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                levels[ilvl] = {
                    "start": int(start.get(W + "val", "1")) if start is not None else 1,
                    "fmt": fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    "text": text.get(W + "val", "") if text is not None else "",
                }
            self.levels[aid] = levels
        for num in numbering.iter(W + "num"):
            nid = num.get(W + "numId")
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.num_to_abstract[nid] = ref.get(W + "val")
            for override in num.iter(W + "lvlOverride"):
                start = override.find(W + "startOverride")
                if start is not None:
                    self.start_override[(nid, int(override.get(W + "ilvl", "0")))] = int(start.get(W + "val", "1"))

    def _read_styles(self, document) -> None:
        try:
            styles = document.styles.element
        except (AttributeError, KeyError):
            return
        based: dict[str, str] = {}
        own: dict[str, tuple[str, int]] = {}
        for style in styles.iter(W + "style"):
            sid = style.get(W + "styleId")
            base = style.find(W + "basedOn")
            if base is not None:
                based[sid] = base.get(W + "val")
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                nid = numpr.find(W + "numId")
                ilvl = numpr.find(W + "ilvl")
                if nid is not None:
                    own[sid] = (nid.get(W + "val"), int(ilvl.get(W + "val", "0")) if ilvl is not None else 0)
        for sid in list(based) + list(own):
            cur, seen = sid, set()
            while cur and cur not in own and cur not in seen:
                seen.add(cur)
                cur = based.get(cur)
            if cur in own:
                self.style_numpr[sid] = own[cur]

    def label(self, paragraph) -> str:
        ppr = paragraph.find(W + "pPr")
        nid, ilvl = None, 0
        if ppr is not None:
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                n = numpr.find(W + "numId")
                lv = numpr.find(W + "ilvl")
                nid = n.get(W + "val") if n is not None else None
                ilvl = int(lv.get(W + "val", "0")) if lv is not None else 0
            if nid is None:
                style = ppr.find(W + "pStyle")
                if style is not None and style.get(W + "val") in self.style_numpr:
                    nid, ilvl = self.style_numpr[style.get(W + "val")]
        if nid is None or nid == "0" or nid not in self.num_to_abstract:
            return ""
        aid = self.num_to_abstract[nid]
        levels = self.levels.get(aid, {})
        if ilvl not in levels:
            return ""
        key = aid
        counters = self.counters.setdefault(key, {})
        start = self.start_override.get((nid, ilvl), levels[ilvl]["start"])
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def fill(match: re.Match) -> str:
            lv = int(match.group(1)) - 1
            lvl = levels.get(lv, {"fmt": "decimal", "start": 1})
            value = counters.get(lv, lvl["start"])
            return _format_counter(value, lvl["fmt"])

        return re.sub(r"%(\d)", fill, levels[ilvl]["text"])


def _paragraph_parts(p) -> tuple[str, list]:
    """A paragraph's own text, and the text boxes (w:txbxContent) anchored in it, read apart: a text box is its own
    block, not words of the paragraph it floats beside. Of a drawing Word and LibreOffice write twice
    (mc:AlternateContent: a DrawingML mc:Choice and a VML mc:Fallback), only the mc:Choice is read; the two were read
    one after the other."""
    if next(p.iter(TEXT_BOX, FALLBACK), None) is None:  # most paragraphs: one pass in lxml
        return "".join(_RUN_TEXT[node.tag] or node.text or "" for node in p.iter(*_RUN_TEXT)), []
    parts: list[str] = []
    boxes: list = []
    stack = list(reversed(p))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag in _RUN_TEXT:
            parts.append(_RUN_TEXT[tag] or node.text or "")
        elif tag == TEXT_BOX:
            boxes.append(node)
        elif tag != FALLBACK:
            stack.extend(reversed(node))
    return "".join(parts), boxes


def _is_contents(sdt) -> bool:
    """Whether a content control is a table of contents (its lines repeat the headings, with page numbers)."""
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "Contents" in (gallery.get(W + "val") or "")


def _unwrapped(parent, tags: tuple[str, ...]):
    """The children of ``parent`` tagged ``tags``, in order, those inside content controls (w:sdt) and custom XML
    among them; a table of contents is left out."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag in tags:
            yield child
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None and not _is_contents(child):
                yield from _unwrapped(content, tags)
        elif tag == W + "customXml":
            yield from _unwrapped(child, tags)


def block_items(parent):
    """The paragraphs and tables of a body, a cell or a text box, in order. Content controls (w:sdt: 公文 templates'
    fields, Word's cover pages and building blocks) hold blocks as well: they were skipped, and their text lost."""
    return _unwrapped(parent, (W + "p", W + "tbl"))


def _cell_text(cell) -> str:
    """A cell's text: its paragraphs and text boxes, and a table nested in it as its rows joined by spaces (the
    nested rows were read twice, in the cell and again as rows of the outer table)."""
    parts = []
    for block in block_items(cell):
        if block.tag == W + "tbl":
            parts.append(" " + " ".join(_table_lines(block)) + " ")
            continue
        text, boxes = _paragraph_parts(block)
        parts.append(text)
        parts.extend(_cell_text(box) for box in boxes)
    return "".join(parts).strip()


def _table_lines(tbl) -> list[str]:
    rows = _unwrapped(tbl, (W + "tr",))
    return task_lines([[_cell_text(c) for c in _unwrapped(tr, (W + "tc",))] for tr in rows])


def _block_lines(parent, numbering: _Numbering, lines: list[str]) -> None:
    for block in block_items(parent):
        if block.tag == W + "tbl":
            lines.extend(_table_lines(block))
            continue
        text, boxes = _paragraph_parts(block)
        label = numbering.label(block)
        if text.strip() or label:
            lines.append(label + text)
        for box in boxes:  # a text box's lines follow the paragraph it is anchored in
            _block_lines(box, numbering, lines)


def docx_to_text(data: bytes, name: str = "", limit: InflateLimit = DEFAULT_LIMIT) -> str:
    check_zip(data, name, limit)
    import docx  # python-docx; imported here so plain-text use does not pay for it
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise KechuangError("KC-TEXT-DOCX",
                            "无法读取 Word 文件:文件结构已损坏或不完整;请用 Word/WPS 打开后重新另存为 .docx",
                            file=name) from exc
    numbering = _Numbering(document)
    lines: list[str] = []
    _block_lines(document.element.body, numbering, lines)
    return "\n".join(lines)
