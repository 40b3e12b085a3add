"""sum58, row 7 of tests/fixtures/real/MISSES-fresh57.md: a streak of years gone by (连续N年 + a verb of a state held:
居, 超, 突破, 保持…增长, 增产, 获) is history, no span of a plan, so it dates nothing after it. The sentences are quoted
from the dev pages named (tests/fixtures/real), the expected values read by hand per spec/plan-format.md and the
corpus README; the counter-tests keep a run of years to come a duration."""

from __future__ import annotations

from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import years
from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows

# https://chaoyang.gov.cn/html/CYSZF/202410/0173024610292721.html (朝阳 住建局 2024 前三季度 news, dev; fresh57)
CHAOYANG = ("前三季度,全市累计完成建筑业产值93.61亿元,同比增长17.6%,高出全省平均增速13个百分点,位列全省第2位,建筑业产值"
            "连续3年保持高速增长;全市商品房累计销售109.8万平方米,同比增长18.7%,高出全省平均增速29.6个百分点,位列全省第1位。"
            "我市首次组织网络购房节,累计成交房屋1366套、16.6万平方米、成交额10.6亿元。")
# https://www.ccpua.org/page130.html?article_id=6463 (山西 2024 煤矿智能化 发布会 news, dev)
SHANXI = ("2021年至2023年,山西原煤产量连续三年居全国第一,保障全国24个省份电煤稳定供应。山西累计建成244座智能化煤矿,"
          "将于2027年基本实现各类煤矿智能化。")
# https://www.hrbtv.net/folder137/2026-03-07/1136573.html (黑龙江 2026 两会 news, dev)
HEILONGJIANG = "·粮食总产量连续2年超1600亿斤。"
# http://www.tjhb.gov.cn/zwgk/zfxxgk/zfxxgkqjjg/qfzhggwyh/fdzdgknr4/ghxx4/202602/t20260224_7249069.html
# (河北区 2026 计划执行情况, dev)
HEBEIQU = "一般公共预算收入完成23.69亿元,同比增长1.3%,在全市唯一连续5年保持正增长;"
# http://chinafeed.com.cn/xumu/201202/10/69622.html (青海 2012 农牧业 news, dev)
QINGHAI = "粮食总产量达到109.03万吨,连续6年增产,连续4年突破百万吨,油料总产量达到36.3万吨,连续5年突破30万吨大关。"
# http://webtv.i2863.com/qzdst/gd/kgz/27940146.shtml (贵州 2022 科技工作会议 news, dev)
GUIZHOU = "研发投入强度连续五年增长,达到0.91%;"


def _years(text: str, plan_year: int) -> list[int]:
    return [mark.year for mark in years(text.translate(vocab().simplified), 0, 0, plan_year)]


def test_a_streak_of_a_state_held_states_no_year():
    assert _years(CHAOYANG, 2024) == []  # was 2026: 2024 + 3 − 1
    assert 2026 not in _years(SHANXI, 2024)  # 连续三年居全国第一 (2024 + 3 − 1) dates nothing
    assert _years(HEILONGJIANG, 2026) == []  # was 2027
    assert _years(HEBEIQU, 2026) == []
    assert _years(QINGHAI, 2012) == []
    assert _years(GUIZHOU, 2022) == []


def test_the_review_after_a_streak_is_no_goal():
    # the whole passage of the dev fixture: the tallies after the streak were read as goals of 2026
    assert _rows(passage("ln-chaoyang-zjjsjd2024", 0), 2024) == []
    assert _rows(CHAOYANG, 2024) == []
    assert (244, "座") not in [r[2:4] for r in _rows(SHANXI, 2024)]


def test_a_run_of_years_to_come_keeps_its_year():
    # a commitment, a duty or an action launched before 连续N年, or 每年 after it: a span of the plan (round 28)
    assert _years("力争连续3年保持全省前列。", 2024) == [2026]
    assert _years("全区要连续3年保持GDP增速8%以上。", 2024) == [2026]
    assert _years("实施“三年行动计划”,连续三年实现粮食总产量稳定在60万吨以上。", 2024)[-1] == 2026
    assert _years("连续3年每年新建高标准农田5万亩。", 2024) == [2026]
    assert _years("确保连续三年突破100亿元。", 2024) == [2026]
