"""Amounts written in Chinese numerals (一千二百亿元, 二千零一十五亿元, 四十九点五亿美元, 增加一百元).

A Chinese numeral closing its clause with no counting verb is refused by ``counts.candidate`` (投资二亿元,新建…: the
funding of the work that follows; 三大工程: a name). A numeral of two characters or more, built with 十/百/千 or
decimals after 点, before a unit of measure (元, 美元, 吨…), is an amount as its digits would be: the goals of a
report printed in numerals throughout (新疆 2004 政府工作报告: 全社会固定资产投资一千二百亿元, 农牧民人均纯收入增加
一百元; 河北 2010: 全社会固定资产投资一万两千三百亿元 — dev). The issue asks for numerals "everywhere a number can
stand" (round 50).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.common import CLAUSE_END
from kechuang.extract.targets.vocab import vocab

# two characters at least, one of them a multiplier or 点 (二千零一十五, 一百, 四十九点五): no lone digit (一元化).
# A digit before 万/亿 has its multiplier as well (新建改建农村公路一万余公里: 甘肃 2020,
# http://www.chinadevelopment.com.cn/news/zj/2020/03/1628892.shtml — dev; 一万两千三百亿元 of 河北 2010 above is
# the same numeral with more places). 多/余 before 万/亿 (四百六十多亿) has no value (vocab._split_magnitude, fix 23).
_AMOUNT = re.compile(r"(?=[零〇一二两三四五六七八九十百千点]{0,12}[十百千点])"
                     r"[零〇一二两三四五六七八九十百千点]{2,12}[万亿]{0,2}"
                     r"|[一二两三四五六七八九][万亿]{1,2}")


def chinese(m: re.Match) -> bool:
    """Whether a candidate's number is written in Chinese numerals (一千二百亿, not 1200亿)."""
    return bool(m.group("num")) and not m.group("num")[0].isdigit()


# A round numeral of one place before 亿 (百亿, 千亿, 两千亿) after 过, the reach verb the level verbs do not hold,
# closing its clause: an amount to reach, as 突破千亿 (read as a level: 吉安 2024,
# http://27.185.56.112:8082/attachment/news.php?ko=5g.html; 长丰 2025,
# http://zgstyb.cn/html/2025/hefei_0104/526356.html) and 过100亿 are —
#   我们提出2022年武宣要力争实现工业园区过百亿。 (武宣 2022 两会 news, http://www.bbrtv.com/2022/0120/702337.html — dev)
# Before a noun (營業收入過千億、3-4家…過百億的龍頭企業: 湖南 2021, http://buildfuture.com.cn/36241.html — dev) it
# names a class of size: only a clause's end (or the text's) lets it stand as a value.
_ROUND_YI = re.compile(r"[一二两三四五六七八九]?[百千]亿")
_REACH_BEFORE = "过過"


def reached_round(m: re.Match) -> bool:
    """Whether a candidate is a round Chinese numeral before 亿 after 过, closing its clause (过百亿。)."""
    num, at, text = m.group("num") or "", m.start(), m.string
    if not (at and text[at - 1] in _REACH_BEFORE and _ROUND_YI.fullmatch(num)):
        return False
    return m.end() >= len(text) or CLAUSE_END.match(text, m.end()) is not None


def written_amount(m: re.Match) -> bool:
    """Whether a candidate's number is a Chinese numeral amount in a unit of measure (一千二百亿元 → True)."""
    num, unit = m.group("num") or "", (m.group("unit") or "")
    if not _AMOUNT.fullmatch(num):
        return reached_round(m)
    base = unit.lstrip("万亿")
    return base in vocab().measure_units


# a numeral of one character and a measure word of things built or staffed (not 批, 种, 些, 次: a vague set, a kind, a
# time)
_ONE_COUNT = re.compile(r"[一两二三四五六七八九十]")
_THING_UNITS = frozenset("座个所处家名支条套台辆间栋幢口眼")


def counted_after(m: re.Match, head: str) -> bool:
    """Whether a numeral of one character closing its clause counts the thing a count verb opened the clause with:
    新建中药材晾晒房一座 commits to one drying house (奉节 2023 云雾 绩效目标审批表, cq-fengjie-yunwu-jxmb2023 — dev;
    the README's convention "Counts of one"), as 新建改建农村公路一万余公里 commits to a length (甘肃 2020,
    http://www.chinadevelopment.com.cn/news/zj/2020/03/1628892.shtml — dev): a Chinese numeral after the thing."""
    num, unit = m.group("num") or "", m.group("unit") or ""
    if len(num) != 1 or unit not in _THING_UNITS or not _ONE_COUNT.fullmatch(num):
        return False
    # the verb opens the clause or follows a form's label (项目总体概况 新建…, the cell before, its space dropped)
    lead = vocab().count_verb_start.search(head, max(0, len(head) - 24))
    # a verb of having (设有, 建有, 拥有) states what exists, not what is to be built (review 39: 县城设有消防站一个)
    return lead is not None and not lead.group().endswith("有") and 2 <= len(head) - lead.end() <= 16
