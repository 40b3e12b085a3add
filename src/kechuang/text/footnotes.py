"""Footnote marks of a text copied out of a PDF or a Word file: a superscript number glued to a figure or a word
(``达到50%¹``, ``占比²``) and the footnote it calls, printed at the page's foot on a line of its own that opens with
the same mark (``¹数据来源:…``), go (furniture42). NFKC would fold the mark into a digit the figure runs on with
(``50%1``); so this runs before it.

A bracketed reference number glued to a word and closing its clause (``发展策略[1],``, ``管理[2]、``, ``预期性[1]``,
``改革【8】,``) goes as well, after NFKC (``［1］`` is ``[1]`` then): dev pages of several places print them — 白沙
(http://www.xtskoda.com/hainan/xgwjtv/202502/4bf603b5f1494be599411160961bad87.shtml?ddtab=true), 琼海
(https://qionghai.hainan.gov.cn/xxgk/zfgzbg/szfgzbg/202303/t20230330_3389893.html), 成都高新区
(http://m.cdsnjd.com/news/gxq/201909127966.html), 上海 (https://www.shanghai.gov.cn/zhengce/detail?businessId=
8569d55d-cf6a-456f-885d-20b66d5ee2aa&siteId=0082, a table's cell) and jmwjzz.com (【8】). A 文号's year (〔2019〕)
and a number before 号 stay.

A superscript after a Latin letter or 米 is a power (``m²``, ``km²``, ``万米²``) and stays; so does one after a digit
(``10³``). Real tables print the mark so after a percentage (``49.9%¹`` … ``¹ Multi-label``, a results table of
a public repository's README, found by ``find_string``).
"""

from __future__ import annotations

import re

SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
# a mark after a percent sign, a closing mark or a Chinese character other than 米 (a power: 万米²)
_MARK = re.compile(r"(?<=[%)”」』》\u4e00-\u7c72\u7c74-\u9fff])[¹²³⁰⁴-⁹]{1,3}(?![\d¹²³⁰⁴-⁹])")
# a footnote's own line: the mark, then its text (a Chinese character or a space first)
_NOTE_LINE = re.compile(r"^[ \t\u3000]{0,8}[¹²³⁰⁴-⁹]{1,3}[ \t\u3000]{0,2}[\u4e00-\u9fff][^\n]{0,200}(?:\n|$)", re.M)


# a reference mark: one or two digits in square or lenticular brackets after a Chinese character, a percent sign or a
# closing mark, before a clause's mark, a space or the line's end (the bracket first: the scan jumps between them)
_REFERENCE = re.compile(r"[\[【](?<=[\u4e00-\u9fff%)”」』》][\[【])\d{1,2}[\]】](?=[,;:。、!?\s]|$)")


def drop_reference_marks(text: str) -> str:
    """The (NFKC-folded) text without its bracketed reference marks (module docstring)."""
    if "[" not in text and "【" not in text:
        return text
    return _REFERENCE.sub("", text)


def drop_footnote_marks(text: str) -> str:
    """The text without its footnote marks and footnote lines (module docstring); the text itself when it holds no
    superscript digit."""
    if not any(map(text.__contains__, SUPERSCRIPTS)):
        return text
    text = _NOTE_LINE.sub("", text)
    return _MARK.sub("", text)
