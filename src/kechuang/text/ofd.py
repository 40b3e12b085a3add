"""OFD (GB/T 33190-2016, 版式文档) to text, read as a PDF is read (``text.pdf``).

An OFD is a zip of XML: ``OFD.xml`` names each document's root (``DocBody/DocRoot``), the document lists its pages
in reading order (``Pages/Page/@BaseLoc``), and a page's ``Content.xml`` holds ``TextObject``s, each placed by its
``Boundary`` (x y w h, millimetres from the page's top left) and ``CTM``, holding ``TextCode``s whose ``X``/``Y`` put
their first character's baseline in the object and whose ``DeltaX`` gives the advance after each character (``g N
d``: N times d); a ``CompositeObject`` places a composite unit of the resources (``CompositeGraphicUnit``, §13),
whose text objects are read in its place (CNKI's conversion writes every run so). A page's text objects are put
into lines by their baseline (within a share of the font size) and ordered within a line by X; the pages' lines
then go through the PDF loader's steps (page numbers and running headers and footers dropped, lines broken inside
sentences rejoined). The template pages a page draws are read with it (a form's wording, a 红头, a running header
then dropped as a PDF's is); annotations (stamps, watermarks) are not read.

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
_MAX_NESTING = 4  # composite units within composite units: writers use one level (CNKI's conversion)
_ELEMENT_BYTES = 16  # the fewest bytes an element takes in XML (<ofd:Clip></ofd:Clip>: 21): what a visit costs


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
    package root, else relative to the referring file's folder), members known by their names with / separators."""

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        from lxml import etree

        self.zf, self.name = zf, name
        self.members = {n.replace("\\", "/"): n for n in zf.namelist()}  # some Windows tools zip with backslashes
        self.folded = {n.lower(): n for n in self.members}
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

    def resolve(self, base: str, loc: str) -> str:
        loc = loc.strip().replace("\\", "/")
        path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)
        path = posixpath.normpath(path).lstrip("/")
        found = path if path in self.members else self.folded.get(path.lower())
        if found is None:
            raise _damaged(self.name, f"缺少 {path}")
        return found

    def parse(self, path: str):
        from lxml import etree

        raw = self.zf.read(self.members[path])
        hostile = _damaged(self.name, f"{path} 含有 DTD 或实体声明,OFD 不使用它们,可能是恶意文件")
        if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
            raise hostile
        try:
            tree = etree.fromstring(raw, self.parser)
        except etree.XMLSyntaxError as exc:
            raise _damaged(self.name, f"{path} 不是完整的 XML") from exc
        if tree.getroottree().docinfo.internalDTD is not None:  # declared in an encoding the byte test misses
            raise hostile
        return tree


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


Affine = tuple[float, float, float, float, float, float]


def _compose(outer: Affine, inner: Affine) -> Affine:
    """``inner`` then ``outer``: (x, y) goes to (a x + c y + e, b x + d y + f), as a CTM does."""
    a1, b1, c1, d1, e1, f1 = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def _placement(obj, outer: Affine) -> Affine:
    """Where a graphic object's own space lies on the page: its CTM, then its Boundary's top left, then ``outer``."""
    left, top = [*_floats(obj.get("Boundary")), 0.0, 0.0][:2]
    ctm = _floats(obj.get("CTM"))
    return _compose(outer, _compose((1.0, 0.0, 0.0, 1.0, left, top), tuple(ctm) if len(ctm) == 6 else _IDENTITY))


def _text_runs(obj, at: Affine) -> list[Run]:
    """A TextObject's TextCodes placed on the page by ``at`` (its own space to the page's)."""
    a, b, c, d, e, f = at
    own = float(obj.get("Size") or 0)  # the font size in the object's space, where X, Y and DeltaX are given
    size = own * (abs(d) or 1.0)
    runs, x, y = [], 0.0, 0.0
    for code in obj:
        if _local(code.tag) != "TextCode" or not code.text:
            continue
        x, y = float(code.get("X", x)), float(code.get("Y", y))
        text = code.text
        width = sum(_advances(code.get("DeltaX"), len(text) - 1, own)) * (abs(a) or 1.0)
        last = size if ord(text[-1]) > 0x2E7F else size / 2
        start = a * x + c * y + e
        runs.append(Run(y=b * x + d * y + f, x=start, end=start + width + last, size=size, text=text))
    return runs


class _Spent(Exception):
    """A page's objects outgrew the budget (composite units placed again and again)."""


def _runs(content, units, budget: list[int], at: Affine = _IDENTITY, depth: int = 0) -> list[Run]:
    """Every TextCode of a page's content (or of a composite unit's), placed on the page; a CompositeObject's unit
    (``units(ResourceID)``, GB/T 33190 §13) read in its place, at most ``_MAX_NESTING`` deep. Each character read,
    and each element seen as the bytes its XML takes at least, is taken from ``budget[0]`` (the bytes the package may
    inflate to): a package visits no more than it holds unless a unit is placed again and again, a bomb like a page
    listed a million times."""
    runs = []
    for obj in content.iter():
        budget[0] -= _ELEMENT_BYTES
        tag = _local(obj.tag)
        if tag == "TextObject":
            runs.extend(found := _text_runs(obj, _placement(obj, at)))
            budget[0] -= sum(len(run.text) for run in found)
        elif tag == "CompositeObject" and depth < _MAX_NESTING:
            unit = units(obj.get("ResourceID"))
            if unit is not None:
                runs.extend(_runs(unit, units, budget, _placement(obj, at), depth + 1))
        if budget[0] < 0:
            raise _Spent
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


