"""Government web pages to text: the notice and the plan, without scripts, menus and footers; a table of tasks
becomes one numbered task line per row (``text/tables.py``)."""

from __future__ import annotations

import re
from itertools import islice

import lxml.etree
import lxml.html

from kechuang.errors import KechuangError
from kechuang.text.decode import decode_bytes
from kechuang.text.tables import MAX_CELLS, is_task_header, task_lines

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
              "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea")
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|foot|header|head-?top|topbar|toolbar|share|"
    r"sidebar|side|login|search|copyright|print|fontsize|font-size|related|relate|pagination|"
    r"position|location|dqwz|wzdh|bottom)([\s_-]|\d|$)", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
               "article", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "title", "center"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{2,20})""", re.I)


def sniff_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _is_chrome(el: lxml.html.HtmlElement) -> bool:
    attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return bool(attrs) and bool(_CHROME_ATTR.search(attrs))


def _text_lines(root: lxml.html.HtmlElement) -> str:
    """Text with a line break around every block element (iterative: deep pages do not recurse)."""
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text and tag:
                parts.append(el.text)
        else:
            if tag in ("td", "th"):
                parts.append(" ")
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    return "".join(parts)


def _span(el: lxml.html.HtmlElement, name: str) -> int:
    value = (el.get(name) or "1").strip()
    return min(int(value), MAX_CELLS) if value.isdigit() and int(value) > 0 else 1


def _table_rows(table: lxml.html.HtmlElement) -> list[list[str]]:
    """The cells' text row by row, a cell spanning rows or columns repeated in each (so a lead unit printed
    once for three tasks leads all three)."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text)
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        for cell in cells[:MAX_CELLS]:
            while len(row) in pending:
                row.append(_pending_text(pending, len(row)))
            text = " ".join(t.strip() for t in cell.itertext() if t.strip())
            for _ in range(_span(cell, "colspan")):
                if _span(cell, "rowspan") > 1:
                    pending[len(row)] = (_span(cell, "rowspan") - 1, text)
                row.append(text)
        while len(row) in pending:
            row.append(_pending_text(pending, len(row)))
        rows.append(row[:MAX_CELLS])
    return rows


def _pending_text(pending: dict[int, tuple[int, str]], col: int) -> str:
    left, text = pending[col]
    if left <= 1:
        del pending[col]
    else:
        pending[col] = (left - 1, text)
    return text


def _tables_of_tasks_to_lines(root: lxml.html.HtmlElement) -> None:
    """Replace each innermost table whose header names 牵头/责任/配合 columns by its task lines."""
    for table in list(root.iter("table")):
        if table.getparent() is None or next(islice(table.iter("table"), 1, 2), None) is not None:
            continue
        rows = [r for r in _table_rows(table) if any(r)]
        header_at = next((i for i, r in enumerate(rows[:3]) if is_task_header(r)), None)
        if header_at is None:
            continue
        block = lxml.html.Element("div")
        # rows above the header (a caption, 表1 重点任务分解表) stay as text rather than vanish
        above = [" ".join(c for c in r if c.strip()) for r in rows[:header_at]]
        for line in above + task_lines(rows[header_at:]):
            p = lxml.etree.SubElement(block, "p")
            p.text = line
        block.tail = table.tail
        table.getparent().replace(table, block)


def html_to_text(data: bytes | str, name: str = "") -> tuple[str, str]:
    """Return (text, encoding) of an HTML page's content."""
    if isinstance(data, bytes):
        text, encoding = decode_bytes(data, name, declared=sniff_charset(data))
    else:
        text, encoding = data, "str"
    text = re.sub(r"^\s*<\?xml[^>]{0,200}\?>", "", text)
    if not text.strip():
        return "", encoding
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise KechuangError("KC-TEXT-HTML", f"无法解析 HTML 页面:{exc}", file=name) from exc
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag not in ("html", "body") and _is_chrome(el) \
                and el.getparent() is not None:
            el.drop_tree()
    _tables_of_tasks_to_lines(root)
    body = root.find("body")
    title = root.findtext(".//title") or ""
    out = _text_lines(body if body is not None else root)
    if title.strip() and title.strip() not in out:
        out = title.strip() + "\n" + out
    return out, encoding
