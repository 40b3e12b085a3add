"""The congress that adopted a 条例: the body its adoption line names under the title.

A local regulation prints no signature: the line in brackets under its title says when and where it was adopted,
`(1991年3月13日黑龙江省第七届人民代表大会第四次会议第三次大会通过)` (黑龙江 1991),
`(2025年9月29日延安市第六届人民代表大会常务委员会第二十七次会议通过 2025年11月28日陕西省…批准)` (延安 2025),
`(2023年12月28日太原市第十五届人民代表大会常务委员会第十四次会议通过` / `2024年…批准)` (太原 2024, whose law
database's `颁布部门` names the committee first). The congress (or its standing committee) that adopts it issues it,
as printed, session and all (tests/fixtures/real/openings/DECISIONS.md: `黑龙江省第七届人民代表大会`); the province's
committee that approves a city's 条例 afterwards is no issuer. A plan approved at a congress (a 纲要 `(…人民代表大会
第四次会议批准)`, a work report delivered `在…会议上`) is the government's: only a 条例 is read, only its 通过.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK, printed_span, strip, unread
from kechuang.extract.rules import simplified

_LINES = 6  # the adoption line stands right under the title (a title printed on two lines, a blank one between)
# (date, 在 perhaps, the body, 第N次会议, at most 40 characters to 通过 in the same brackets); every run bounded
_ADOPTED_BY = re.compile(
    rf"^[((]\s*(?:\d{{4}}|[一二三四五六七八九〇零○]{{4}})\s*年[^()()年]{{1,8}}?日\s*在?"
    rf"(?P<body>[{CJK}]{{2,40}}?(?:人民代表大会常务委员会|人大常委会|人民代表大会))"
    r"第[〇零一二三四五六七八九十百\d]{1,6}次(?:全体)?会议[^()()]{0,40}?通过")


def adopting_congress(lines: list[Line], title: str | None) -> list[str]:
    """The congress named by the adoption line under a 条例's title (see the module's doc), as printed, or []."""
    if not title or not simplified(title).endswith("条例"):
        return []
    read = simplified(title)
    for k, line in enumerate(lines):
        if read not in simplified(strip(line.text)):
            continue
        for below in lines[k + 1:k + 1 + _LINES]:
            printed = "".join(below.text.split())
            # a mirror's readings inside the body's name (常務(wù)委員會, 衢州 2022) read away, kept in the name given
            plain, pos = unread(printed)
            m = _ADOPTED_BY.match(simplified(plain))
            if m:
                return [printed_span(printed, pos, m.start("body"), m.end("body"))]
    return []
