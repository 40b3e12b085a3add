"""Round-59 target rules (targ59): a change verb left at the end of a level's name (change_names.py). Every sentence is
real text of a dev page, its address cited; the expected targets are read by hand per spec/plan-format.md."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


def _kinds(rows: list[tuple]) -> list[tuple]:
    return [(r[0], r[1], r[2], r[3]) for r in rows]


# A growth set as a goal: 陕西 2024 政府工作报告 news (https://yunxiqiu.com/2024/0126/631824.shtml, dev).
def test_a_growth_goal_is_a_growth():
    rows = _kinds(_rows("陕西2024年GDP增长目标5.5%左右,城镇新增就业40万人以上。", 2024))
    assert rows[0][1:] == ("growth", 5.5, "%")
    assert rows[0][0].endswith("GDP")
    assert rows[1] == ("城镇新增就业", "level", 40, "万人")


# A decrease held within a limit: 宁夏 2021 工业经济 news (https://chinawznews.net/xianqu/2021122455432.html, dev); the
# rate reached after it keeps its level.
def test_a_decrease_held_within_a_limit_is_a_negative_growth():
    assert _kinds(_rows("单位工业增加值能耗下降控制在3%左右,一般工业固废综合利用率达到43%。", 2021)) == [
        ("单位工业增加值能耗", "growth", -3, "%"), ("一般工业固废综合利用率", "level", 43, "%")]


# An amount added to last year's: 黑龙江 2020 粮食增产 news (http://m.ydbgyp.cn/news/detail/87/150414.html, dev); the
# change names nothing but its comparison, so it takes the name of the level before it.
def test_a_rise_over_last_year_takes_the_name_before():
    rows = _kinds(_rows("其中糧食作物面積2.15億畝以上,比上年增加近50萬畝。", 2020))
    assert rows == [("糧食作物面積", "level", 2.15, "億畝"), ("糧食作物面積", "increase", 50, "萬畝")]


# A per-head income raised by an amount: 新疆 2004 政府工作报告 news (http://wmlr8.com/n/2004-01-09/26/389905.html, dev).
# A per-worker output raised each year, then the level it reaches: 三门峡 目标 (https://www.ismx.cn/content-10-82041-1.html,
# dev).
def test_a_per_head_measure_raised_by_an_amount_is_an_increase():
    assert _kinds(_rows("農牧民人均純收入增加一百元。", 2004)) == [("農牧民人均純收入", "increase", 100, "元")]
    assert _kinds(_rows("全员劳动生产率年均增长1万元、从目前的14.4万元增加到20万元左右。", 2022)) == [
        ("全员劳动生产率", "increase", 1, "万元"), ("全员劳动生产率", "level", 20, "万元")]


# 增加 of a count or a capacity adds new things: a level, as the corpus reads it. 三门峡 (above, dev); 苍南 2023
# (https://sinyeo.com/list69/86938.html, dev).
def test_things_added_stay_levels():
    assert [r[1:] for r in _kinds(_rows("力争到“十四五”末,城镇化人口达70%左右,医疗床位再增加5000张左右。", 2022))] == [
        ("level", 70, "%"), ("level", 5000, "张")]
    rows = _kinds(_rows("2023年力争完成能源项目投资70亿元,力争清洁能源装机容量增加30万千瓦。", 2023))
    assert [r[1:] for r in rows if r[3] == "万千瓦"] == [("level", 30, "万千瓦")]
