"""rev49 (review of tab66, goal_cells.py): the number right after a bracketed name is the 目标 column's only when the
目标 cell is the header's first value column. Both pages of tab66's family print it so: 眉山 2017 `项 目 内 容` then
`目标任务` (https://www.ms.gov.cn/info/5565/1006442.htm), 昭化 2017 `项 目 | 目标 | 分 解 情 况`
(https://cnzh.gov.cn/News/Detail/3287958481734118aa8ceb10be45886b.html), both dev (tests/extract/test_tab66_goal_cells.py
keeps them read). A header that puts a column of values before it (`上年完成`, `基数`, `实际完成`) has that column's number
after the name: tab66 read it as the goal. The table below is written for the review in the shape of a 民生工程
目标任务分解表."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text


def _values(text):
    return {t.value for t in extract_text(text, plan_year=2023).targets}


def test_a_value_column_before_the_goal_column_is_not_the_goal():
    text = ("某县2023年民生工程目标任务分解表\n\n项目名称 | 上年完成 | 目标任务\n"
            "城镇新增就业(人) | 2800 | 2600\n农村危房改造(户) | 130 | 120\n")
    assert not _values(text) & {2800, 130}
    text = ("某县2023年民生工程目标任务分解表\n项目名称\n基数\n目标任务\n备注\n"
            "城镇新增就业(人)\n2800\n2600\n\n")
    assert 2800 not in _values(text)


def test_the_goal_column_first_stays_read():
    text = ("某县2023年民生工程目标任务分解表\n\n项目名称 | 目标任务 | 完成情况\n"
            "城镇新增就业(人) | 2600 | 2800\n农村危房改造(户) | 120 | 130\n")
    assert {2600, 120} <= _values(text)
