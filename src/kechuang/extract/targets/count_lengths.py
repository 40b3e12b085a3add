"""A count of lines and their length printed together (N条M公里): the length is of the things the words before name.

Plans count roads by number and length at once, the thing named before both:
  新修改建农村公路5条121公里                       (辉县 2010 交通工作, https://98523.com/fanwen/gongwenchuli/hdfa/201112/
      160171_2.html: 5 条 and 121 公里, each named 新修改建农村公路)
  提质改造农村公路5条37.7公里                      (方正 民生实事, http://shuibiao.com.cn/news/show.php?itemid=41233)
  加快國省干線公路和紅色旅游公路等24條750公里建設任務  (延安 公路 十四五 news, http://www.446dt.com/shehui/2021/183114.html)
all dev. The first two read both values already; the third, with a work's noun after the length, had the count read
with the noun after it as its name (750公里建设任务, 24 条: MISSES-fresh60 row 6) and the length lost. A count whose
name opens with the length that follows it is read as the length of the things named before the count (the gold of
延安 takes the length, 国省干线公路和红色旅游公路 750 公里, and no count of a list closed by 等).
"""

from __future__ import annotations

import re

# the count, then the length right after it (the caller gates on a name that opens with a digit)
_COUNT_LENGTH = re.compile(r"\d+\s?[条條]\s?(?P<value>\d+(?:\.\d+)?)\s?(?P<unit>公里|千米)")
# the words before the count back to the clause's mark, the list's 等 left out
_BEFORE = re.compile(r"[^,，;；。:：\s]{2,40}$")
_ETC = re.compile(r"(?:等等|等)$")
# the work's words after the length (750公里建设任务, 86公里县乡道改造): no part of the thing's name
_WORK_END = re.compile(r"(?:提质改造|改造提升|改造|建设任务|建设|任务|工程|以上)+$")
# a line's noun after the length names the thing (750公里农村公路, 86公里县乡道: review 46)
_LINE_NOUN = re.compile(r"[路道线河渠管网廊]")
# the verb or scope before the thing named before the count (建成, 全县实施, 加快): the work, not the thing
_LEAD = re.compile(r"^(?:全[县市区省州旗])?(?:加快|加速|推进|推动|完成|建成|实施|新建|新修|改建|建设|开工|启动|打造)+")


def counted_length(mtext: str, pos: int, indicator: str):
    """(name, value, unit, value's start, value's end, name's start) of the length after the count at ``pos`` whose
    name ``indicator`` opens with that length; None when the count's name is no length of it or no name stands
    before the count."""
    m = _COUNT_LENGTH.match(mtext, pos)
    if m is None or not indicator.startswith(mtext[m.start("value"):m.end("unit")].replace(" ", "")):
        return None
    length = mtext[m.start("value"):m.end("unit")].replace(" ", "")
    thing = _WORK_END.sub("", indicator[len(length):])
    if len(thing) >= 2 and _LINE_NOUN.search(thing):
        return thing, float(m.group("value")), m.group("unit"), m.start("value"), m.end("unit"), m.end("unit")
    before = _BEFORE.search(mtext, max(0, pos - 40), pos)
    words = _ETC.sub("", before.group()) if before else ""
    lead = _LEAD.match(words)
    name = words[lead.end():] if lead else words
    if len(name) < 2:
        return None
    return name, float(m.group("value")), m.group("unit"), m.start("value"), m.end("unit"), \
        before.start() + len(words) - len(name)
