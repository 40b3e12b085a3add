"""Round 45: gold targets the extractor did not read at all (scripts/recall_families.py measures them by family).

Three fixes, each from a shape of at least two dev documents:

- A past year inside a bracketed note of a clause (扣除2022年…, 含2022年60家…) states no year of the clause: read as
  one, it made the value and every one after it in the paragraph history (targets/noted_years.py).
- A goal table's value cell with a bracketed note after it (≥98％（除危废外）, ≥30（初中）) is still a value: the row no
  longer stops the table, so the rows after it are read (goal_tables._VALUE).
- A total right after a count, in another measure (18条河道共120公里水系, 10个…团队,共40人): a target of its own, in the
  count's year (targets/totals.py).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.noted_years import without_noted_past
from kechuang.extract.targets.years import years
from tests.extract.passages import passage
from tests.timing import assert_linear


def _targets(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# 漾濞 2023 政府工作报告 (https://edutainingadventures.com/bxn/5107_4.html, dev): the 2022年 of the note made all six
# goals after it history.
YANGBI = ("2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算收入增长20%以上;一般公共预算支出"
          "(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上;规模以上工业增加值增长15%以上。")


def test_a_past_year_in_a_note_dates_no_clause():
    got = _targets(YANGBI, 2023)
    assert any(t[0].startswith("一般公共预算支出") and t[1:] == ("growth", 3, "%", 2023) for t in got)  # (note kept)
    assert ("规模以上固定资产投资", "growth", 6, "%", 2023) in got
    assert ("规模以上工业增加值", "growth", 15, "%", 2023) in got


# 江西 2023 为民办实事 实施情况 (http://www.huizhicikeji.com/xw/yaowen/2024/0129/280899.shtml, dev): the other dev page
# of the shape, a count's note naming a past year (含2022年60家已开放场馆). The note's mark goes; the year of the clause
# is unchanged (no year to come is stated), so what the page reports stays read as before.
@pytest.mark.parametrize(("sentence", "kept"), [
    ("一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上", []),
    ("101家开放场馆(含2022年60家已开放场馆)积极策划各类主题活动", []),
    ("(2022年度)", [2022]),  # a caption alone: no note, it keeps its year
    ("较基期(2020年)提高5个百分点", [2020]),  # a year alone in brackets is no note
    ("到2025年(其中2026年完成一半)建成10个", [2025, 2026]),  # a year to come in a note still dates what it says
])
def test_which_marks_a_note_drops(sentence, kept):
    marks = years(sentence, 0, 0, 2023, None)
    assert [m.year for m in without_noted_past(marks, sentence, 0)] == kept


# 崇明 2021 水务“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e
# &siteId=0085, dev), 表 主要指标 printed one cell a line: ≥98％（除危废外） is the 2025 value, the note no stop.
CHONGMING = passage("sh-chongming-sw145", 5)  # tests/fixtures/real/passages/sh-chongming-sw145.json, the table

# 普陀 2026 “十五五”规划纲要 表1 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075202385&siteId=0075, dev):
# the row of ≥30（初中） / ≥55（高中） stopped the table, and the row after it went unread.
PUTUO = """表1  普陀区“十五五”经济社会发展主要指标
类别
序号
指标名称
单位
属性
“十五五”目标
2030年
年均【累计】
民生福祉
10
失业人员实现再就业人数
人
约束性
—
每年6900
11
初高中研究生学历专任教师比例
%
预期性
≥30（初中）
≥55（高中）
12
居民健康素养水平
%
预期性
≥48
—
"""


def test_a_value_cell_with_a_note_is_a_value():
    got = _targets(CHONGMING, 2021)
    assert ("污水厂污泥资源化利用率(除危废外)", "level", 98, "%", 2025) in got  # the note goes with the name (round 46)
    assert ("供水管网漏损率", "level", 9, "%", 2025) in got


def test_the_row_after_a_noted_value_is_read():
    assert ("居民健康素养水平", "level", 48, "%", 2030) in _targets(PUTUO, 2026)


def test_notes_stay_linear():
    sentence = "支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;"
    assert_linear(lambda args: without_noted_past(*args, 0),
                  lambda n: (years(sentence * n, 0, 0, 2023, None), sentence * n), 200)


# A total after a count, in another measure (targets/totals.py), from three dev documents:
# 朝阳 2023 民生实事 (bj-chaoyang-msss2023 in tests/fixtures/real/SOURCES.md, a news print), 崇明 2021 水务“十四五”规划
# (the address above), 鹿邑 2024 十件实事 (ha-luyi-ssss2024, traditional characters as printed).
@pytest.mark.parametrize(("text", "year", "total"), [
    ("环境建设依然是今年民生工程关注的重点。亮马河、坝河、北小河等18条河道共120公里水系将实现连通", 2023,
     ("水系", "level", 120, "公里", 2023)),
    ("到2025年,治理界河(北段)、四滧港等8条段共计69公里骨干河道。", None, ("骨干河道", "level", 69, "公里", 2025)),
    ("3.提升基層醫療衛生服務能力。全年培訓10個家庭醫生服務團隊,共40人;在線培訓基層衛生技術人員1310人以上", 2024,
     ("家庭醫生服務團隊", "level", 40, "人", 2024)),
])
def test_a_total_after_a_count_is_read(text, year, total):
    got = _targets(text, year)
    assert total in got
    assert not any(t[0].endswith(("共", "共计")) for t in got)  # 河道共 → 河道: the total's word left the count's name


@pytest.mark.parametrize("text", [
    "项目共55个,总投资100亿元。",  # a set's size: no count before the total
    "今年实施民生实事项目,共15项。",  # a listing's size
    "截至目前,已建成10个站点,共计300人。",  # a report: the count itself is history
    "新建A类3个、B类5个,共8个。",  # a total in the count's own unit sums the list
])
def test_totals_left_alone(text):
    assert not [t for t in _targets(text, 2023) if t[2] in (55, 15, 300) or (t[2] == 8 and t[3] == "个")]


# Review 18's repros (F1–F3): a total counted once, a list's total given to no item, a partition or money no total.
@pytest.mark.parametrize(("text", "value"), [
    ("今年培训10个家庭医生服务团队、5个护理团队,共60人。", 60),
    ("今年新建10个站点、5个驿站共300人。", 300),
    ("今年开展10场培训共3期。", 3),
    ("今年改造10条道路共3个标段。", 3),
    ("今年实施10个重点项目共3大类。", 3),
    ("今年建成10个站点共1次验收。", 1),
    ("今年新建10个公厕共500万元。", 500),
])
def test_no_total_for_a_list_a_partition_or_money(text, value):
    assert not [t for t in _targets(text, 2023) if t[2] == value]


def test_a_total_is_read_once():
    got = _targets("今年新建城区学校10所(含幼儿园4所)共5000个学位。", 2023)
    assert [t for t in got if t[2] == 5000] == [("学位", "level", 5000, "个", 2023)]


def test_totals_stay_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "今年" + "建成10个站点共300人," * n + "。", 50)
