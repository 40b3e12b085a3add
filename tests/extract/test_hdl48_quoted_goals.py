"""hdl48: a count inside a quoted goal that opens with a verb of making is read (targets/common.py QUOTED_GOAL).

落实好“新增2万个中小学学位”市政府实事任务 (北京 2024 民生工程 news,
https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6472898&typeid=68 — dev): the quote was masked as a name and its
count lost. Programme names (“155”工程, “千名博士”引进计划), a quote without a unit after its number (“新建梭鱼湾20号路”
项目) and quoted goals of change whose indicator stands outside the quote (河南 2023 GDP news,
http://news.he-nan.com.cn/tt/2023/0111/2443.html — dev) stay unread.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _read(text: str, plan_year: int | None = 2024) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(normalise(text), plan_year=plan_year).targets]


BEIJING = ("北京市将多渠道增加中小学学位供给,落实好“新增2万个中小学学位”市政府实事任务;推进市属高校精准会诊,实现分类支持、"
           "分类建设、差异化发展。")


def test_a_quoted_goal_of_making_is_read():
    assert _read(BEIJING) == [("中小学学位", "level", 2, "万个")]


@pytest.mark.parametrize("text", [
    "深入实施“155”工程和“千名博士”引进计划,办好十件民生实事。",
    "分别是“医疗救助资助困难居民参加城乡居民医保”项目、“新建梭鱼湾20号路”项目、“大连现代农业产业中心基础设施配套”项目。",
    "单从GDP增长目标来看,目标相对较高的是南阳市,其预期目标为“保8%、争9%”。其次,是周口市、新乡市,预期目标为“增长7.5%以上”。",
])
def test_names_and_quoted_goals_of_change_stay_unread(text):
    assert _read(text) == []


def test_a_long_quote_keeps_its_noun_past_the_mark_unless_it_is_a_goal():
    # a quoted list of counts that opens with no verb keeps its reading as before (吉安 2024 news, dev: “1个3000亿元、
    # 3个1000亿元”产业雁阵 read nothing new)
    assert all(t[0] != "3个" for t in _read("形成“1个3000亿元、3个1000亿元”产业雁阵。", 2026))


def test_a_quoted_goal_on_a_traditional_page_is_judged_simplified():
    # 江苏 2022 老旧小区 news (http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm — dev, batch hdl48): the
    # province's goal quoted in a progress report; the reported 1578 is no target (a report of what was done)
    text = "今年省政府明確“新開工改造城鎮老舊小區1405個”,目前全省實際新開工1578個。"
    assert [t[2:] for t in _read(text, 2022)] == [(1405, "個")]
