"""The 文号 a page's text gives for its own document, named in 《》 beside it (round 58).

A news print or a 解读 prints no 文号 line of its own; its lead cites the document with its number:
- in brackets after the 《》 (福建省政府印发《关于促进开发区高质量发展的指导意见》(闽政〔2018〕15号), 福建 2018;
  制定出台了《…实施意见》(刚政办【2011】10号), 刚察 2011);
- before it, as its file (…人民政府以洞政发〔2012〕23号文件的形式,正式出台《洞口县知识产权战略实施意见》,
  洞口 2012);
- after it, as the file the page explains (《…办公室关于印发双台子区健康村镇建设实施方案的通知》双区政办发〔2019〕54号
  文件解读, 双台子 2019).
openings/DECISIONS.md (openings17): a news lead's `《…》(闽政〔2018〕15号)` is the document's number. It is the
document's only when the 《》 names the page's own title (or the notice 关于印发<title>的通知), and opens the line or
follows a verb that issues it: a basis cited with its number (根据《…》(国发〔2022〕4号)) names another document; a
county plan sharing its city's title cites the city's (袁州 2017: 市政府《…》(宜府发〔2017〕6号)); a notice cites the
version it abolishes (浮山 2025: …印发的《…》(浮政辦發〔2024〕27號)同时废止; first batch: an abolished document's
number is not the document's).
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import CJK
from kechuang.extract.metadata.fields import DOC_NUMBER

_NUMBER = rf"[{CJK}]{{1,12}}[〔\[【(]\d{{4}}[〕\]】)]第?\d{{1,5}}[号號]"
# the number in brackets or run on after the 《》, or before it as the file it was issued in (以…号文件…《》)
_AFTER = re.compile(rf"(?:^|(?:印发|出台|发布|印發|發布)了?)《(?P<t>[^《》]{{4,120}})》\s{{0,2}}[((]?\s{{0,2}}"
                    rf"(?P<n>{_NUMBER})(?![^。]{{0,12}}(?:废止|廢止))")
_BEFORE = re.compile(rf"以(?P<n>{_NUMBER})文件[^。《》]{{0,20}}《(?P<t>[^《》]{{4,120}})》")
_LINES = 60  # the lead stands among the page's first lines


def cited_number(lines: list[Line], title: str | None) -> str | None:
    """The 文号 cited beside the 《》 that names the page's own title (see the module's docstring), as printed, or
    None."""
    own = "".join((title or "").split())
    if len(own) < 4:
        return None
    for line in lines[:_LINES]:
        text = line.text
        if "《" not in text or not ("号" in text or "號" in text):
            continue
        text = "".join(text.split())
        for pattern in (_AFTER, _BEFORE):
            for m in pattern.finditer(text):
                cited = m.group("t").strip("<>")
                if (cited == own or cited.endswith(f"印发{own}的通知")) and DOC_NUMBER.fullmatch(m.group("n")):
                    return m.group("n")  # as printed (刚政办【2011】10号, 刚察 2011: openings/DECISIONS.md)
    return None
