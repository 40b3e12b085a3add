"""A money threshold that names the thing counted, with the count after the thing: the count is the target.

``推动建设千万元以上重点项目200个`` commits to 200 projects, each of 10 million yuan or more; the amount is part of the
indicator (千万元以上重点项目), not a target of its own (the corpus README, thirty-first batch: "a threshold inside the
thing counted … the count is the target"; ``sized.py`` reads the same shape when the count stands before the thing,
4座110千伏变电站). From dev pages of three documents, the threshold written with and without digits, bounded by 以上
after it or 超 before it, and a thing's name that holds no verb (a verb opens the next goal glued to the amount:
实现地区生产总值300亿元以上规上企业达到120家 is two targets):
  推动建设千万元以上重点项目200个,完成投资200亿元以上。                       (竹山 2024 政府工作报告, hb-zhushan)
  新增年收入超50万元的经济强村5个。                                          (a 海南 county's 2024 报告, hi-hainanxian)
  实施投资5000万元以上工业重点项目323个,年内力争完成投资1000亿元以上        (包头 2011 重点任务, nm-baotou)
An amount that the sentence commits to stays a target (完成投资200亿元以上, 投资1000万元以上): no count follows it.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.vocab import vocab

# after the amount's unit: its bound (以上, 及以上; the candidate's own ``cmp`` when it read one), 的, the thing's name
# (two to twelve characters of text, no digit, no punctuation) and the count of it with a measure word of counts
_THING_COUNTED = re.compile(r"(?:及?以上)?的?(?P<thing>[\u4e00-\u9fff]{2,12}?)\s{0,2}"
                            r"(?:\d{1,6}|[一二两三四五六七八九十百]{1,4})\s{0,2}(?:个|家|项|所|座|处|户)")
_BOUND_BEFORE = ("超", "超过", "逾")  # not a bare 过: 通过, 经过 bound nothing
# a verb in the thing's name opens the next goal glued to the amount, no thing counted (the review of round 28):
# 实现地区生产总值300亿元以上规上企业达到120家, 完成固定资产投资50亿元以上新开工项目30个, 通过争取…1亿元以上建设项目10个
_GOAL_VERB = re.compile("达到|争取|实现|完成")


def names_a_class(clause: str, m: re.Match) -> bool:
    """Whether the money value ``m`` of ``clause`` is a threshold inside the thing counted after it: bounded
    (以上 after it, 超/超过/逾 before it) and followed by the thing's name and its count."""
    unit = m.group("unit") or ""
    if not unit.endswith("元"):
        return False
    bounded = m.group("cmp") in ("以上", "及以上") or clause[max(0, m.start() - 2):m.start()].endswith(_BOUND_BEFORE)
    if not bounded:
        return False
    thing = _THING_COUNTED.match(clause, m.end())
    return thing is not None and not (vocab().count_verb_start.search(thing.group("thing"))
                                      or _GOAL_VERB.search(thing.group("thing")))


# a money class inside a name (千万元以上重点项目, 5000万元以上工业重点项目): where the thing's name starts
_CLASS_AMOUNT = re.compile(r"[\d.千百万亿]{1,12}元(?=及?以上)")


def class_head(head: str) -> str:
    """The thing counted without the count verb before its money class: 推动建设千万元以上重点项目 → 千万元以上重点项目
    (as a count verb opening a name is cut); ``head`` itself when no count verb stands just before the class."""
    m = _CLASS_AMOUNT.search(head)
    return head[m.start():] if m and vocab().count_verb_end.search(head, 0, m.start()) else head
