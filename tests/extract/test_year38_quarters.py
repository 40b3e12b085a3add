"""year38: a quarter of the year (一季度, 第三季度, 一、二、三、四季度) named with no year before it is a part of the
plan's own year, as 下半年 and 今秋 are (``targets/year_parts.py``; spec, "Which year governs": 年内/本年度 → the
plan's year). The family, dev pages of three places whose gold dates quarter goals by the plan's year:
- 太仓 2024 农业农村经济 news (江苏), http://www.jpedc.org.cn/html/xingyezixun318/42267.html:
  `力争一季度蔬菜播种48635亩次、增幅3%`, `争取一季度海洋捕捞产量达226吨、增幅达3%`, `一季度,力争完成农业增加值增幅3%的目标`;
- 延吉 2025 发改 news (吉林, jl-yanji-fgjdz2025): `并制定了一季度经济增长6%的目标` (gold 2025);
- 华容 2017 任务清单 (湖南, hn-huarong-smqd2017): `一、二、三、四季度,占比分别达18%、19%、20%、21%` (gold 2017).
Not a year of its own: a quarter after a stated year (2023年第三季度: the year governs), 前三季度 (the quarters gone by
that a report sums up) and 截至三季度末 (as of: a count made)."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.year_parts import year_part_positions

# the page's title (a news headline naming no year), as the corpus gives it with the excerpt
TITLE = "太仓满弓劲发开新局助推农业农村经济拔节向上"


def _years(text: str, plan_year: int | None) -> list[tuple[float, int | None]]:
    return [(t.value, t.year) for t in extract_text(text, plan_year=plan_year, title=TITLE).targets]


TAICANG = ("一是定向定靶,擘画农林牧渔并举新蓝图。努力提升蔬菜播种亩次,力争一季度蔬菜播种48635亩次、增幅3%。"
           "鼓励海洋捕捞渔船安全作业生产,争取一季度海洋捕捞产量达226吨、增幅达3%。一季度,力争完成农业增加值增幅3%的目标。")


def test_the_quarter_goals_of_a_plan_year_take_that_year():
    found = _years(TAICANG, 2024)
    assert (48635, 2024) in found and (226, 2024) in found
    assert [year for value, year in found if value == 3] == [2024, 2024, 2024]


def test_a_quarter_with_no_plan_year_dates_nothing():
    assert all(year is None for _, year in _years(TAICANG, None))


@pytest.mark.parametrize("text", [
    "力争一季度蔬菜播种48635亩次",
    "并制定了一季度经济增长6%的目标",
    "一、二、三、四季度,占比分别达18%、19%、20%、21%",
    "确保第四季度完成",
])
def test_a_quarter_is_a_part_of_the_plan_year(text):
    assert year_part_positions(text)


@pytest.mark.parametrize("text", [
    "2023年第三季度全面启动替代改造实施工作",  # a stated year dates it (上海 2023 燃气, dev)
    "今年一季度,黑龙江技改投资增速达到43.9%",  # 今年 before it: that word marks the year
    "前三季度,各出资企业开、复工项目52项",  # the quarters gone by: a report (长春 2016, dev)
    "截至三季度末,其中24个事项已提前完成全年任务",  # as of (连云港 2025, dev)
    "截至第三季度,全市肉牛饲养量达到138.3万头",
    "每季度末",
])
def test_a_quarter_after_a_year_or_as_of_is_none(text):
    assert year_part_positions(text) == []
