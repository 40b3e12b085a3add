"""Goal-table rows that pair two indicators (targets/paired_cells.py, read by goal_tables): the name cell names both,
each value cell holds both values in the same printing.

The family, two dev pages of two places, tables printed one cell a line (rows verbatim):
- 上海 2021 公园城市 指导意见, 附表1 公园城市指标体系指引表: ``市域绿道长度`` / ``（骨干绿道长度）`` /
  ``2000（1000）公里`` / ``3000（2000）公里`` — the second indicator and its values in brackets
  (https://www.shanghai.gov.cn/zhengce/detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039);
- 松江 2026 综合交通“十五五”规划, 表1: ``县道、乡村道优良路率(MQI)`` / ``98%、98%`` / ``98%、98%`` — two names
  sharing their measure, the values joined by 、
  (https://www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-9a62-20174cdce0ed&siteId=0082).
"""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets.paired_cells import paired_names, paired_value

_PARK_HEAD = "附表1\n公园城市指标体系指引表\n编号\n关键指标\n2025年指标\n2035年指标\n指标说明与指引\n"
_PARK_ROWS = ("5\n开发边界内3000平方米以上公园500米半径覆盖水平\n85%\n100%\n突出公园的便捷可达，强调对生产、生活等各类人群的覆盖。\n"
              "6\n市域绿道长度\n（骨干绿道长度）\n2000（1000）公里\n3000（2000）公里\n"
              "市域绿道（含骨干绿道）长度，突出生态休闲网络的联系程度。")
_ROAD = ("表1综合交通“十五五”规划主要指标表\n序号\n类别\n指标项\n现状值\n“十五五”规划目标\n类型\n"
         "9\n品质类\n县道、乡村道优良路率(MQI)\n98%、98%\n98%、98%\n约束性\n"
         "10\n农村公路提档升级总里程\n/\n不低于100公里\n约束性\n")


def _got(text: str, plan_year: int) -> set[tuple[str, float, str | None, int | None]]:
    plan = extract_text(text, plan_year=plan_year)
    return {(t.indicator, t.value, t.unit, t.year) for t in plan.targets}


def test_bracketed_second_indicator_and_values():
    got = _got(_PARK_HEAD + _PARK_ROWS, 2021)
    assert ("市域绿道长度", 2000, "公里", 2025) in got
    assert ("骨干绿道长度", 1000, "公里", 2025) in got
    assert ("市域绿道长度", 3000, "公里", 2035) in got
    assert ("骨干绿道长度", 2000, "公里", 2035) in got
    assert ("开发边界内3000平方米以上公园500米半径覆盖水平", 100, "%", 2035) in got  # the row before, as before


def test_listed_names_share_their_measure():
    got = _got(_ROAD, 2026)
    assert ("县道优良路率(MQI)", 98, "%", 2030) in got
    assert ("乡村道优良路率(MQI)", 98, "%", 2030) in got
    assert not any(y == 2025 or v == 2025 for _i, v, _u, y in got)  # 现状值 is history
    assert ("农村公路提档升级总里程", 100, "公里", 2030) in got  # the row after, as before


def test_pairs_only_when_both_cells_pair():
    assert paired_names("县道、乡村道优良路率(MQI)", "、") == ["县道优良路率(MQI)", "乡村道优良路率(MQI)"]
    assert paired_names("市域绿道长度（骨干绿道长度）", "（") == ["市域绿道长度", "骨干绿道长度"]
    assert paired_names("城镇新增就业人数", "、") is None  # one name: no pair
    assert paired_names("供水、排水、燃气管网长度", "、") is None  # three names for two values
    assert paired_names("城市生物多样性指数（鸟类）", "、") is None  # a bracket does not pair a 、 value
    assert paired_value("98%、98%") is not None
    assert paired_value("2000（1000）公里") is not None
    assert paired_value("≥30（初中）") is None  # a note in brackets, no second value
    assert paired_value("2025年") is None
    assert paired_value("98%") is None


def test_a_paired_value_under_an_unpaired_name_gives_nothing():
    text = _ROAD.replace("县道、乡村道优良路率(MQI)", "公路优良路率(MQI)")
    got = _got(text, 2026)
    assert not any(i.startswith("公路优良路率") for i, _v, _u, _y in got)
    assert ("农村公路提档升级总里程", 100, "公里", 2030) in got
