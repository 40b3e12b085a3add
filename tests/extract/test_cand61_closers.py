"""cand61: a value closed by a word of level or scale (水平, 规模) with no thing after it is a target of the name
before it; the closing word names nothing. Real dev sentences, each with its source address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 2019 年吉林省农业重点完成十项任务 (dev)
JILIN = "http://hunanfoods.net/news/internal/55239.html"
JILIN_TEXT = "2019年,吉林省将重点抓好十项重点工作任务的落实。其中,要保持粮食播种面积稳定在8000万亩以上,粮食总产量700亿斤水平;畜牧业重点抓好生猪生产。"
# 浦东新区国民经济和社会发展第十五个五年规划纲要 (dev)
PUDONG = "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070352863&siteId=0070"
PUDONG_TEXT = ("到2030年,战略性新兴产业制造业产值占工业总产值比重保持在55% 以上,推动智能网联汽车、软件信息等迈上5000亿元规模,"
               "智能终端形成2000亿元规模,民用航空、船舶海工、具身智能、新型能源等实现1000亿元规模。")
# 关于内地西藏班（校）扩大规模有关问题的请示 (dev): 达到2000人的规模, 的 + the closing word names the thing, as before
XIZANG = "http://www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm"
XIZANG_TEXT = "内地西藏初中班(校)从现有招生规模基础上,逐步扩大,1998年达到2000人的规模。"


def test_sources_are_dev():
    assert split_of(JILIN) == split_of(PUDONG) == split_of(XIZANG) == "dev"


def _targets(text, year):
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets}


def test_level_closes_the_value():
    assert ("粮食总产量", 700, "亿斤") in _targets(JILIN_TEXT, 2019)


def test_scale_closes_the_value():
    got = _targets(PUDONG_TEXT, 2026)
    assert ("智能终端", 2000, "亿元") in got  # 形成: the verb of reaching is no part of the name
    # the verbs of reaching (迈上, 实现) are no part of the names either (review 45: 迈上 was kept)
    assert ("智能网联汽车、软件信息等", 5000, "亿元") in got
    assert ("民用航空、船舶海工、具身智能、新型能源等", 1000, "亿元") in got
    assert not any(ind == "规模" for ind, _, _ in got)


def test_the_scale_of_a_thing_keeps_its_reading():
    assert any(v == 2000 for _, v, _ in {(t.indicator, t.value, t.unit)
                                          for t in extract_text(XIZANG_TEXT, plan_year=1996).targets})
