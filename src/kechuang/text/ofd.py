"""OFD (GB/T 33190-2016, 版式文档) to text, read as a PDF is read (``text.pdf``).

An OFD is a zip of XML: ``OFD.xml`` names each document's root (``DocBody/DocRoot``), the document lists its pages
in reading order (``Pages/Page/@BaseLoc``), and a page's ``Content.xml`` holds ``TextObject``s, each placed by its
``Boundary`` (x y w h, millimetres from the page's top left) and ``CTM``, holding ``TextCode``s whose ``X``/``Y`` put
their first character's baseline in the object and whose ``DeltaX`` gives the advance after each character (``g N
d``: N times d). A page's text objects are put into lines by their baseline (within a share of the font size) and
ordered within a line by X; the pages' lines then go through the PDF loader's steps (page numbers and running
headers and footers dropped, lines broken inside sentences rejoined). Templates (a page's background: the running
furniture) and annotations (stamps, watermarks) are not read.

An upload is hostile: the package is checked for zip bombs before any XML is parsed (``limits.check_package``), and
XML declaring a DTD (entity expansion, external entities) is refused; the parser resolves no entity and reads
nothing from the network anyway.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from kechuang.errors import KechuangError
from kechuang.text.limits import DEFAULT_LIMIT, InflateLimit, check_package
from kechuang.text.pdf import pages_to_text

ROOT = "OFD.xml"
_LINE_SHARE = 0.4  # baselines closer than this share of the font size are one line (a superscript stays on it)
_GAP_SHARE = 1.5  # runs of one line further apart than this share of the size are apart (a 版记's office and date)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MIN_TEXT = 20  # characters: fewer over the whole document is a scan's (text.pdf's floor)


@dataclass(frozen=True)
class Run:
    """A TextCode placed on its page: baseline ``y``, first character at ``x``, last one ending at ``end``."""

    y: float
    x: float
    end: float
    size: float
    text: str


def _damaged(name: str, why: str) -> KechuangError:
    return KechuangError("KC-TEXT-OFD",
                         f"OFD 文件已损坏或无法读取({why}):请用 OFD 阅读器(如数科、福昕 OFD 阅读器)打开确认后重新导出",
                         file=name)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Package:
    """The package's members, read and parsed safely; paths resolved as the standard says (absolute from the
    package root, else relative to the referring file's folder)."""

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        from lxml import etree

        self.zf, self.name = zf, name
        self.members = {n: n for n in zf.namelist()}
        self.folded = {n.lower(): n for n in zf.namelist()}
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

    def resolve(self, base: str, loc: str) -> str:
        loc = loc.strip().replace("\\", "/")
        path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)
        path = posixpath.normpath(path).lstrip("/")
        found = self.members.get(path) or self.folded.get(path.lower())
        if found is None:
            raise _damaged(self.name, f"缺少 {path}")
        return found

    def parse(self, path: str):
        from lxml import etree

        raw = self.zf.read(path)
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise _damaged(self.name, f"{path} 含有 DTD 或实体声明,OFD 不使用它们,可能是恶意文件")
        try:
            return etree.fromstring(raw, self.parser)
        except etree.XMLSyntaxError as exc:
            raise _damaged(self.name, f"{path} 不是完整的 XML") from exc


def _floats(value: str | None) -> list[float]:
    return [float(v) for v in (value or "").split()]


def _advances(spec: str | None, count: int, size: float) -> list[float]:
    """The advance after each of the first ``count`` characters (``DeltaX``; ``g N d`` is N times d), the font size
    where none is given; never more than ``count`` values, whatever N says."""
    tokens, out, i = (spec or "").split(), [], 0
    while i < len(tokens) and len(out) < count:
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * max(0, min(int(tokens[i + 1]), count - len(out))))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out + [size] * (count - len(out))


