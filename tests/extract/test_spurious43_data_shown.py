"""spurious43: a sentence that opens with its source of data (`海南省农业厅资料显示,`, `李斌提供的数据显示:`,
`数据显示,`) states facts measured, not commitments: its numbers are history (the spec's "Not targets": history and
baselines). The sentence after it, the plan's own (`据此,《规划》提出,…全省建设标准农田200万亩`), keeps its targets.

Family (dev, no gold target in such a sentence):
- 海南 “十二五” 热带现代农业 (hi-hainan-rdxdny125#2, http://www.zh-hz.com/HTML/2013/04/03/181341.html):
  `海南省农业厅资料显示,全省耕地面积628.7万亩,人均1.22亩,低于全国平均水平,耕地保护压力较大。`;
- 全国 人口发展 news (cn-quanguo-rkfz2010#2, http://cj8816.cn/4304.html):
  `李斌提供的数据显示:5年来全国妇女总和生育率继续保持在更替水平以下,人口自然增长率在6%。以内。`;
- 吉林 2019 农业 (jl-jilin-nyrw2019#1, http://hunanfoods.net/news/internal/55239.html):
  `数据显示,2018年,吉林省粮食总产量达到726.6亿斤,…`;
- 陇县 2025 (sn-longxian-shisiwu2025#1,
  http://sxncb.joyhua.cn/sxncb/20250728/html/content_20250728007004.htm): `数据显示,2020 年至2024年间,陇县地区生产总值…`.
Kept: a pledge in the sentence (`数据显示,…,力争到2025年达到…`), a data source that is not the sentence's lead
(`建立…数据显示平台`), and the sentences after the facts.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_facts_a_source_shows_are_none() -> None:
    # 海南 (dev, hi-hainan-rdxdny125#2): the facts go, the plan's targets after them stay
    got = target_values("海南省农业厅资料显示,全省耕地面积628.7万亩,人均1.22亩,低于全国平均水平,耕地保护压力较大。据此,《规划》提出,"
                  "“十二五”时期,全省建设标准农田200万亩,有效灌溉面积达到460万亩,旱涝保收面积达到340万亩。", 2011)
    assert 628.7 not in got and 1.22 not in got
    assert got == [200, 460, 340]
    # 全国 (dev, cn-quanguo-rkfz2010#2)
    assert 6 not in target_values("李斌提供的数据显示:5年来全国妇女总和生育率继续保持在更替水平以下,人口自然增长率在6%以内。")


def test_pledges_and_other_displays_stay() -> None:
    assert 60 in target_values("数据显示,全市森林覆盖率逐年提高,力争到2025年达到60%。", 2021)
    assert 10 in target_values("到2025年,建立农业数据显示平台10个。", 2021)
    assert 200 in target_values("资料显示,全省耕地保护压力较大。到2015年,全省建设标准农田200万亩。", 2011)


def test_data_shown_is_linear() -> None:
    assert_linear(extract_text, lambda n: "资料显示,全省耕地面积628.7万亩," * n + "。")
