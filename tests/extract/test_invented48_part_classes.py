"""Invented 48: a plan's classes of parts followed by the count of their items (`N大行动和M项工程`, `N大类M项`) counts the
plan's own parts, both numbers, the class a 类 or the plan's 行动, whether or not 和/及/、 joins the two counts
(targets/own_parts.py, the classes-and-items shape; the corpus README "Conventions": counts of parts, fields or tasks
are not targets).

Family (dev, none gold):

- 福建 2022 数字经济行动计划 (fj-fujian-szjjxd2022#3, http://fujiansannong.cn/info/73266): `…和数字经济治理提升等八大行动和27项
  工程,促进做大做强做优我省数字经济` — read as 27 `项` 工程 until now (the count in words and 和 between);
- 汉中 2025 银发经济 news (sn-hanzhong-yfjjxw2025#1): `提出5大行動28項具體舉措` (test_fix66_own_counts.py);
- 慈利 2018 (hn-cili-tzddh2018#2): `…民生和社會事業(yè)等5大類35項(xiàng)`; 西宁 2021 (qh-xining-msss2021#1):
  `2021年确定实施十大类30项重点民生实事项目`; 张家港 2022 (js-zhangjiagang-msss2022#1): `共包括六大类24个项目`.

A count of works to carry out with no class before it stays a target (`实施165个农村饮水水源保障工程`, name_numbers.py), as
does a count after a class that a comma closes (`实施八大行动,新建5G基站1000个`) and a class's own outcome
(`四大主导产业产值达到2500亿元`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import quoted, target_value_set
from tests.timing import assert_linear_far

FUJIAN = ("为保障目标的顺利实施,《行动计划》将实施数字信息基础设施“强基”、数字技术创新突破、数字经济核心产业规模能级提升行动、"
          "数字化转型支撑服务生态培育、数据资源开发利用、数字经济新业态新模式培育、数字企业融资促进和数字经济治理提升等八大行动和"
          "27项工程,促进做大做强做优我省数字经济。")
XINING = "2021年确定实施十大类30项重点民生实事项目。"
ZHANGJIAGANG = "共包括六大类24个项目"


def test_the_sentences_are_verbatim() -> None:
    assert quoted("fj-fujian-szjjxd2022", FUJIAN)
    assert quoted("qh-xining-msss2021", XINING)
    assert quoted("js-zhangjiagang-msss2022", ZHANGJIAGANG)
    assert quoted("hn-cili-tzddh2018", "等5大類35項(xiàng)")


def test_items_after_actions_joined_by_he_are_own_parts() -> None:
    assert 27 not in target_value_set(FUJIAN, 2022)
    assert 27 not in target_value_set("实施八大行动和27项工程。", 2022)
    assert 27 not in target_value_set("实施八大行动、27项工程。", 2022)
    assert 12 not in target_value_set("部署五大行动及12项重点工程。", 2022)


def test_the_family_stays_none() -> None:
    assert target_value_set(XINING, 2021) == set()
    assert target_value_set("2022年度民生实事项目于2月7日印发实施," + ZHANGJIAGANG + "。", 2022) == set()


def test_counts_of_works_and_outcomes_stay() -> None:
    assert 165 in target_value_set("实施165个农村饮水水源保障工程。", 2025)
    assert 1000 in target_value_set("实施八大行动,新建5G基站1000个。", 2022)
    assert 2500 in target_value_set("到2027年,四大主导产业产值达到2500亿元。", 2024)
    # works or projects after a class of works may be the ones to carry out: left to the readers of projects
    assert 100 in target_value_set("实施十大工程100个重点项目。", 2022)


def test_part_classes_are_linear() -> None:
    assert_linear_far(lambda text: extract_text(text, plan_year=2022),
                      lambda n: "实施八大行动和27项工程,新建5G基站1000个," * n + "。")
