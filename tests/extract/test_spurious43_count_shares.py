"""spurious43: a share printed right after a count, in a clause that opens with 占比 (`今年共新增14个项目,占比43.75%`),
is the share of the things just counted in some whole: a description of a list or a report's breakdown, no outcome
to reach (the spec's "Not targets": counts of listed items; history).

Family (dev, none of these shares gold):
- 上海 2023 为民办实事 (sh-shanghai-wmbss2023#3, https://www.jiemian.com/article/8860721.html):
  `2022年相比,今年共新增14个项目,占比43.75%,包括:建设30家智慧养老院,…` (the items after 包括 are gold);
- 国家发改委 “十四五” 规划草案 news (cn-fagaiwei-shisiwu2021#2, http://tx-yj.net/baoxian/202103/030817259.html):
  `此次“十四五”规划草案所提出的20个主要指标中,有7个是民生福祉类、占比超过三分之一,是历次五年规划中最高。`;
- the same shape, not read already: 太仓 2024 (`截至目前,新建项目已开工10个,占比71.4%`,
  http://www.jpedc.org.cn/html/xingyezixun318/42267.html), 紫阳 2022 (`已办结6件,占比27%`,
  https://www.zyx.gov.cn/Content-2463854.html), 湖镇 2025 (`30万以上32个村,占比74.4%`,
  http://www.longyou.gov.cn/art/2025/2/19/art_1229609788_5459023.html).
Kept: a share with its own subject (`企业研发经费支出占比达到65%`), a share after a margin in points
(`…高于全区平均增速1个百分点以上,占比提升2个百分点以上`, 宁夏 2021, gold) and quarterly shares
(`一、二、三、四季度,占比分别达18%、19%、20%、21%`, 华容 2017, gold).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_shares_of_a_count_are_none() -> None:
    # 上海 2023 (dev, sh-shanghai-wmbss2023#3)
    got = target_values("2022年相比,今年共新增14个项目,占比43.75%,包括:建设30家智慧养老院,新增500张困难重残养护床位。", 2023)
    assert 43.75 not in got and 30 in got and 500 in got
    # 国家发改委 2021 (dev, cn-fagaiwei-shisiwu2021#2)
    got = target_values("此次“十四五”规划草案所提出的20个主要指标中,有7个是民生福祉类、占比超过三分之一,是历次五年规划中最高。\n"
                  "例如:在就业方面,草案提出,城镇调查失业率控制在5.5%以内。", 2021)
    assert got == [5.5]


def test_shares_with_a_subject_stay() -> None:
    assert 65 in target_values("到2025年,企业研发经费支出占比达到65%左右。", 2021)
    # 宁夏 2021 (dev, nx-ningxia-gyjjfbh2021#4)
    assert 2 in target_values("力促龙头企业产值增速高于全区平均增速1个百分点以上,占比提升2个百分点以上。", 2021)
    # 华容 2017 (dev, hn-huarong-smqd2017#2)
    assert 18 in target_values("年末,全县高新技术产业增加值占地区生产总值比重达到21%\n\n一、二、三、四季度,占比分别达18%、19%、20%、21%", 2017)


def test_count_shares_are_linear() -> None:
    assert_linear(extract_text, lambda n: "今年共新增14个项目,占比43.75%," * n + "。")
