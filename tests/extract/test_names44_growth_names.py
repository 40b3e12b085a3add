"""names44: a growth that follows a level in the same clause run (完成投资14亿元,增幅达40%) is the growth of the thing
the level measures: it takes the level's indicator, not the words read over the level's value (the leading verb, the
value itself). The spec: "the measured thing as written, shortest phrase that names it".

Family (dev):
- 青田 2018 旅游工作 news (zj-qingyuan-lygz2018#2,
  http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml): `强力推进48个涉旅工程项目,年内完成投资14亿元,
  增幅达40%` — gold 涉旅工程项目投资 for both 14亿元 and 40%; the growth was read as 完成投资 (a miss and a spurious);
- 包头 2011 重点任务 (nm-baotou-zdrw2011#1, http://fsou.com/html/text/lar/173664/17366417.html): `…年内力争完成投资
  1000亿元以上,增长20%左右` — the growth is named as its level (投资, within the gold 完成投资);
- 炮台街道 2022 目标 (ln-dalian-paotai2022#2, https://whereislife.com/news/show.php?itemid=112097):
  `限额以上企业销售额(营业额)6.24亿元,同比增长20%` — the growth's name held the level's value 6.24亿元.
Kept: `分别增长` after two levels (甘肃 2024 文旅, gs-gansu-wlmb2024#1,
http://shennongbaicaogaogw.com/html/1660/2024-01-23/content-482072.html) names the first thing, not the last.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear

QINGYUAN = "强力推进48个涉旅工程项目,年内完成投资14亿元,增幅达40%,确保增幅在全市排名前三。"
BAOTOU = ("  1.调整优化工业经济结构,改造提升传统产业,发展战略性新兴产业,实施投资5000万元以上工业重点项目323个,"
          "年内力争完成投资1000亿元以上,增长20%左右。")
PAOTAI = ("2022年,炮台街道确定的主要经济发展目标为:全年完成一般财政预算收入2.2亿元,同比增长10%;固定资产投资2.5亿元,"
          "规模以上工业产值50亿元,同比增长16%;限额以上企业销售额(营业额)6.24亿元,同比增长20%。")
GANSU = "2024年我省文旅發(fā)展目標(biāo)是:全省接待游客4.3億人次,收入3250億元,分別增長15%、25%。"


def _names(text: str, year: int) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=year).targets}


def test_growth_takes_the_levels_thing() -> None:
    got = _names(QINGYUAN, 2018)
    assert got[14] == "涉旅工程项目投资"
    assert got[40] == "涉旅工程项目投资"


def test_growth_drops_the_levels_value_and_verb() -> None:
    assert _names(BAOTOU, 2011)[20] == _names(BAOTOU, 2011)[1000]
    got = _names(PAOTAI, 2022)
    assert got[20] == "限额以上企业销售额(营业额)"
    assert got[10] == "一般财政预算收入"
    assert got[16] == got[50]


def test_respective_growths_keep_their_name() -> None:
    assert _names(GANSU, 2024)[15] == "全省接待游客"


def test_linear() -> None:
    assert_linear(lambda text: extract_text(text, plan_year=2018), lambda n: QINGYUAN * n, 4)
