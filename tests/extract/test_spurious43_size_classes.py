"""spurious43: a money threshold that names the places counted, printed with a bracketed part in the places' name
(`县(市、区)`), is part of the indicator as it is without one (size_class.py: `纳税过1亿元的企业达30家`); the count
is the target, the threshold none.

Family (dev):
- 广西 2021 县域经济 三年攻坚 (gx-guangxi-xyjjgjxw2021#1, http://focus.dongchanet.com/20210719/77437.html):
  `地区生产总值超200亿元的县(市、区)达50个以上、超300亿元的县(市、区)达30个以上,一般公共预算收入突破15亿元的
  县(市、区)达10个左右` (gold: 50, 30 and 10 个; none of the amounts);
- 衡阳 2021 (hn-hengyang-qyjb2021#2, http://hyzy.hunancourt.gov.cn/article/detail/2021/11/id/6375317.shtml):
  `纳税过1亿元的企业达30家,产值过500亿元的企业达3家` (gold: 30 and 3 家), read so already.
Kept: an amount the clause commits to (`一般公共预算收入突破15亿元`, `地区生产总值达到200亿元(含开发区)`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_thresholds_naming_bracketed_places_are_none() -> None:
    # 广西 2021 (dev, gx-guangxi-xyjjgjxw2021#1)
    got = target_values("《行动方案》提出,到2023年,全区111个县(市、区)经济综合实力明显增强,财政保障能力稳步提升,"
                  "公共服务质量进一步提升:地区生产总值超200亿元的县(市、区)达50个以上、超300亿元的县(市、区)达30个以上,"
                  "一般公共预算收入突破15亿元的县(市、区)达10个左右;县域工业实力进一步提高,规模以上工业增加值力争年均增长8%以上。",
                  2021)
    assert got == [50, 30, 10, 8]
    # 衡阳 2021 (dev, hn-hengyang-qyjb2021#2)
    assert target_values("到2025年,纳税过1亿元的企业达30家,产值过500亿元的企业达3家。", 2021) == [30, 3]


def test_amounts_committed_stay() -> None:
    assert target_values("到2023年,一般公共预算收入突破15亿元。", 2021) == [15]
    assert 200 in target_values("到2023年,地区生产总值达到200亿元(含开发区),规上企业达到50家。", 2021)


def test_bracketed_classes_are_linear() -> None:
    assert_linear(extract_text, lambda n: "地区生产总值超200亿元的县(市、区)达50个以上、" * n + "。")