class _Units:
    """The composite graphic units (CompositeGraphicUnit, by ID) of the resource files a document or a page names
    (PublicRes, DocumentRes, PageRes), each file read when a CompositeObject first asks: most packages have none."""

    def __init__(self, package: _Package, owner: str, node, outer: _Units | None = None) -> None:
        self.package, self.owner, self.outer, self.found = package, owner, outer, None
        self.locs = [el.text for el in node
                     if _local(el.tag) in ("PublicRes", "DocumentRes", "PageRes") and (el.text or "").strip()]

    def __call__(self, unit_id: str | None):
        if self.found is None:
            self.found = {}
            for loc in self.locs:
                for unit in self.package.parse(self.package.resolve(self.owner, loc)).iter():
                    if _local(unit.tag) == "CompositeGraphicUnit":
                        content = [el for el in unit if _local(el.tag) == "Content"]
                        self.found.setdefault(unit.get("ID"), content[0] if content else None)
        unit = self.found.get(unit_id)
        return unit if unit is not None or self.outer is None else self.outer(unit_id)


class _Templates:
    """A document's template pages (CommonData/TemplatePage, by ID), each read once into runs, whatever number of
    pages draw it: the text a template holds (a form's fixed wording, Suwell's licences, invoices; a 红头 or a
    running header) is on the page as a PDF printed from it shows it, its repeated lines then dropped like one's."""

    def __init__(self, package: _Package, document_path: str, common, units: _Units | None) -> None:
        self.package, self.document_path, self.units, self.read = package, document_path, units, {}
        self.locs = {el.get("ID"): el.get("BaseLoc") for el in (common if common is not None else ())
                     if _local(el.tag) == "TemplatePage" and el.get("BaseLoc")}

    def runs(self, page, spend: list[int]) -> list[Run]:
        """The runs of every template ``page`` names (``Template/@TemplateID``); an unknown ID draws nothing."""
        runs = []
        for used in page:
            loc = self.locs.get(used.get("TemplateID")) if _local(used.tag) == "Template" else None
            if loc is not None:
                path = self.package.resolve(self.document_path, loc)
                if path not in self.read:
                    template = self.package.parse(path)
                    self.read[path] = _runs(template, _Units(self.package, path, template, self.units), spend)
                runs.extend(self.read[path])
        return runs


def _page_lines(package: _Package, name: str, budget: int) -> list[list[str]] | None:
    """Each page's lines, every document of the package in order, its pages in the order it lists them, with the
    text of the templates each draws; each member parsed once (a page listed again is the same page). None once
    the text outgrows ``budget`` characters (or a page's objects, composite units placed in it, outgrow it): a
    package listing one page a million times is a bomb of another kind."""
    root = package.parse(package.resolve("", ROOT))
    doc_roots = [el.text for el in root.iter() if _local(el.tag) == "DocRoot" and (el.text or "").strip()]
    if not doc_roots:
        raise _damaged(name, "OFD.xml 没有指明文档(DocRoot)")
    pages, read, total, spend = [], {}, 0, [budget]
    for doc_root in doc_roots:
        document_path = package.resolve("", doc_root)
        document = package.parse(document_path)
        common = next((el for el in document if _local(el.tag) == "CommonData"), None)
        units = _Units(package, document_path, common) if common is not None else None
        templates = _Templates(package, document_path, common, units)
        for page in document.iter():
            if _local(page.tag) == "Page" and page.get("BaseLoc"):
                path = package.resolve(document_path, page.get("BaseLoc"))
                if path not in read:
                    content = package.parse(path)
                    try:
                        runs = _runs(content, _Units(package, path, content, units), spend)
                        read[path] = _lines(templates.runs(content, spend) + runs)
                    except _Spent:
                        return None
                pages.append(read[path])
                total += sum(len(line) for line in read[path])
                if total > budget:
                    return None
    return pages


def ofd_to_text(data: bytes, name: str = "", limit: InflateLimit = DEFAULT_LIMIT) -> str:
    """An OFD's text, its pages in document order, read as a PDF's is; every failure a KechuangError naming
    ``name``: KC-TEXT-OFD (damaged, hostile), KC-TEXT-TOO-LARGE (a bomb), KC-TEXT-OFD-NOTEXT (a scan)."""
    check_package(data, name, limit, ROOT,
                  KechuangError("KC-TEXT-OFD", "不是有效的 OFD 文件(缺少入口文件 OFD.xml,可能已损坏或被改了扩展名):"
                                "请用 OFD 阅读器(如数科、福昕 OFD 阅读器)打开确认,或另存为 PDF 后再上传", file=name),
                  _damaged(name, "不是完整的 OFD 压缩包"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            pages = _page_lines(_Package(zf, name), name, limit.budget(len(data)))
    except KechuangError:
        raise
    except (ValueError, OverflowError, KeyError, zipfile.BadZipFile, OSError, RecursionError) as exc:
        raise _damaged(name, "内容不合规范") from exc  # (the class name is no reason a clerk can read)
    if pages is None:
        raise limit.refuse(name, len(data))
    if sum(len("".join(p)) for p in pages) < _MIN_TEXT:
        raise KechuangError(
            "KC-TEXT-OFD-NOTEXT",
            "OFD 文件没有文字内容(可能是扫描件):请先用 OCR 软件转成可复制文字的 OFD、PDF 或 Word 文件后再导入",
            file=name)
    return pages_to_text(pages)
