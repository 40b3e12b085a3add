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

The bound may also be a 过 after the measure the class is taken on (tail50, 2026-12-05; the shape in three dev pages:
产值过10亿元企业突破10家, 株洲 2025 经开区, hn-zhuzhou-jkq2025; 推动51个预增产值过10亿元…工业增长点, 湖北 2022 制造业,
hb-hubei-zzgyjj2022; 培植一个年销售收入过150亿元的产业集群, 孝感, hb-xiaogan-gyqs; the last two count before the
thing, which this reader does not read), and an amount with no bound names the class when the
thing is an enterprise or a project right after its unit and the count follows (新增20亿元企业1家、规上工业企业15家,
宝应 2025, js-baoying-fanshui2025; 其中5亿元项目2个以上, 盐都 2026, js-yandu-dagang2026).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.vocab import vocab

# after the amount's unit: its bound (以上, 及以上; the candidate's own ``cmp`` when it read one), 的, the thing's name
# (two to twelve characters of text, no digit, no punctuation) and the count of it with a measure word of counts
# (or a name with a bracketed part: 超200亿元的县(市、区)达50个, 广西 2021 县域经济 — spurious43)
_THING_COUNTED = re.compile(r"(?:及?以上)?的?(?P<thing>[\u4e00-\u9fff]{2,12}?"
                            r"|[\u4e00-\u9fff]{1,8}[(（][\u4e00-\u9fff、]{1,8}[)）][\u4e00-\u9fff]{0,3}?)\s{0,2}"
                            r"(?:\d{1,6}|[一二两三四五六七八九十百]{1,4})\s{0,2}(?:个|家|项|所|座|处|户)")
# not a bare 过: 通过, 经过 bound nothing; 突破 as 超 (一般公共预算收入突破15亿元的县(市、区)达10个: spurious43)
_BOUND_BEFORE = ("超", "超过", "逾", "突破")
# 过 after the measure a class is taken on (产值过, 收入过, 营收过): a bound; 通过, 经过, 超过 (above), 不过 are not
_MEASURE_PAST = re.compile(r"(?:产值|收入|营收|销售额|税收|规模)过$")
# an unbounded amount directly before an enterprise or a project and its count: a class (20亿元企业1家)
_CLASS_THING = ("企业", "项目", "企業", "項目")
# a verb in the thing's name opens the next goal glued to the amount, no thing counted (the review of round 28):
# 实现地区生产总值300亿元以上规上企业达到120家, 完成固定资产投资50亿元以上新开工项目30个, 通过争取…1亿元以上建设项目10个
_GOAL_VERB = re.compile("达到|争取|实现|完成")


def names_a_class(clause: str, m: re.Match) -> bool:
    """Whether the money value ``m`` of ``clause`` is a threshold inside the thing counted after it: bounded
    (以上 after it, 超/超过/逾 before it) and followed by the thing's name and its count."""
    unit = m.group("unit") or ""
    if not unit.endswith("元"):
        return False
    bounded = m.group("cmp") in ("以上", "及以上") or clause[max(0, m.start() - 2):m.start()].endswith(_BOUND_BEFORE) \
        or (clause[m.start() - 1:m.start()] == "过" and _MEASURE_PAST.search(clause, max(0, m.start() - 3), m.start()))
    if not bounded and not clause.startswith(_CLASS_THING, m.end()):
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


# A count of households bounded by 以上 right before a village's noun names a class of village by its size, as
# 千万元以上 names a class of project: the goal is the coverage of those villages — dev pages of two places:
#   到2025年全省30户以上自然村寨农村生活垃圾收运体系覆盖率达90%
#       (贵州 2023, https://static.h2o-china.com/news/345016.html: gold 90 % only; 30 户 was read as a level of 全省)
#   實現全市行政村、20戶以上自然村、災害事故多發易發區域(點)應急廣播雙向化終端100%覆蓋
#       (台州 2024 民生实事, http://big5.china.com.cn/gate/big5/zjnews.china.com.cn/zj/taizhou/2024-01-22/409255.html:
#       gold 100 %)
# (完成超230个50户以上木质房屋连片村寨…: 黔东南, http://qdnwm.gov.cn/jujiaoqdn/4742.html — dev: the count before it
# is the target, 50 户 was never read.)
_VILLAGE = re.compile(r"(?:的)?(?:自然村|自然寨|村寨|村民小组|村民小組|村组|村組|居民点|居民點)")


def graded(clause: str, m: re.Match) -> bool:
    """Whether the value ``m`` of ``clause`` is a grade of size (a measure and its unit, then 级): 600万吨级的绿色焦化
    产业园 and 10万吨级白酒基地 name the plant by its capacity (交城 2021 工作安排,
    https://www.sxllnews.cn/xyllrb/pc/con/202104/23/c85787.html), 收入达到100亿元级企业 names a class of enterprise
    (四川 “十四五” 软件与信息服务业, https://huibimu.com/new/17943.html — both dev); the spec's size class (千亿级,
    3A级 in ``sized.py``) written with digits. The grade is never the commitment; a count of the graded things is."""
    end = m.end()
    if m.group("cmp") == "以上" and m.group("unit") in ("户", "戶") and _VILLAGE.match(clause, end):
        return True  # 30户以上自然村寨: a class of village by its size (see _VILLAGE)
    if clause[end:end + 1] not in ("级", "級") or m.group("cmp"):
        return False
    unit = (m.group("unit") or "").lstrip("万亿萬億")
    return bool(unit) and (unit in vocab().measure_units or unit == "元")


# A count right before a money class (invented46): the amount names the class of the things counted, the count before
# it is the commitment, as names_a_class reads the count after the thing. Dev pages of two places:
#   推动51个预增产值过10亿元、643个预增产值1亿元以上工业增长点发力       (湖北 2022 制造业, hb-hubei-zzgyjj2022#2:
#       gold 51 个 and 643 个 only)
#   形成“1个3000亿元、3个1000亿元”产业雁阵                               (吉安 2024, jx-jian-sdgjz2024#1: gold none of
#       these; 电子信息产业营收突破3000亿元 before it is the goal)
# The count (digits or a numeral, 个) stands right before the amount, or before the measure the class is taken on and
# its bound (预增产值过, 年销售收入超过): 引进1个总投资10亿元项目 names no bound and is not read.
_COUNT_BEFORE = re.compile(r"(?<![\d.])(?:\d{1,6}|[一二两三四五六七八九十]{1,3})\s{0,2}(?:个|個)"
                           r"(?:[\u4e00-\u9fff]{1,8}?(?:过|過|超过|超過|超|逾|突破))?\s{0,2}$")
_COUNT_REACH = 18  # the count, its measure word, a measure of up to 8 characters and a bound


def counted_before(clause: str, m: re.Match) -> bool:
    """Whether the money value ``m`` of ``clause`` follows a count of the things it classes (51个预增产值过10亿元)."""
    if not (m.group("unit") or "").endswith("元"):
        return False
    return _COUNT_BEFORE.search(clause, max(0, m.start() - _COUNT_REACH), m.start()) is not None
