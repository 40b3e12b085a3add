"""A goal table's value cell led by a ceiling word (``低于5%``), the mirror of the floor words the reader already
reads (``不低于100公里``, ``不少于``, ``超过``): the number is the target, with ``以下`` for its comparator (tables43).

Real tables (dev), one cell a line: 上海 2021 公园城市指标体系指引表 (www.shanghai.gov.cn/zhengce/detail?businessId=
b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039: ``抛荒地占比`` / ``降低`` / ``低于5%`` under 2025年指标 | 2035年指标)
and 松江区综合交通发展“十五五”规划 (www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-9a62-20174cdce0ed&
siteId=0082: ``农村公路提档升级总里程`` / ``/`` / ``不低于100公里``, the floor word in the same place). Expected values are
read by hand from the rows.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import quoted
from tests.extract.test_tab62_tables import PARK_WORDS

PARK_CEILING = PARK_WORDS + "\n14\n抛荒地占比\n降低\n低于5%"  # the header and rows 11, 13 as test_tab62 quotes them

SONGJIANG_FLOOR = """表1综合交通“十五五”规划主要指标表
序号
类别
指标项
现状值
“十五五”规划目标
类型
10
农村公路提档升级总里程
/
不低于100公里
约束性"""


def _rows(text, plan_year):
    plan = extract_text(text, plan_year=plan_year)
    assert all(t.quote in plan.text for t in plan.targets)
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.comparator) for t in plan.targets]


def test_the_rows_are_verbatim():
    assert quoted("sh-shanghai-gycs2021", "抛荒地占比\n降低\n低于5%")
    assert quoted("sh-songjiang-zhjt155", "农村公路提档升级总里程\n/\n不低于100公里")


def test_a_ceiling_cell_is_read_with_its_comparator():
    got = _rows(PARK_CEILING, 2021)
    assert ("抛荒地占比", "level", 5, "%", 2035, "以下") in got
    assert not any(v == 5 and y == 2025 for _, _, v, _, y, _ in got)  # 降低: a state, no number for 2025


def test_the_floor_cell_stays_read():
    assert ("农村公路提档升级总里程", "level", 100, "公里", 2030, "以上") in _rows(SONGJIANG_FLOOR, 2026)


def test_a_ceiling_cell_in_a_baseline_column_stays_history():
    text = SONGJIANG_FLOOR.replace("/\n不低于100公里", "低于80公里\n不低于100公里")
    got = _rows(text, 2026)
    assert not any(v == 80 for _, _, v, *_ in got)


def test_a_ceiling_word_in_a_sentence_is_no_table_cell():
    # a list of short lines that is no table: no header, the ceiling word in prose stays the prose rules'
    text = "附表1\n抛荒地占比\n降低\n低于5%的村庄名单\n另行公布"
    assert not any(t.value == 5 and t.unit == "%" and t.comparator == "以下" and t.year == 2035
                   for t in extract_text(text, plan_year=2021).targets)
