"""A count of the things a work is done at: 在 + a count + the thing + the work, closing its clause. From dev pages of
three documents (round 63):
  在100所中小学实施“阳光校园·智慧教育”工程                        (贵州 2020 十件民生实事)
  在286所幼儿园公共区域设置视频图像采集装置                        (蓟州 民心工程)
  在3-5個戰略關鍵材料領域形成競爭優勢,在1-2個未來材料領域取得突破  (奉贤 2025 新材料产业)
The count verb stands after the thing, not before the count, so ``counts`` reads no count there. The indicator is the
thing and its work as printed (the gold's `实施…工程的中小学` names the same). Not read: a count with another number in
its clause (在39个村改造升级10千伏线路16.66公里: the work's own measure is the target), a count of places, which is the
scope of a programme (在38个县开展绿色高质高效创建, 在23个县市整建制推进), a standing among others (在39个正常推进区排名
第四), a time (在3个月内, 在5个自然日内, 在2个星期内: review 28, F2), and a count a rule read already. A place stands
within the rest's first seven characters; a level word (省级, 市级, 县级…) is no place (在20家规上企业建设省级企业技术
中心: review 28, F2)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.spans import Covering, insert_in_order

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

# 在 not ending a word (存在, 现在, 位在, 正在, 还在…: a state or a report), the count (a range: 3-5个), the thing and
# its work up to the clause's end, with no number in them; bounded on both sides
_SITED = re.compile(r"在(?<![存现位处正还也都所实]在)(?P<num>\d{1,6})(?:\s*[-—~至到]\s*(?P<max>\d{1,6}))?\s*"
                    r"(?P<unit>个|所|家|座|处)(?P<cmp>以上|左右)?(?P<rest>[^\d\s,，;；。、:：!！?？|()（）]{4,40})"
                    r"(?=[,，;；。!！?？|]|$)")
# 在3个月内, 在5个自然日内, 在2个星期内: a time, no count of things (天然气, 周边 are things and places)
_TIME = re.compile(r"(?:自然|日历|交易|工作)日|星期|旬|(?:日|天|周)(?![然边])|月|小时|百分点|季度|年")
# a place within the rest's first seven characters (a programme's scope: 在38个县开展…, 在23个县市整建制推进…), or a
# standing among others (not 幼儿园公共区域, 园区, 景区, 校区: things; not a level word, 省级, 市级: review 28, F2)
_PLACE = re.compile(r"^[^\W\d_]{0,6}?(?:县市|县区|[县市乡镇村省州](?![级級])|(?<![园景校小])区(?![域级級])|街道|社区)")
_AMONG = re.compile(r"排名|位居|名列|之一|中$")
_GATE = re.compile(r"在\d")  # a line with no 在 before a digit is not looked at
_CLAUSE_REACH = 120


def may_sited_counts(text: str) -> bool:
    """Whether ``text`` may hold a count sited_counts reads: its 在 (the call site asks first: one test, two places)."""
    return "在" in text



def sited_counts(para: Paragraph) -> None:
    """Add the paragraph's counts of things a work is done at (see the module's note), in document order."""
    text = para.mtext
    if not may_sited_counts(text):
        return
    if not _GATE.search(text):
        return
    starts = [s for s, _ in para.sentences]
    read = Covering((t.start - para.line.start, t.end - para.line.start) for t in para.targets)  # log time a lookup
    before = len(para.targets)
    for m in _SITED.finditer(text):
        pos, rest = m.start("num"), m.group("rest")
        if para.masked[pos] or _TIME.match(rest) or _PLACE.match(rest) or _AMONG.search(rest) \
                or read.covers(pos, pos + 1):
            continue
        k = max(0, bisect.bisect_right(starts, pos) - 1)
        s_start, sentence = para.sentences[k]
        lo = max(0, m.start() - s_start - _CLAUSE_REACH)  # a bounded look back: linear on a sentence of many clauses
        cut = max(sentence.rfind(c, lo, m.start() - s_start) for c in ",，;；")
        clause = sentence[max(lo, cut + 1):m.end() - s_start]
        para.add(rest, "level", int(m.group("num")), m.group("unit"), pos, m.end(), k, clause, m.start("rest"),
                 cmp=m.group("cmp"), value_max=int(m.group("max")) if m.group("max") else None)
    added = para.targets[before:]
    del para.targets[before:]
    para.targets[:] = insert_in_order(para.targets, added)
