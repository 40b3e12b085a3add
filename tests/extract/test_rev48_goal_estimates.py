"""rev48 (review of hist64, targets/goal_estimates.py): 预计 after a goal's statement states the goal's figure. Three
faults found in review, each mended here:

1. Any 完成 in the estimate's own sentence kept it history, though 完成 after a commitment (确保完成, 力争完成, 要完成)
   is the goal's own verb, no finished goal: a sentence holding the goal and a committed task lost its estimate.
2. The lead was any 预期目标 / 增长目标 before, though one reached in a review (实现了预期目标, 达到预期目标, 超额完成
   增长目标) states the year gone by: its 预计 is a review's estimate, and was read as a goal.
3. The goal's name kept the estimate word (地方一般公共预算收入预计): 预计 ends no name, as 预期 before a growth
   ends none (paragraph.add).

Family (hist64's, dev): 广东 2026 report news (http://www.coateschia.com.cn/antianpeizi/240954.html), 黑龙江 2020
粮食 plan news (http://m.ydbgyp.cn/news/detail/87/150414.html); the reviews' 预计: 郑州 2015 schools news
(ha-zhengzhou-xxjs2015), 武宣 2022 (gx-wuxuan-lhzf2022). Sentences verbatim or with a written clause (the review's
repros, marked).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_estimates import goal_estimate


def _targets(text: str, plan_year: int | None) -> list[tuple[str, float]]:
    return [(t.indicator, t.value) for t in extract_text(text, plan_year=plan_year).targets]


# 广东 2026 (dev, verbatim)
GUANGDONG = ("迈入“十五五”开局之年,广东为2026年设定了地区生产总值增长4.5%-5%的预期目标,在实际工作中全力争取更好结果;"
             "地方一般公共预算收入预计增长3%左右,居民收入增长将与经济增长保持同步。")


def test_a_committed_completion_keeps_the_estimate_a_goal() -> None:
    # 广东's sentence with a committed task written before the estimate
    text = GUANGDONG.replace("全力争取更好结果;", "全力争取更好结果,确保完成节能降碳任务;")
    assert 3 in [v for _, v in _targets(text, 2026)]
    text = GUANGDONG.replace("全力争取更好结果;", "全力争取更好结果,力争完成省下达任务;")
    assert 3 in [v for _, v in _targets(text, 2026)]
    assert goal_estimate("今年预期目标为增长6%;确保完成投资任务,固定资产投资", "今年预期目标为增长6%;确保完成投资任务,固定资产投资",
                         2026)


def test_a_finished_goal_in_the_sentence_stays_history() -> None:
    # 郑州 2015 (dev, verbatim): 圆满完成年度目标任务 is a finished goal
    assert 7 not in [v for _, v in _targets("郑州市区30所中小学建设任务,有30所开工建设,圆满完成年度目标任务,"
                                            "预计年底还有7所中小学开工建设。", 2015)]
    assert not goal_estimate("全市完成增长目标,地区生产总值", "全市完成增长目标,地区生产总值", 2026)


def test_a_goal_reached_in_the_sentence_before_leads_no_estimate() -> None:
    # written reviews of the year gone by: the goal the sentence before names is reached
    for lead in ("全市经济运行实现预期目标。", "各项指标均达到预期目标。", "全市经济运行超额完成年度增长目标。",
                 "全市经济运行圆满实现了预期目标。"):
        assert 7 not in [v for _, v in _targets(lead + "全市规模以上工业增加值预计增长7%。", 2026)], lead
    # a goal still to reach leads as before
    assert goal_estimate("全市确保实现预期目标。全市规模以上工业增加值", "全市规模以上工业增加值", 2026)
    assert goal_estimate("广东为2026年设定了…的预期目标;地方一般公共预算收入", "地方一般公共预算收入", 2026)


def test_the_estimate_word_ends_no_name() -> None:
    got = _targets(GUANGDONG, 2026)
    assert ("地方一般公共预算收入", 3) in got
    assert not [name for name, _ in got if name.endswith("预计")]