def _runs(page) -> list[Run]:
    """Every TextCode of a page's content, placed on the page."""
    runs = []
    for obj in page.iter():
        if _local(obj.tag) != "TextObject":
            continue
        left, top = [*_floats(obj.get("Boundary")), 0.0, 0.0][:2]
        ctm = _floats(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else _IDENTITY
        size = float(obj.get("Size") or 0) * (abs(d) or 1.0)
        x = y = 0.0
        for code in obj:
            if _local(code.tag) != "TextCode" or not code.text:
                continue
            x, y = float(code.get("X", x)), float(code.get("Y", y))
            text = code.text
            width = sum(_advances(code.get("DeltaX"), len(text) - 1, size)) * (abs(a) or 1.0)
            last = size if ord(text[-1]) > 0x2E7F else size / 2
            start = left + a * x + c * y + e
            runs.append(Run(y=top + b * x + d * y + f, x=start, end=start + width + last, size=size, text=text))
    return runs


def _lines(runs: list[Run]) -> list[str]:
    """Runs into lines: by baseline (a run joins the line whose first baseline is within a share of the size),
    then by X within the line, a space where a wide gap parts two runs."""
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if groups and abs(run.y - groups[-1][0].y) <= _LINE_SHARE * max(run.size, groups[-1][0].size, 1.0):
            groups[-1].append(run)
        else:
            groups.append([run])
    lines = []
    for group in groups:
        parts, end = [], None
        for run in sorted(group, key=lambda r: r.x):
            if end is not None and run.x - end > _GAP_SHARE * max(run.size, 1.0):
                parts.append(" ")
            parts.append(run.text)
            end = run.end if end is None else max(end, run.end)
        if line := "".join(parts).strip():
            lines.append(line)
    return lines


def _page_lines(package: _Package, name: str, budget: int) -> list[list[str]] | None:
    """Each page's lines, every document of the package in order, its pages in the order it lists them; each
    member parsed once (a page listed again is the same page). None once the text outgrows ``budget`` characters:
    a package listing one page a million times is a bomb of another kind."""
    root = package.parse(package.resolve("", ROOT))
    doc_roots = [el.text for el in root.iter() if _local(el.tag) == "DocRoot" and (el.text or "").strip()]
    if not doc_roots:
        raise _damaged(name, "OFD.xml 没有指明文档(DocRoot)")
    pages, read, total = [], {}, 0
    for doc_root in doc_roots:
        document_path = package.resolve("", doc_root)
        document = package.parse(document_path)
        for page in document.iter():
            if _local(page.tag) == "Page" and page.get("BaseLoc"):
                path = package.resolve(document_path, page.get("BaseLoc"))
                if path not in read:
                    read[path] = _lines(_runs(package.parse(path)))
                pages.append(read[path])
                total += sum(len(line) for line in read[path])
                if total > budget:
                    return None
    return pages


def ofd_to_text(data: bytes, name: str = "", limit: InflateLimit = DEFAULT_LIMIT) -> str:
    """An OFD's text, its pages in document order, read as a PDF's is; every failure a KechuangError naming
    ``name``: KC-TEXT-OFD (damaged, hostile), KC-TEXT-TOO-LARGE (a bomb), KC-TEXT-OFD-NOTEXT (a scan)."""
    check_package(data, name, limit, ROOT,
                  KechuangError("KC-TEXT-OFD", "不是有效的 OFD 文件:缺少入口文件 OFD.xml", file=name),
                  _damaged(name, "不是完整的 OFD 压缩包"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            pages = _page_lines(_Package(zf, name), name, limit.budget(len(data)))
    except KechuangError:
        raise
    except (ValueError, OverflowError, KeyError, zipfile.BadZipFile, OSError, RecursionError) as exc:
        raise _damaged(name, type(exc).__name__) from exc
    if pages is None:
        raise limit.refuse(name, len(data))
    if sum(len("".join(p)) for p in pages) < _MIN_TEXT:
        raise KechuangError(
            "KC-TEXT-OFD-NOTEXT",
            "OFD 文件没有文字内容(可能是扫描件):请先用 OCR 软件转成可复制文字的 OFD、PDF 或 Word 文件后再导入",
            file=name)
    return pages_to_text(pages)
