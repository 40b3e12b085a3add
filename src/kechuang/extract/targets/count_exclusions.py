"""Which numbers of a clause are no values of targets at all: numbers in quotes, titles or annotations,
ordinals, rates' denominators, parts of codes, idioms, and round numerals or bare 亿元 that name a class of size.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.set_terms import idiom
from kechuang.extract.targets.vocab import CN_NUM, vocab
from kechuang.extract.targets.written_numbers import chinese

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

ROUND_CN = re.compile(r"^[十百千万]{1,3}$")  # a round numeral: 百, 千, 十万
# What follows a bare 万元/亿元 (no digit) that names a class of size: a noun (not 规模), not a stop
# (湖北 2022 工业 action plan: 亿元技改项目, 亿元以上新兴产业重点项目; 如皋 2024: 10亿元企业、亿元企业;
# 突破万亿元。 stays a value).
_HAN_OR_LEVEL = re.compile(r"[级\u4e00-\u9fff]")  # a name goes on after the size
_CLASS_NEXT = re.compile(r"[\u4e00-\u9fffA-Za-z](?<!规)")
# The attendance of a congress or a meeting (MISSES-fresh54.md, row 6): who was due and who came, a count of the
# meeting, no goal — dev pages of two places, whose gold reads none: 大会应到代表877名,出席839名,符合法定人数 (四川 2026
# 政府工作报告 news, https://us.usy7.cc/usyVvBfQOsH/NvXc0xT_4587.doc); 本次会议应出席代表213名,实际出席代表196名
# (景东 2023 人大, http://www.jingdong.gov.cn/info/1164/65932.htm).
# (应到 and 实到 only as words of their own: 落实到7个乡镇, 落实到500名村干部 are no attendance — review 40.)
_ATTENDANCE = re.compile(r"(?:(?<![落实實])应到|(?<![落])實到|(?<![落])实到|應到|出席|列席)(?:会议|會議)?"
                         r"(?:代表|委员|委員|人员|人員)? ?$")

# Units or people who came to the meeting the news reports (hist59, sum58's leftover): the count's clause ends in
# 参加(了)/出席(了) 会议 —
#   县经济信息和科学技术局、交通局、住建局等55家单位负责人参加了会议。 (慈利 2018 一季度投资调度会 news,
#       http://www.ycltgd.com/news/qxnews/clnews/2018-03-05/142631.html, dev: read as 55 家, dated by the meeting's
#       2018年第一季度 in the sentence before)
#   …工作调度会在县委组织部三楼会议室召开,全县17个乡镇、22个相关县直单位参加会议。 (凤凰 2022 乡村育才聚才行动 news,
#       https://www.fhxww.cn/content/646655/55/12037580.html, dev: the same shape, read as nothing for want of a year)
#   …成员单位分管副职、县全民科学素质工作领导小组办公室全体人员近30人参加会议。 (夏邑 2019 全民科学素质 meeting news,
#       https://m.fx361.cc/news/2019/0925/14966563.html, dev: read as 30 人)
# The verb ends the clause (no comma between: 组织50家企业参加广交会 is no meeting); simplified or traditional.
_ATTENDS = re.compile(r"[^\d,，;；。]{0,16}?(?:参加|參加|出席|列席)了?\s{0,2}(?:本次)?(?:会议|會議)")


def excluded(para: Paragraph, m: re.Match, clause: str, pos: int) -> bool:
    """Numbers in quotes, titles or annotations, ordinals (第三), rates' denominators (每万名),
    parts of codes (NO.10) and idioms (一套) are not values of targets."""
    if para.masked[pos]:
        return True
    before_char = clause[m.start() - 1] if m.start() else ""
    if before_char and ((before_char.isascii() and (before_char.isalnum() or before_char in ".+-"))
                        or before_char in "第每前后" or before_char in CN_NUM):
        return True
    if chinese(m) and (not m.group("unit") or m.group("unit") in vocab().measure_units) \
            and ROUND_CN.match(m.group("num")[:-1]) and _HAN_OR_LEVEL.match(clause, m.end(), m.end() + 1) \
            and not m.group("cmp"):
        return True  # 百亿工业企业, 千亿级产业集群, 千亿斤粮食生产能力工程, 超千亿元高新区: a class of size in a name
    if m.group("num") and not m.group("num").strip("万亿") and (m.group("unit") or "元") == "元" \
            and _CLASS_NEXT.match(clause, m.end()):
        return True  # 实施亿元技改项目1500个, 482个亿元以上新兴产业重点项目, 亿元企业: a class of size in a name
    near = clause[max(0, m.start() - 10):m.start()] if m.group("unit") in ("名", "人") else ""
    if ("席" in near or "到" in near) and _ATTENDANCE.search(near):
        return True  # 应到代表877名,出席839名: the attendance of a meeting
    if ("会" in (after := clause[m.end():m.end() + 26]) or "會" in after) and _ATTENDS.match(after):
        return True  # 等55家单位负责人参加了会议: a meeting's attendance
    return idiom(m, clause)  # 一套, 两头; 一元化, 一人公司 (set_terms.py)
