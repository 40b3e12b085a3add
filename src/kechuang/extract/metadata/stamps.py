"""A reprint's posting stamp whose view count the page lost or printed on a line of its own (openings5, round 27).

``fields.counted_stamp`` knows a stamp by the count beside it (发布日期:2013-03-27 浏览次数:1). Pages also print the
counter's label with its number lost to the script that filled it (来源:高新院 achie.org 日期:2023-07-28 点击:,
achie 2023; 來源:高新院 achie.org 日期:2025-09-25 點擊:次, xmqimo 2025) or the count on the next line of a list
(• 時間:2015-04-16 / • 點擊:27, 甘肅經濟信息網 on xzx2vn 2015): the same stamp, dating the web item, never the
document. A source that names
a body keeps the line a government site's (``fields``); a label whose count is lost marks a reprint only beside a
website named with its address (高新院 achie.org), since the issuer's own portal prints it too (大连 2022, dl.gov.cn).
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.fields import BODY_SOURCE

_DATE = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
_LOST_COUNT = re.compile(r"(?:浏览|点击|阅读|访问)(?:次数|量)?\s*[::]\s*次?\s*$")
_COUNT_ALONE = re.compile(r"[•·\-\s]{0,4}(?:浏览|点击|阅读|访问)(?:次数|量)?\s*[::]\s*\d{1,9}\s*次?\s*")
_SITE_SOURCE = re.compile(r"(?:来源|來源)\s*[::]\s*\S{1,30}\s+[a-z0-9-]{1,40}\.(?:com|cn|org|net)\b")


def lost_count_stamp(plain: str, before: str = "", after: str = "") -> bool:
    """Whether a dated line (in simplified characters) is a posting stamp whose count is lost or on the line after."""
    if not _DATE.search(plain):
        return False
    if _LOST_COUNT.search(plain):  # a label alone is any site's script: only a website's line is a reprint's
        return bool(_SITE_SOURCE.search(plain))  # (发布日期: 2022- 04- 27 浏览次数: on dl.gov.cn dates its document)
    return bool(after and _COUNT_ALONE.fullmatch(after)) and not any(
        BODY_SOURCE.search(t) for t in (plain, before, after) if t)
