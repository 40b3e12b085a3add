"""grow62 (session 36): causes of the fresh maps (MISSES-fresh58.md, MISSES-fresh60.md) that dev shows in two or more
documents of different places; sentences from dev pages, addresses above each test, values read by hand."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# fresh58 row 7: a rate each of several names grows by every year (分别年均增长A和B) is a growth as 分别增长A和B is:
# 江西 十三五 news `設定城鄉居民收入分別年均增長9%左右和9.5%左右` (http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm),
# the same 分别年均增长 in 莆田's review `地区生产总值、一般公共预算总收入分别年均增长7.1%、4.5%`
# (http://pt.fjsen.com/xw/2021-10/16/content_30864674.htm), and 分别增长 without 年均 in 灵璧 2021 and 西安 2025 reports
# (http://mp.123yiche.com/j5b197918k1.html, https://news.qq.com/rain/a/20250325A07DLS00) — dev.
def test_a_yearly_growth_after_respectively_is_a_growth():
    rows = _rows("“十三五”期間,設定城鄉居民收入分別年均增長9%左右和9.5%左右,到2020年城鎮居民收入將突破4萬元。", 2016)
    assert [(k, v) for _, k, v, u, _ in rows if u == "%"] == [("growth", 9), ("growth", 9.5)]
    rows = _rows("到2025年,城镇和农村居民人均可支配收入分别年均增长6%和7%。", 2021)
    assert [(n, k, v) for n, k, v, *_ in rows] == [("城镇居民人均可支配收入", "growth", 6),
                                                  ("农村居民人均可支配收入", "growth", 7)]


# …and a level 分别 reaches keeps its kind with 年均 nowhere (西安 2025: 分别增长6%和7% stays growth, 达到 stays level)
def test_respectively_without_a_yearly_rate_is_unchanged():
    rows = _rows("城镇和农村居民人均可支配收入分别增长6%和7%。", 2025)
    assert [k for _, k, *_ in rows] == ["growth", "growth"]
    rows = _rows("到2025年,粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上。", 2021)
    assert [k for _, k, *_ in rows] == ["level", "level"]

