"""five54 (session 33): numbers that are no goals and numerals that are, each from real sentences of dev pages
(addresses above each test); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# A measure and its unit followed by 级 grade the thing by its size: the capacity names the plant, no goal.
# 交城 2021 工作安排 (https://www.sxllnews.cn/xyllrb/pc/con/202104/23/c85787.html); 四川 “十四五” 软件与信息服务业
# (https://huibimu.com/new/17943.html: 收入达到100亿元级企业, a class of enterprise) — both dev.
def test_a_graded_capacity_is_no_target():
    assert not _rows("焦化行业,打造600万吨级的绿色焦化产业园。", 2021)
    assert not _rows("白酒行业,打造10万吨级白酒基地。", 2021)
    assert not _rows("该省还将培育大量市场主体,包括收入达到100亿元级企业。", 2022)
    # the count of the graded things stays the goal, the grade in its name
    assert [(r[0], r[2], r[3]) for r in _rows("建设10万吨级泊位2个。", 2021)] == [("10万吨级泊位", 2, "个")]
    # a level with no grade after it is still read
    assert [(r[2], r[3]) for r in _rows("全县粮食产量稳定在10万吨以上。", 2021)] == [(10, "万吨")]


# A Chinese numeral of one digit before 万/亿 is an amount, as 一千二百亿元 is: 甘肃 2020
# (http://www.chinadevelopment.com.cn/news/zj/2020/03/1628892.shtml: 新建改建农村公路一万余公里), as the 河北 2010 and
# 新疆 2004 reports' numerals (written_numbers.py) — dev.
def test_a_numeral_in_wan_is_an_amount():
    rows = _rows("今年甘肃省将新建改建农村公路一万余公里。", 2020)
    assert [(r[2], r[3], r[4]) for r in rows] == [(1, "万公里", 2020)]
    assert "农村公路" in rows[0][0]
    assert not _rows("万一出现问题,及时处置。", 2020)


# A count in a Chinese numeral of one character after the thing a count verb opened the clause with is the count
# built (the README's convention "Counts of one"): 奉节 2023 云雾 绩效目标审批表 (http://cqfj.gov.cn/index/xz_168/ywtjzx/
# zwxx_61303/gsgg_107031/202402/t20240201_12892054.html: 新建中药材晾晒房一座), with 甘肃 2020's 一万余公里 above — dev.
def test_a_numeral_count_after_the_thing_is_a_target():
    rows = _rows("项目总体概况 新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米。", 2023)
    assert [(r[2], r[3]) for r in rows] == [(1, "座"), (420, "平方米")]
    assert rows[0][0].endswith("中药材晾晒房")
    assert [(r[0], r[2]) for r in _rows("新建文化广场两个,改造公厕三座。", 2023)] == [("文化广场", 2), ("公厕", 3)]
    # no count verb, a vague set or a designation: no count of things built
    assert not _rows("建设一批重点项目。", 2023)
    assert not _rows("确定一条重点街道。", 2023)
    assert not _rows("该项目为全县重点工程之一。", 2023)


# 头只 counts cattle and sheep together, one unit: 吐鲁番 2025 政府工作报告 (http://joelpeckham.com/tlfs/c106275/202502/
# 771e20be0c1340a3b9d8ba270c3e26e3.html: 完成牛羊育肥360.2万头只); 且末 2013 (http://www.sdlsmy.com/dfpd/xj/bwzg/2013-01/
# 15/content_16121717.htm: 牲畜养殖规模百万头只以上) — both dev.
def test_tou_zhi_is_one_unit():
    assert [(r[2], r[3]) for r in _rows("今年完成牛羊育肥360.2万头只。", 2025)] == [(360.2, "万头只")]
    assert [(r[2], r[3]) for r in _rows("牲畜养殖规模达到100万头只以上。", 2013)] == [(100, "万头只")]
