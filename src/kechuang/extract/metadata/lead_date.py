"""The date a page's lead states for the document it reports or explains (round 55, meta20).

A news print or a 解读 often opens with the day the document was issued, then the bodies and the verb:
`…耕地保护责任,2021年3月23日,日照市人民政府办公室印发了《日照市…“田长制”实施方案》` (大众日报's print of
日照 2021 on a mirror),
`2022年8月22日,米易縣人民政府辦公室印發(fā)《米易縣森林草原火災(zāi)應(yīng)急預(yù)案(2022年修訂)》`
(米易 2022's 解读; readings read through),
`2011年2月28日,刚察县人民政府根据中央7号和省委15号文件精神,制定出台了《关于…的实施意见》`
(刚察 2011's news). That date is the document's (openings/DECISIONS.md, openings12: a lead's
`2021年3月23日,…印發了《…》` is the document's date; a month and day without a year gives none), and it stands
over the page's posting stamp (`发布时间:2011年03月10日`), which dates the page, not the document; a signature,
when printed, stands over it.

Only a lead that names the page's own document counts: its 《》 holds the page's title (an edition after it,
`(2022年修訂)`, aside) or the headline over the lead quotes it whole. A dated sentence on another document (a
解读's 起草背景: `2018年9月7日,省委、省政府印发《大力推进全域旅游高质量发展实施方案》`, 临沭 2022) dates nothing here.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import strip, unread
from kechuang.extract.metadata.dates import iso
from kechuang.extract.rules import simplified

LEAD_LINES = 40  # a lead stands at the top of the item, under its headline and stamp
# a full date opening a clause, a comma, then the bodies (and what they acted on: 根据…精神) within one sentence, and
# a verb of issuing (制定印发, 制定出台了, 正式印发, 联合下发) before the document in 《》: every run bounded
_LEAD = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日\s*[,,]\s*[^。;!?《》]{2,60}?"
                   r"(?:印发|出台|下发|发布(?!会))了?《([^《》]{4,120})》")
# what may follow the title inside the lead's 《》: an edition or a revision (…应急预案(2022年修订))
_EDITION = re.compile(r"[((][^()()]{1,12}[))]$")


def lead_date(lines: list[Line], title: str | None) -> str | None:
    """The date a lead of the page's first lines states for the page's own document (see the module's text)."""
    wanted = _plain(title or "")
    above: list[str] = []  # the page's lines over the lead as printed (a headline broken over two lines)
    for line in lines[:LEAD_LINES]:
        if "《" in line.text and "年" in line.text:  # the literal cues, in either script, before any reading
            for m in _LEAD.finditer(_plain(line.text)):
                named = m.group(4)
                if (wanted and (named == wanted or _EDITION.sub("", named) == wanted)) \
                        or f"《{named}》" in _plain("".join(above)):
                    return iso(*m.group(1, 2, 3))
        if not line.chrome:
            above.append(line.text)
    return None


def _plain(text: str) -> str:
    """A text read for comparison: without its readings and spaces, in simplified characters."""
    return simplified(strip(unread(text)[0]))
