"""A document site's copy headed by the file's name: the document's title.

Document sites head their copy of a file with its name (`邹政发〔2023〕2号邹城市人民政府关于加快推进全市气象高质量发
展的实施意见.pdf`, a copy of 邹城 2023; `数据要素市场化配置改革行动方案.docx`, desk33's copy of 重庆 2021; `諸城市重
大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx`, 诸城 2021): when the page prints no title of its
own, the name is the title, without its extension, the page count the site adds and a 文号 before it. Only the
page's first line is such a heading: a file named after 附件: further down is an attachment of the document (鹤山
2023, 阳东 2024, 绵竹 2017).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import PLAN_TITLE
from kechuang.extract.metadata.title import OWN_TITLE
from kechuang.extract.rules import simplified

_FILE = re.compile(r"(?P<name>[^\s::/\\]{6,120}?)(?:[((]\d{1,4}[页頁][))])?\.(?:pdf|docx?|wps)", re.IGNORECASE)
# A 文号 the site put before the name (邹政发〔2023〕2号…): the document's number, no part of its title.
_NUMBER = re.compile(r"^[^〔\[(]{1,12}[〔\[(]\d{4}[〕\])]\s*\d{1,5}\s*[号號]")


def file_title(lines: list[Line]) -> tuple[str, str | None] | None:
    """(title, 文号 or None) the name of the file heading the page gives (its first non-empty line), if the name is a
    plan's or a document's own title (``PLAN_TITLE``, ``OWN_TITLE``); else None."""
    first = next((ln for ln in lines if ln.text.strip()), None)
    name = first.text.strip() if first else ""
    # (a file's name ends with its extension's dot and three or four letters: a line without a dot among its last five
    # characters is not tried, where the lazy name was extended over the whole line)
    m = _FILE.fullmatch(name) if "." in name[-5:] else None
    if not m:
        return None
    number = _NUMBER.match(m.group("name"))
    name = m.group("name")[number.end():] if number else m.group("name")
    plain = simplified(re.sub(r"[((]\d{4}\s*[-—–]\s*\d{4}年?[))]$", "", name))
    if PLAN_TITLE.search(plain) or OWN_TITLE.match(plain):
        return name, number.group() if number else None
    return None
