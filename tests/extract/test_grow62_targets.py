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


# fresh60 row 6: a count of roads with their length (N条M公里) is read as the length of the roads named before it, the
# work's noun after the length no name of the count: 延安 公路 十四五 news `加快國省干線公路和紅色旅游公路等24條750公里建設任務`
# (http://www.446dt.com/shehui/2021/183114.html), as 辉县 2010 `新修改建农村公路5条121公里`
# (https://98523.com/fanwen/gongwenchuli/hdfa/201112/160171_2.html) and 方正 `提质改造农村公路5条37.7公里`
# (http://shuibiao.com.cn/news/show.php?itemid=41233) print the count and length of one thing — dev.
def test_a_count_of_roads_with_their_length_is_the_length():
    rows = _rows("到2025年,加快國省干線公路和紅色旅游公路等24條750公里建設任務。", 2021)
    assert [(v, u, y) for _, _, v, u, y in rows] == [(750, "公里", 2025)]
    assert rows[0][0].endswith("國省干線公路和紅色旅游公路")


def test_a_count_and_length_named_before_keep_both():
    rows = _rows("新修改建农村公路5条121公里,完成大中桥建设项目10个。", None)
    assert [(n, v, u) for n, _, v, u, _ in rows][:2] == [("新修改建农村公路", 5, "条"), ("新修改建农村公路", 121, "公里")]
    rows = _rows("提质改造农村公路5条37.7公里,计划4月开工建设。", None)
    assert [(v, u) for _, _, v, u, _ in rows] == [(5, "条"), (37.7, "公里")]


# …and a count whose name is no length of it keeps its reading (a count of 条 named after it)
def test_a_count_of_lines_named_after_stays():
    rows = _rows("2025年新开通公交线路10条。", 2025)
    assert [(v, u) for _, _, v, u, _ in rows] == [(10, "条")]


# fresh60 row 3: 双双 after names joined by 和 is no part of the name, the run named once as the gold of 辽宁 2020 and
# 溧阳 2024 does: `新开工项目和储备项目的总投资额双双突破300亿元` (https://zkxblog.com/lab/read-4154853.html),
# `新能源和高端不銹鋼產業規模雙雙突破2000億元` (http://www.pmthrift.com/talkpic/livevideo/index.php?id=706); 济南 工信 十四五
# prints the same word (http://www.bugutime.com/t/news/175.html) — dev.
def test_both_after_joined_names_is_no_part_of_the_name():
    rows = _rows("力爭新能源和高端不銹鋼產業規模雙雙突破2000億元,智能電網和智能裝備制造產業成群成鏈。", 2024)
    assert [(n, v, u) for n, _, v, u, _ in rows] == [("新能源和高端不銹鋼產業規模", 2000, "億元")]
    rows = _rows("争取2021年新开工项目和储备项目的总投资额双双突破300亿元。", 2020)
    assert [(n, v, y) for n, _, v, _, y in rows] == [("新开工项目和储备项目的总投资额", 300, 2021)]


# 预期 before a growth is the goal's word, no part of the name (国务院 2022 report news
# http://www.eeo.com.cn/2022/0305/524190.shtml; 内蒙古 2024 http://www.cfgw.net.cn/xb/content/2024-02/28/content_25083486.html;
# 剑阁 2024 http://cnjg.gov.cn/new/detail/20240313174115181.html — dev)
def test_an_expected_growth_is_named_without_its_word():
    assert [(n, k, v) for n, k, v, *_ in _rows("政府工作报告:今年国内生产总值预期增长5.5%左右。", 2022)] == \
        [("国内生产总值", "growth", 5.5)]
    (name, kind, value, *_), = _rows("内蒙古2024年地区生产总值预期增长6%以上。", 2024)
    assert (kind, value) == ("growth", 6) and name.endswith("地区生产总值")
