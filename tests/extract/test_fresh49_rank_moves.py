"""fresh49 (session 49): a rank moved forward by N places is an increase.

A goal that moves a standing forward by a number of places reads as a change, as `综合科技创新水平全国排名提升1位` already did
(the corpus convention "Rank moves": `increase` with unit `位`). Two dev pages of different places print the move with other
verbs: `全市综合科技创新指数在全省排位前移1-2位` (九江 科技赋能高质量发展“八大行动”2025年工作要点,
http://kjj.jiujiang.gov.cn/zwgk_253/zxjg/gzbg/202505/t20250528_6920406.html, jx-jiujiang-kjfn2025, dev; 江西) and
`在市综合考核及省26县发展实绩考核中前进不少于1个位次` (庆元 2018 旅游工作, zj-qingyuan-lygz2018, dev; 浙江). The first was read as
a level named with the verb (`…排位前移`), the second as a level 1 `个` of `位次`. A move after 前移/前进/上升 in 位 or 个位次 is now
an `increase`, the verb no part of its name; a count of other things after these verbs is untouched, and a standing reached
(`进入全省前20位`) stays a rank.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.value_max, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year).targets]


# 九江 2025 工作要点 (jx-jiujiang-kjfn2025#1, dev): 前移1-2位, an increase of 1 to 2 places
def test_moved_forward_one_to_two_places_is_an_increase():
    rows = _rows("(二)主要目标\n2025年,力争全社会研发投入总量增长10%以上,确保全社会研发投入强度增幅高于全省平均水平,"
                 "全市综合科技创新指数在全省排位前移1-2位;", 2025)
    assert ("全市综合科技创新指数在全省排位", "increase", 1, 2, "位", 2025) in rows
    assert not [r for r in rows if r[0].endswith("前移")]


# 庆元 2018 (zj-qingyuan-lygz2018#1, dev): 前进不少于1个位次, an increase of at least one place
def test_moved_forward_at_least_one_place_is_an_increase():
    rows = _rows("2018年,在市综合考核及省26县发展实绩考核中前进不少于1个位次。", 2018)
    assert len(rows) == 1
    indicator, kind, value, top, unit, year = rows[0]
    assert (kind, value, top, unit, year) == ("increase", 1, None, "个位次", 2018)
    assert "前进" not in indicator and "发展实绩考核" in indicator


# the same move with 上升 reads the same
def test_risen_places_are_an_increase():
    assert _rows("到2025年,全市科技创新指数在全省排名上升2位。", 2021) == [
        ("全市科技创新指数在全省排名", "increase", 2, None, "位", 2025)]


# a standing to reach stays a rank (the rank reader), and 提升1位 stays the increase it was
def test_standings_and_raised_places_are_unchanged():
    assert _rows("到2025年,综合科技实力进入全省前20位。", 2021) == [("综合科技实力", "rank", 20, None, "位", 2025)]
    assert _rows("到2025年,综合科技创新水平全国排名提升1位。", 2021) == [
        ("综合科技创新水平全国排名", "increase", 1, None, "位", 2025)]
