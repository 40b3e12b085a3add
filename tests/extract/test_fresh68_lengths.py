"""fresh68: a length word (全长, 总长, 全线长) closing a name measures the thing before it — `新建道路全长343米` is 343 米 of
the road, named `道路` (the verb dropped, as every name drops it), not `道路全长`. The round-15 rule (``targets/count_candidate.py``) already names a bare `全长`
by the work in the clause before it (`铺设…供热主管网,全长约4.3公里`: 涉县 2025, dev); this is the same reading when the thing
is printed right before the length word. The family, dev pages of two places whose gold names the road:
- 建湖 2026 政府民生实事项目 (江苏), http://www.jianhu.gov.cn/art/2026/1/19/art_17335_4396733.html:
  `实施建湖县城南高中南侧支路东延工程,新建道路全长343米、路基宽度24米` (gold `新建道路` 343 米);
- 九江 2025 民生实事项目进展情况表 (江西), https://www.jiujiang.gov.cn/xxgk/xzwgk/zxgk/zdxmtj/202506/t20250627_6937481.html:
  `…东止于怡康路,与怡康中路相接,道路全长286米` (gold `站前路延伸段立交工程道路` 286 米; the scorer counts a name
  contained in the gold one, so `道路` counts for both).
Not changed: a bare length word after a named work (涉县), and design figures (`路基宽度24米`) stay unread."""

from __future__ import annotations

from kechuang.extract import extract_text

JIANHU = ("4. 实施建湖县城南高中南侧支路东延工程,新建道路全长343米、路基宽度24米,实施2×4.5米人行道+15米沥青路面机动车道、"
          "雨水管网、照明设施、交通信号灯等。")
JIUJIANG = ("②九江市站前路延伸段立交工程:道路西起学院路,与站前路相接,上跨昌九快速路,东止于怡康路,与怡康中路相接,道路全长286米。"
            "桥梁宽度为30米,采用2-32米桥跨方案,桥长75米,采用沥青混凝土面层,包括排水工程、通信工程、照明工程、交通工程、绿化工程等。")
SHEXIAN = ("四、集中供热扩建工程\n铺设将军大道(龙山电厂-状元街段)供热主管网,全长约4.3公里,有效提高城区4万户用热居民的供热安全。")


def _named(text: str, year: int) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=year).targets}


def test_a_length_word_after_the_road_names_the_road():
    assert _named(JIANHU, 2026)[343] == "道路"
    assert _named(JIUJIANG, 2025)[286] == "道路"


def test_the_design_figures_stay_unread():
    assert 24 not in _named(JIANHU, 2026)


def test_a_bare_length_word_keeps_the_work_named_before():
    assert _named(SHEXIAN, 2025)[4.3].endswith("供热主管网")


def test_总长_is_a_length_word_too():
    assert _named("新建城市绿道总长12公里。", 2025)[12] == "城市绿道"
