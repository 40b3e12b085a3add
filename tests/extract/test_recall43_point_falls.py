"""recall43 (session 43): a fall of percentage points (每年降低0.5个百分点, 年均递减1.6个百分点) is a negative increase.

A count of percentage points is read as an increase (count_parts.increase_target), but its sign was always the rise's:
`近视率…每年降低0.5个百分点` came out as +0.5 with 每年降低 in its name. The gold of the two dev documents that print a fall
in percentage points reads each as a negative increase (the spec's `growth` reads a fall the same way, 能耗下降3% → −3):
  教育部 2018 近视防控 (http://m.jrszb.cc/politics/2018-08/31/c_1123362565.htm, dev)
  路桥 “十一五” 规划 (https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html, dev)
A rise (提高2个百分点) keeps its sign. Sentences verbatim from the dev pages above.
"""

from __future__ import annotations

from tests.extract.passages import target_rows


# 教育部 2018 (address above): two falls per year, the page in traditional characters
def test_falls_per_year_are_negative_increases():
    rows = target_rows("實施方案提出,到2023年,力爭實現全國兒童青少年總體近視率在2018年的基礎上每年降低0.5個百分點以上,"
                 "近視高發省份每年降低1個百分點以上。", 2018)
    falls = {(r[0], r[2]) for r in rows if r[1] == "increase" and r[3] == "個百分點" and r[4] == 2023}
    assert ("全國兒童青少年總體近視率", -0.5) in falls
    assert ("近視高發省份", -1) in falls


# 路桥 “十一五” (address above): 年均递减, the level reached after it unchanged
def test_a_yearly_fall_is_a_negative_increase():
    rows = target_rows("人民生活更加殷实:城乡低收入家庭恩格尔系数年均递减1.6个百分点,达到33.1%。", 2006)
    assert any(r[0] == "城乡低收入家庭恩格尔系数" and r[1:4] == ("increase", -1.6, "个百分点") for r in rows)
    assert any(r[1:4] == ("level", 33.1, "%") for r in rows)


# a rise keeps its sign (教育部 2018's neighbour shape; 重庆 2023 行动计划 prints 比重提高到22%, 提高N个百分点 elsewhere)
def test_a_rise_of_points_stays_positive():
    rows = target_rows("到2025年,高技术制造业增加值占规模以上工业增加值比重提高2个百分点。", 2021)
    assert [r[2] for r in rows if r[3] == "个百分点"] == [2]
