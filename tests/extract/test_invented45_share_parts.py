"""Session 45, invented45: the breakdown of a figure reported against a plan is history too.

A sentence that reports progress as a share of a planned figure (`上半年实际完成投资156.92亿元,占全年计划投资的56.6%`) is
history (targets/progress_shares.py). The sentence after it that opens with `其中` breaks that figure down (by payer,
by kind of project, by place): its numbers are parts of what was done, not commitments. Family (dev, none of these
parts gold): 重庆 2015 民生实事 (cq-chongqing-msss2015: `其中,中央专项资金38.15亿元,市级财政24.21亿元,区县投入80.01亿元,…`,
three of them read as targets before), 吴江 2025 重点项目 (js-wujiang-zdxm2025: `完成年度計劃的77.53%。其中新開工項目148個,
已開工95個`) and 巴中 2017 民生实事 进度公示 (sc-bazhong-msss2017: `占目标任务的30%。其中:巴州区有3(…)推进缓慢`). A goal
printed in the breakdown (`其中,力争…`) and a plan's own parts after a total that reports nothing (`…工业项目20个,其中亿元以上
项目8个`, the README's list-composition convention) stay targets."""

from __future__ import annotations

import pytest

from tests.extract.passages import quoted, target_rows

CHONGQING = ("2015年25件重点民生实事计划总投资277亿元,上半年实际完成投资156.92亿元,占全年计划投资的56.6%。其中,中央专项资金"
             "38.15亿元,市级财政24.21亿元,区县投入80.01亿元,通过企业投资、统筹地票收益、受益人筹资投劳等方式筹集资金14.55亿元。")
WUJIANG = ("截至8月底已完成投資487.68億元,完成年度計劃的77.53%。其中新開工項目148個,已開工95個,開工率64.19%。")


def _values(text: str, plan_year: int | None = 2015) -> list:
    return [r[2] for r in target_rows(text, plan_year)]


def test_the_sentences_are_verbatim():
    assert quoted("cq-chongqing-msss2015", CHONGQING)
    assert quoted("js-wujiang-zdxm2025", WUJIANG)


@pytest.mark.parametrize(("text", "plan_year"), [
    (CHONGQING, 2015),
    (WUJIANG, 2025),
    # varied: a colon after 其中, a count of projects, a share written with 完成
    ("1-9月累计完成投资86亿元,完成年度计划的71.7%。其中:工业项目完成投资41亿元,民生项目完成投资23亿元。", 2024),
    ("今年以来已新增就业8600人,占全年任务的86%。其中,高校毕业生就业3200人,农民工就业2400人。", 2024),
])
def test_the_breakdown_of_a_share_reached_is_history(text, plan_year):
    assert _values(text, plan_year) == [], (text, target_rows(text, plan_year))


@pytest.mark.parametrize(("text", "plan_year", "expected"), [
    # a goal printed in the breakdown keeps its commitment
    ("上半年实际完成投资56亿元,占全年计划投资的52%。其中,力争下半年新开工项目20个。", 2024, [20]),
    # a deadline to come keeps the breakdown's goal too, as it keeps the share's own sentence (review45)
    ("上半年实际完成投资56亿元,占全年计划投资的52%。其中,年底前新开工项目20个。", 2024, [20]),
    # a plan's own parts after a total that reports nothing (README, list composition; 汉寿 2018)
    ("2018年,引进工业项目20个,其中亿元以上项目8个。", 2018, [20, 8]),
    # a plan's milestone share (上半年完成年度计划的50%) states no progress: its parts stay too
    ("9月底前完成年度计划投资的80%。其中,工业项目完成投资30亿元。", 2024, [80, 30]),
    ("上半年完成年度计划的50%。其中,新建学校3所。", 2024, [3]),
])
def test_a_goal_or_a_plans_own_parts_stay_targets(text, plan_year, expected):
    values = _values(text, plan_year)
    for value in expected:
        assert value in values, (text, target_rows(text, plan_year))
