"""A per-year growth after a plain year beyond the plan's own takes that year as its end (five59; MISSES-fresh58 row 2).

`年均增长N%` lost the year of its goals paragraph while a level beside it kept it: a year stated plainly after the
plan's own (2020年人均预期寿命达76.7岁 in a plan of 2016) ends the period the growth rates after it run to, as 到2020年
does. Sources (dev): 陕西 2016 报告 news,
http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html; 安宁 2016 报告 news (甘肃),
http://www.anningzx.com/ansjd/350.html.
"""
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_under

SHAANXI = ("根据“十三五”规划,陕西将围绕健康陕西行动计划,加强公共卫生服务,完善分级诊疗制度,2017年县域就诊率达到90%,"
           "2020年人均预期寿命达76.7岁。基本建成覆盖城乡、便捷高效、保基本、促公平的现代公共文化服务体系,"
           "文化产业年均增长15%以上,群众精神生活更加丰富。")


def _rows(text, plan_year):
    return [(t.indicator, t.kind, t.value, t.year) for t in extract_text(normalise(text), plan_year=plan_year).targets]


def test_growth_after_a_later_plain_year_takes_it():
    rows = _rows(SHAANXI, 2016)
    assert ("文化产业", "growth", 15, 2020) in rows
    assert ("人均预期寿命", "level", 76.7, 2020) in rows


def test_the_plans_own_year_dates_no_period():
    # the plan's own year is the plan's date, not a period's end: a growth after it keeps no year of its own
    rows = _rows("2016年县域就诊率达到90%。文化产业年均增长15%以上。", 2016)
    assert [r for r in rows if r[1] == "growth"] == [("文化产业", "growth", 15, None)]


def test_many_rates_stay_linear():
    text = normalise("2020年人均预期寿命达76.7岁。" + "产业年均增长15%," * 4000)
    assert_under(lambda: extract_text(text, plan_year=2016), 8)  # 0.8 s on the shared host: a quadratic pass takes minutes
