"""Invented 47: the size of an age group of the population (老年人口总数, 60岁及以上人口, its share of the population) is
a demographic projection or fact, no outcome a plan commits to (tests/fixtures/real/README.md "Conventions": a place's
facts; the spec's targets are what the plan commits to reach).

Family (dev, none gold in either):

- 武汉 2022 养老托育 news (hb-wuhan-ylty2022#2): `預計到“十四五”末,武漢市60歲及以上人口占全市人口比重將突破20%,其中65歲
  及以上人口超過14%,武漢市將進入深度老齡化社會` — the forecast the plan answers, not a goal of it;
- 全国 2010 人口发展 news (cn-quanguo-rkfz2010#1): `今后5年,中国人口总量仍将保持惯性增长;老年人口总数将超过2亿`.

A measure that only takes the age group as its base stays a target: `养老床位数占老年人口比例 | % | 约束性 | / | 2.5`
(普陀 国土空间, sh-putuo-gtkj2026#2, dev gold), as do measures of a service to the group (`65岁及以上老年人健康管理率`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.age_groups import age_group_size
from tests.extract.passages import quoted, target_value_set
from tests.timing import assert_linear_far

WUHAN = ("武漢市發改委社會處負責人介紹,預計到“十四五”末,武漢市60歲及以上人口占全市人口比重將突破20%,其中65歲及以上人口超過"
         "14%,武漢市將進入深度老齡化社會。")
QUANGUO = ("据《新民晚报》报道:今后5年,中国人口总量仍将保持惯性增长;老年人口总数将超过2亿;城镇人口数量将首次超过农村人口。")
PUTUO = ("专栏1 普陀区国土空间近期规划核心指标表\n指标类别\n序号\n指标项\n单位\n类型\n指标值\n现状\n近期规划\n（2025年）\n（2030年）\n"
         "7\n养老床位数占老年人口比例\n%\n约束性\n/\n2.5\n")


def test_the_sentences_are_verbatim() -> None:
    assert quoted("hb-wuhan-ylty2022", WUHAN)
    assert quoted("cn-quanguo-rkfz2010", QUANGUO)
    assert quoted("sh-putuo-gtkj2026", "7\n养老床位数占老年人口比例\n%\n约束性\n/\n2.5\n")


def test_an_age_group_s_share_is_no_target() -> None:
    assert not target_value_set(WUHAN, 2022) & {20, 14}


def test_an_age_group_s_count_is_no_target() -> None:
    assert 2 not in target_value_set(QUANGUO, None)


def test_a_measure_over_the_age_group_stays() -> None:
    assert 2.5 in target_value_set(PUTUO, 2026)
    assert 70 in target_value_set("到2025年,65岁及以上老年人健康管理率达到70%。", 2021)
    # review47: a short measure's name right after the group (参保率, 就业人数) is no verb of reaching
    assert 95 in target_value_set("到2025年,老年人口参保率达到95%。", 2021)
    assert 90 in target_value_set("到2025年,60岁以上老年人口体检率达90%。", 2021)


def test_a_group_as_a_base_is_read_from_its_whole_age() -> None:
    # review47: 占 before the group marks a base, but the group's age was matched from any of its digits (0岁以上人口)
    sentence = "到2025年,社区服务占60岁以上人口达到30%。"
    assert not age_group_size(sentence, sentence.index("30"))
    sentence = "预计到2025年,60岁以上人口将突破20%。"
    assert age_group_size(sentence, sentence.index("20%"))


def test_age_groups_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "预计60岁及以上人口占全市人口比重将突破20%,新建养老床位100张;" * n + "。")
    # a line of many values and no 人口: the look for the group stays within each value's clause, never the sentence
    assert_linear_far(extract_text, lambda n: "新建养老床位100张,完成改造3所;" * n + "。")
