"""A value whose name is empty goes on with the name of the target just before it in its clause run (indic40,
session 40, targets/empty_names.py): its own clause holds only its verb and scope (年均增长), the value a further step
of that thing. The shape (a named value, then ``、增长N%`` / ``,年均增长N%`` with no name) stands in many dev pages —
台江 “十二五” (below), 万源 2021, 景东 2023, 镇安 2016, 湖南 2025, 涪城 2019 — most of them reports, whose first value
is no target either: there the growth stays unread as before."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int | None) -> list[tuple[str, float, str, str]]:
    return [(t.indicator, t.value, t.unit, t.kind) for t in extract_text(text, plan_year=year).targets]


def test_yearly_growth_after_a_doubling_is_the_growth_of_that_thing():
    # http://www.zhxpm.cn/news/tj/201110/70700.shtml (台江 “十二五”, dev): 年均增長 leaves no name of its own
    found = _named("到十二五末力爭生產總值翻一番以上,實現26億元以上,年均增長18%以上,確立在省州經濟社會發展目標中增比進位,"
                   "實現臺江的持續快速健康發展。", 2011)
    assert ("生產總值", 18, "%", "growth") in found, found


def test_a_reported_growth_stays_unread():
    # https://new.qq.com/omn/20210120/20210120A0CDE600.html (万源 2021, dev): the same shape in a report of the
    # year before: the level is no target, and nothing before names the growth
    found = _named("据了解,2020年,万源预计全年实现地区生产总值140亿元、增长4%。", 2021)
    assert not [f for f in found if f[1] in (140, 4)], found
    # http://www.jingdong.gov.cn/info/1164/65932.htm (景东 2023, dev)
    found = _named("经济社会发展行稳致远。全县实现地区生产总值122.3亿元、增长3.2%,固定资产投资增长", 2023)
    assert not [f for f in found if f[1] == 3.2], found


def test_an_empty_name_with_no_target_before_stays_unread():
    # a yearly growth that opens its sentence has nothing before it to name it: no target
    assert not [f for f in _named("年均增长18%以上,确立在省州经济社会发展目标中增比进位。", 2011) if f[1] == 18]


def test_an_empty_name_after_a_named_clause_stays_unread():
    # https://www.ytzp.cc/show-19136.html (黑龙江 2025, dev): 新增国家级绿色工厂 names its own thing (which the reader
    # missed): the 省级 factories before are not what 39家 counts
    found = _named("培育省级绿色工厂70家,新增国家级绿色工厂39家新增,3A公司获批2024年中国工业碳达峰“领跑者”。", 2025)
    assert not [f for f in found if f[1] == 39 and f[0] == "省级绿色工厂"]
