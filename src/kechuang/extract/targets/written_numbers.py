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

from kechuang.extract.targets.vocab import vocab

# two characters at least, one of them a multiplier or 点 (二千零一十五, 一百, 四十九点五): no lone digit (一元化)
_AMOUNT = re.compile(r"(?=[零〇一二两三四五六七八九十百千点]{0,12}[十百千点])"
                     r"[零〇一二两三四五六七八九十百千点]{2,12}[万亿]{0,2}")


def chinese(m: re.Match) -> bool:
    """Whether a candidate's number is written in Chinese numerals (一千二百亿, not 1200亿)."""
    return bool(m.group("num")) and not m.group("num")[0].isdigit()


def written_amount(m: re.Match) -> bool:
    """Whether a candidate's number is a Chinese numeral amount in a unit of measure (一千二百亿元 → True)."""
    num, unit = m.group("num") or "", (m.group("unit") or "")
    if not _AMOUNT.fullmatch(num):
        return False
    base = unit.lstrip("万亿")
    return base in vocab().measure_units
