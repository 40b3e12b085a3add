"""hdl48: a space between two clauses that each hold a value is a clause break (targets/paragraph.py _SPACED_CLAUSE).

News headlines and item titles print two goals with a space for a comma: 廈門今秋新增學位1.16萬個 普惠率達96% (厦门 2023
学位 news, http://m.433985.com/xinwen/guoji/2023/0830/249551.html), 宁夏将新增3.6万个幼儿学位 普惠性幼儿园覆盖率2025年超90%
(宁夏 学前教育 news, https://cn.apdnews.com/tag/e146175), 广西今年支持新建中小学幼儿园85所 全年统筹…资金约65亿元…
(广西 2023 news, http://taonx.net/news/chengshisudi/2023/0228/3036.html), 北京今年支持26所中小学建设 新增小学学位8340个
(北京 2019 news, http://tech.jiangsulong.com/a/2019/0830/1567118460.html — batch hdl48) — all dev. The sentence reader
took the whole as one clause: the second value took the first's words as its indicator, or the first value the second
clause's words. The normaliser removes such a space today (a space between two Chinese characters is layout unless it
separates names, cells or fields: text/spaces.py), so the reading holds for text whose space is kept; the report of
hdl48 proposes the normaliser's part. These tests pass the text as normalised (``normalised=True``) for that reason.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text


def _read(text: str, plan_year: int | None) -> list[tuple]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year, normalised=True).targets]


def test_two_goals_of_a_headline_are_two_clauses():
    assert _read("宁夏将新增3.6万个幼儿学位 普惠性幼儿园覆盖率2025年超90%", None) == [
        ("幼儿学位", 3.6, "万个"), ("普惠性幼儿园覆盖率2025年", 90, "%")]
    assert _read("北京今年支持26所中小学建设 新增小学学位8340个", 2019) == [
        ("中小学建设", 26, "所"), ("小学学位", 8340, "个")]


def test_a_count_before_the_space_names_no_thing_after_it():
    found = _read("【原标题】广西今年支持新建中小学幼儿园85所 全年统筹中央和自治区资金约65亿元投入教育项目建设", 2023)
    assert [(v, u) for _, v, u in found] == [(85, "所")] and "统筹" not in found[0][0]


@pytest.mark.parametrize("text", [
    "县科技局 县财政局 负责新增高新技术企业10家",  # a run of names: no value before the space
    "2021年 全市将新建学校17所",  # a year before the space is no value of a clause
    "新建幼儿园2所 | 县教育局 | 2023年12月底",  # a table's cells
])
def test_no_break_where_the_space_is_no_clause_edge(text):
    from kechuang.extract.targets.paragraph import _read_clauses
    assert len(_read_clauses(text)) == 1
