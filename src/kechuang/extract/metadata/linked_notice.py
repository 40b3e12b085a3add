"""The issuer of the plan a 解读 explains, when the page prints the notice that issued it.

A 解读 is annotated for its plan, and names the plan's issuer only when it prints the plan's notice title
(霍邱; tests/fixtures/real/openings/DECISIONS.md: `瓦房店市人民政府印发…的通知`). Pages print it in the
heading (`关于《瓦房店市人民政府印发关于推进健康瓦房店行动的实施意见的通知》的政策解读`, 瓦房店 2021)
or on a line that links the document, under a short label (`文件链接:盐亭县人民政府印发《关于加强…的实施
意见》的通知`, 盐亭 2023; `政策原文: 南开区人民政府办公室关于转发区商务局拟定的…的通知`, 南开 2019;
`文件:瓦房店市人民政府印发…的通知`). The body that opens the notice title, naming its place, issues it. A
lead that only says who issued the plan (`石屏县人民政府办公室印发了《…》`, 石屏 2021;
`沂水县人民政府办公室于…印发了《…》的通知`, 沂水 2023) prints no notice title and names none; a casino
name in the office's place (`开云…官方网站办公室关于印发…`, 黑山 2019) names no place and no issuer.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, org_named, strip
from kechuang.extract.metadata.region import region_of
from kechuang.extract.rules import simplified

# A notice title: the body (at most 40 characters), 关于 perhaps, 印发 or 转发, at most 160 characters, 的通知.
_NOTICE = re.compile(rf"^《?(?P<body>[{CJK}]{{2,40}}?)(?:关于)?(?:印发|转发)[^。;]{{2,160}}?的通知》?$")
# A link's label: a few characters ending with 文件, 原文 or 链接 (文件链接, 政策原文, 原文链接,
# 相关文件, 文件), a colon.
_LABEL = re.compile(rf"^[{CJK}]{{0,4}}(?:文件|原文|链接)\s?[::]\s*")


def _issuer_of(notice: str) -> str | None:
    """The body opening a notice title (printed form), if it names its place."""
    m = _NOTICE.match(simplified(notice))
    body = notice[m.start("body"):m.end("body")] if m else ""
    return body if body and org_named(simplified(body)) and region_of(body) else None


def linked_issuer(lines: list[Line], heading: str) -> list[str]:
    """The body issuing the notice a 解读 prints, in its heading (``heading``: the name it gives) or on a link line
    (see the module's doc); [] when it prints none."""
    found = _issuer_of(heading)
    if found:
        return [found]
    for line in lines:
        text = strip(line.text)
        label = _LABEL.match(simplified(text)) if "：" in text or ":" in text else None
        if label and (found := _issuer_of(text[label.end():].strip())):
            return [found]
    return []
