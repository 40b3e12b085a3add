"""five54 (session 33): a count printed as a range before the thing opens a goal whatever the predicate after it
(ranges.py); sentences from dev pages, addresses above each test, expected values read by hand."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.value, t.value_max, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year).targets]


# 光明 2021 政府工作报告 (http://shenghuobao.net/thread-46008-1-1.html: 2至3所学校整体教育质量跻身全市前列); 青海 2012 农牧业
# 生产目标 (http://chinafeed.com.cn/xumu/201202/10/69622.html: 争取再将一至两个…示范区申报为国家级示范区) — both dev.
def test_a_range_before_the_thing_is_a_goal():
    guangming = ("未来五年,政府要努力实现以下目标:新增公办义务教育学位3.8万个,2至3所学校整体教育质量跻身全市前列;"
                 "筹集公共住房4万套;")
    rows = _rows(guangming, 2021)
    assert [(r[1], r[2], r[3]) for r in rows] == [(3.8, None, "万个"), (2, 3, "所"), (4, None, "万套")]
    assert "学校" in rows[1][0]
    qinghai = "全力打造现代农牧业示范区,争取再将一至两个发展条件较好的示范区申报为国家级示范区,扶持建设100家畜禽规模养殖场。"
    assert [(r[1], r[2], r[3]) for r in _rows(qinghai, 2012)] == [(1, 2, "个"), (100, None, "家")]


# A range of years is a period (辽宁 2009, https://most.gov.cn/ztzl/kjzg60/dfkj60/ln/dtxw/200909/t20090916_72980.html:
# 力争经过3至5年的努力); a range after a selection is a pilot's scope (河南 2018, http://www.kjw.cc/2018/07/27/141316.html:
# 选择…有影响的10—20所职业院校…开展…试点) — both dev.
def test_a_period_or_a_selection_is_no_ranged_goal():
    assert not _rows("力争经过3至5年的努力,将这四个基地建设好。", 2009)
    assert not _rows("选择在汽车制造、医药化工、交通运输等产业有影响的10—20所职业院校,与境外知名行业协会、职业院校、"
                     "培训机构合作开展职业资格证书国际化试点。", 2018)
