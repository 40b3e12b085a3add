"""A size grade spelled by one round character before the thing it grades names a class of the thing, not an amount
the plan commits to (spurx40; the corpus README: a threshold inside the thing counted, the count is the target).
Dev pages of two places print it, and their gold reads no grade:
- `高水平建設千畝高產示范片1000個` (四川 2024 政府工作报告, sxsishuo.net/jjsc/2024-01-22/203168.html): 1000 个 is
  the target, not 1000 亩;
- `在90个粮食生产重点县分别建成1个万亩高产示范基地` (四川 2023 农村工作,
  chuangye.news9.cn/chuangye/2023/0811/401424.html): a quote that ends at the grade, a count of it before;
- `建成投用百万羽蛋鸡养殖场(二期)` (重庆 2025 农业, bg.zgcqxs.net/paper.asp?Aid=25817&Fid=16060).
Read: a target whose unit ends with a measure of size (亩, 羽, 头, 吨) and whose quote prints that measure only after a
grade (千, 万, 百万, 十万: no digit or numeral before it) that a noun follows at once, or that ends the quote after a
count's measure word (1个万亩). An amount spelled at a clause's
end (`完成造林千亩。`, `千亩以上`) or printed in digits (`2.7万亩`) is kept."""

from __future__ import annotations

import re

from kechuang.extract.model import Target

_MEASURES = "亩畝羽头頭吨噸"
# a grade: a round character or two with no count before it, its measure, then a noun (not a bound or 的)
_GRADE = re.compile(r"(?<![\d〇零一二两兩三四五六七八九十百千万萬几幾数數余餘多])(?:百万|百萬|十万|十萬|千|万|萬)"
                    rf"[{_MEASURES}](?:(?!以上|以下|左右|的)(?=[\u4e00-\u9fff])|(?<=[个個][千万萬][{_MEASURES}])$)")
# the measure printed after digits in the quote (2.7万亩, 1.2亿吨): an amount of its own, the target may be it
_DIGITS = re.compile(rf"\d[\s万萬千百亿億]{{0,2}}[{_MEASURES}]")


def spelled_grades(targets: list[Target]) -> list[Target]:
    """``targets`` without those read from a spelled size grade (see the module's note)."""
    return [t for t in targets if not (t.unit and t.unit[-1] in _MEASURES and _GRADE.search(t.quote)
                                       and not _DIGITS.search(t.quote))]
