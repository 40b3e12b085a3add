"""An amount put against a funding body alone is how a cost is split among those who pay, not an outcome a plan
commits to (round 42; the spec's policy parameters, as funding.py's funds arranged and caps of grants). From dev pages
of two documents:
  其中,中央专项资金38.15亿元,市级财政24.21亿元,区县投入80.01亿元        (重庆 2015 民生实事 progress, fzggw.cq.gov.cn)
  省财政100元/户、市财政500元/户,区财政600元/户,不足部分由镇财政承担     (甘肃 2022 改厕补助标准)
The indicator is then only a level of government and what it pays (省财政, 市级财政, 中央专项资金, 区县投入) and the
unit is money. A body's spending on a named purpose (地方财政科技支出, 政府财政科技研发投入, 财政总收入) names more than
the payer and stays a target. The test runs on each target's indicator once: linear in the targets."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.rules import simplified_all

# a level of government (中央, 省, 市级, 区县…) then what it puts in (财政, 专项资金, 投入, 配套…), nothing else
_FUNDER = re.compile(r"(?:中央|国家|省|市|县|区|镇|乡|乡镇|区县|县区|县市区)(?:本级|级)?"
                     r"(?:财政|专项资金|财政资金|投入|配套|配套资金|补助|补助资金|奖补|补贴)")


def without_funders(targets: list[Target]) -> list[Target]:
    """``targets`` without the amounts of a funding body alone (see the module's note)."""
    return [t for t in targets if _kept(t)]


def _funder(indicator: str) -> bool:
    return _FUNDER.fullmatch(simplified_all(indicator).replace(" ", "")) is not None


def _kept(target: Target) -> bool:
    """Whether ``target`` stays: its unit is no money, or its indicator names more than a funding body."""
    return not (target.unit and "元" in target.unit and _funder(target.indicator))
