"""Target rules of streak (round 28): a streak of years gone by is no duration (targets/streaks.py), and a money
threshold inside the thing counted names it while the count after it is the target (targets/size_class.py). The
sentences are quoted from the dev pages named (tests/fixtures/real), the expected values read by hand per
spec/plan-format.md and the corpus README; each rule has counter-tests that must keep their year or target."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.vocab import vocab
from kechuang.extract.targets.years import years
from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

# 1. 连续N年 with no start or commitment before it in its clause: years gone by.
# www.cezhidao.com/reports/iXdj (龙岗 2025 政府工作报告, the review of 2024)
LONGGANG = ("实现地区生产总值5901亿元,增长6.7%;规上工业增加值增长9.4%,连续七年位居全国工业百强区榜首;社会消费品零售总额"
            "1537.28亿元;固定资产投资总额增长3.1%。")
# hunanfoods.net/news/internal/55239.html (2019 年吉林省农业重点完成十项任务, the figures of 2018)
JILIN = "吉林省粮食总产量达到726.6亿斤,连续6年稳定在700亿斤以上;全省累计调减籽粒玉米560万亩。"
# soolun.net/periodical/9bf77123b3824dc72052401d6b6e1f5b.html (the 2006 notice on graduates; round 6's test)
SOOLUN = "从今年开始连续5年,国家将每年招募2万名高校毕业生到乡镇从事支教、支农、支医和扶贫工作。"
# yizongshi.cn/Enicn/ECONOMY_CITY/ECONOMY/SME/2012/0406/4314.html (农业部 2012 方案, a news print in traditional characters)
AUTUMN = "農業部方案表示,將穩定播種面積,擴大水稻、玉米等高產作物種植,力爭在過去連續兩年大幅增產的基礎上穩定秋糧產量。"


def _years(text: str, plan_year: int) -> list[int]:
    return [mark.year for mark in years(text.translate(vocab().simplified), 0, 0, plan_year)]


def test_a_streak_of_years_gone_by_states_no_year():
    assert _years(LONGGANG, 2025) == []  # was 2031: 2025 + 7 − 1
    assert _years(JILIN, 2019) == []  # was 2024
    assert _rows(passage("jl-jilin-nyrw2019", 0), 2019, "2019 年吉林省农业重点完成十项任务") == []
    assert _years(AUTUMN, 2012) == []  # 力争 builds on the streak 过去连续两年 names past (was 2013)


def test_a_run_of_years_to_come_and_a_duration_keep_their_year():
    assert _years(SOOLUN, 2006)[-1] == 2010  # 从今年开始连续5年: a start before it (今年 is 2006)
    assert [r[2:] for r in _rows(SOOLUN, 2006)] == [(2, "万名", 2010)]
    assert _years("力争连续3年保持全省前列。", 2024) == [2026]  # a commitment before it
    assert _years("用3年时间,建成10个示范基地。", 2024) == [2026]  # a duration of the spec


# 2. A money threshold inside the thing counted, the count after the thing.
# news.hubeidaily.net/mobile/c_2107990.html (竹山县2024年经济社会发展主要预期目标和重点工作)
ZHUSHAN = "三是坚定不移狠抓项目建设,培育新动能强支撑。推动建设千万元以上重点项目200个,完成投资200亿元以上。"
# nec-driver.com/bhuanan/10093_3.html (a 海南 county's 2024 政府工作报告)
HAINAN = "力争实现20%的村集体年收入超30万元,新增年收入超50万元的经济强村5个。"
# fsou.com/html/text/lar/173664/17366417.html (2011年市政府重点工作任务分解意见, 包头)
BAOTOU = "实施投资5000万元以上工业重点项目323个,年内力争完成投资1000亿元以上,增长20%左右。"


def _values(text: str, plan_year: int) -> list[tuple]:
    return [r[2:4] for r in _rows(text, plan_year)]


def test_a_threshold_inside_the_thing_counted_is_no_target_and_the_count_is():
    zhushan = _rows(ZHUSHAN, 2024)
    assert (1000, "万元") not in [r[2:4] for r in zhushan]
    assert next(r for r in zhushan if r[2:4] == (200, "个"))[0] == "千万元以上重点项目"  # the verbs cut (review)
    assert ("千万元以上产业项目", "level", 30, "个") in [r[:4] for r in _rows("全年争取建设千万元以上产业项目30个。", 2024)]
    assert (50, "万元") not in _values(HAINAN, 2024)
    assert ("年收入超50万元的经济强村", "level", 5, "个") in [r[:4] for r in _rows(HAINAN, 2024)]


def test_an_amount_committed_to_stays_a_target():
    assert (200, "亿元") in _values(ZHUSHAN, 2024)  # 完成投资200亿元以上: no count follows it
    assert (1000, "亿元") in _values(BAOTOU, 2011) and (323, "个") in _values(BAOTOU, 2011)
    assert (1000, "万元") in _values("全年完成投资1000万元以上,新建项目3个。", 2024)


def _cpu(text: str) -> float:
    start = time.process_time()
    extract_text(text, plan_year=2024)
    return time.process_time() - start


@pytest.mark.parametrize("clause", [
    "连续5年位居前列,",  # streaks.is_streak: a window before each 连续
    "建设千万元以上重点项目200个,",  # size_class.names_a_class: a bounded look after each amount
    "千万元以上",  # amounts with no separator between them
])
def test_a_line_of_many_repeats_is_read_in_linear_time(clause):
    assert_scaled(_cpu, clause * 1000, clause * 8000, 16, clause)


# 3. Review of round 28: a run of years an ordinary plan commits to keeps its deadline (plan_year + N − 1).
@pytest.mark.parametrize(("text", "year"), [
    ("实施高标准农田建设行动,连续三年每年新建高标准农田5万亩。", 2027),
    ("全县上下要持续发力,连续3年每年新增城镇就业2000人以上。", 2027),
    ("实施义务教育学校提升工程,连续5年每年改造薄弱学校10所。", 2029),
    ("全区要连续3年保持GDP增速8%以上。", 2027),
    ("实施城乡居民增收行动,连续5年提高城乡低保标准,每年提高5%以上。", 2029),
    ("全县连续3年开展“美丽乡村”创建,每年创建示范村10个。", 2027),
    ("坚持连续5年每年新增城镇就业5000人。", 2029),
    ("实施“三年行动计划”,连续三年实现粮食总产量稳定在60万吨以上。", 2027),
    # varied inputs of the same shapes
    ("启动城乡供水一体化工程,连续两年每年改造管网50公里。", 2026),
    ("全市要连续4年保持全省前列。", 2028),  # 保持…前列 after a duty: still a commitment
    ("全县连续3年新增造林面积2万亩。", 2027),
])
def test_a_run_of_years_a_plan_commits_to_keeps_its_deadline(text, year):
    assert _years(text, 2025) == [year]


def test_a_standing_after_the_streak_still_states_no_year():
    assert _years("全县经济总量连续三年位居全市第一,获评全省县域经济先进县。", 2025) == []
    assert _years("财政收入连续5年稳定在10亿元以上。", 2025) == []


# 4. Review of round 28: a goal glued after a bounded amount is no thing counted; the amount stays a target.
@pytest.mark.parametrize(("text", "amount", "count"), [
    ("实现地区生产总值300亿元以上规上企业达到120家。", (300, "亿元"), (120, "家")),
    ("全年完成固定资产投资50亿元以上新开工项目30个。", (50, "亿元"), (30, "个")),
    ("全年招商引资到位资金50亿元以上引进项目30个。", (50, "亿元"), (30, "个")),
    ("通过争取中央预算内资金1亿元以上建设项目10个。", (1, "亿元"), (10, "个")),
    # varied inputs of the same shapes
    ("全年实现社会消费品零售总额80亿元以上培育限上企业15家。", (80, "亿元"), (15, "家")),
    ("全年争取上级资金2000万元以上新开工项目8个。", (2000, "万元"), (8, "个")),
])
def test_a_goal_glued_after_a_bounded_amount_leaves_the_amount_a_target(text, amount, count):
    values = _values(text, 2025)
    assert amount in values and count in values
