"""A cover's imprint: the body printed alone on its line over the month the document was issued.

A plan printed whole opens with its cover: the title (often broken over two lines), sometimes the congress's note,
then the body and a month with no day (鄂托克旗人民政府 / 2021年12月, 鄂托克旗 2021 十四五纲要;
克孜勒苏柯尔克孜自治州人民政府 / 二○二一年九月, 克州 2021 十四五纲要; 上海市海洋局 over its month, 上海 2021 海洋
十四五, whose title line ``byline`` reads already).
The body signs the plan (openings/DECISIONS.md: the issuer is the body that signs); the month is a partial date, which
gives no date, and the page's posting stamp does not stand in for it (DECISIONS: `二〇一六年一月` gives null).
Read only where nothing else named an issuer: a notice's signer wins over the body that drafted the plan it prints
(石柱 2023: 指挥部办公室 / 2023年4月 under the plan, 县人民政府办公室 signs the notice).
Only a body of government or of the party is read: a cover prints its drafter the same way (中国城市规划设计研究院 /
二〇二一年十二月), and an institute, a design centre or a company issues no plan (review 27, F3).
"""

from __future__ import annotations

import itertools
import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata import bodies
from kechuang.extract.metadata.common import CJK, strip

# a month with no day: four digits or four numerals for the year, one or two digits or up to three numerals
_MONTH = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年\s{0,2}"
                    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月")
_BODY = re.compile(rf"[{CJK}]{{4,40}}")
# a body of government or of the party signs; a drafter printed the same way (…设计研究院, …中心, a company) does
# not (mend28, review 27's F3)
_GOVERNING = bodies.SIGNS_COVER  # a body of government or of the party (bodies.py)


def imprint(head: list[Line]) -> str | None:
    """The body of the first line that prints only a body right over a line that prints only a month, or None."""
    texts = [(strip(ln.text), ln.chrome) for ln in head if ln.text.strip()]
    for (text, chrome), (below, _) in itertools.pairwise(texts):
        if not chrome and _BODY.fullmatch(text) and _GOVERNING.search(text) and _MONTH.fullmatch(below):
            return text
    return None
