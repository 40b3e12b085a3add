"""A web copy's own stamps: lines that date the copy a site holds, never the document it copies.

The spec's date is the signature's, else the publishing date; a copy's stamp is neither (openings/DECISIONS.md, second
batch: "a reprint's stamp on another host stays unused"). Two shapes tell a copy's stamp from a portal's from the line
alone, whatever the host:

- its label says the copy was posted or printed, not the document issued: a forum's ``发表于``, a document site's
  ``发表时间``, a paper's ``刊发日期``, a journal's ``出版日期`` (固始 2021, 砚山 2011, 清徐 2018, 山东 2016);
- its ``来源`` is a news site, a paper or a document library, no body (``来源:人民网``, ``来源:百度文库``,
  ``来源:中国产业发展研究网``, ``来源 | 沈阳日报`` on a bureau's copy of 沈阳's report), where a portal names its
  office or its own site (``来源:局办公室``, ``来源:海南省人民政府网站``, ``来源:区科委网站``, ``来源:本网``).

Lines are read in simplified characters (``fields.field_rows``); each test is a literal ``in`` before one
bounded search.
"""

from __future__ import annotations

import re

# 发表时间 opening its line is a portal's own stamp (运城市科技局's column, seed 002: review 13); see ``copy_stamp``
_COPY_LABELS = ("发表于", "刊发日期", "刊发时间", "出版日期", "出版时间")
_COPY_LABEL = re.compile("|".join(_COPY_LABELS))  # one search for them all: it runs on every head line
_SOURCE = re.compile(r"来源\s*[::|]\s*([^\s|::【】\[\]]{2,24})")  # or a table's cell: 来源 | 沈阳日报 (openings9a)
_SITE = re.compile("网|文库|百科|日报|论坛|期刊")  # a site's or a paper's name
_BODY = re.compile("政府|人大|政协|委|局|厅|办|部|院|本网|本站|政务网|门户")  # a body, or the portal itself


def copy_stamp(plain: str) -> bool:
    """Whether a head line (simplified) is a copy's stamp, not a field of the document (see the module's note)."""
    if _COPY_LABEL.search(plain):
        return True
    if "发表时间" in plain and not plain.lstrip().startswith("发表时间"):
        return True  # after a copy's fields (文章出处:网 作者: 人气:) or run on with the text, not a portal's own line
    if "来源" not in plain:
        return False
    m = _SOURCE.search(plain)
    return bool(m and _SITE.search(m.group(1)) and not _BODY.search(m.group(1)))
