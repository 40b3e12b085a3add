"""Target rules of tprec4 (round 34): numbers beside plans' targets that are no commitments, from the tprec4 batch
(tests/fixtures/real/README.md) and the dev split, each family from two documents or more; the sentences are quoted from
the pages named, the expected values read by hand per spec/plan-format.md and the corpus README. Each rule has a
counter-test: the near-miss goal sentence of the same shape, with a goal's mark, that must keep its targets."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

# 1. Progress as a share of a planned or handed-down figure (targets/progress_shares.py): the sentence reports what
# was done against the plan, so all its numbers are history.
# lfbxx.com/html/1655/2023-07-25/content-441115.html (武山 2023, tprec4 batch)
WUSHAN = ("今年上半年,武山縣新申報第一批高新技術企業2家,申報認定第一批省級創新型企業6家,累計達到15家,完成市上下達任務16家的"
          "93.7%;入庫評價科技型中小企業25家,完成市上下達任務20家的125%,為全縣經濟社會高質量發展注入了新動力。")
# fzggw.cq.gov.cn/zwxx/xwbd/202003/t20200319_5756150_wap.html (重庆 2015 民生实事 上半年进展)
CHONGQING = "2015年25件重点民生实事计划总投资277亿元,上半年实际完成投资156.92亿元,占全年计划投资的56.6%。"
CHONGQING_MOVES = "累计下达搬迁计划53.8万人,累计完成搬迁安置42.3万人,占总计划的84.6%。"
# 456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html (江门 重点项目, a mirror with readings)
JIANGMEN = "本年度計(jì)劃開工項(xiàng)目255項(xiàng)(其中1-10月份計(jì)劃新開工223項(xiàng)),目前實(shí)際已開工206項(xiàng),完成年度計(jì)劃開工的80.8%。"


def test_a_share_of_a_planned_figure_reached_is_history():
    assert _rows(WUSHAN, 2023) == []
    assert _rows(CHONGQING, 2015) == []
    assert _rows(CHONGQING_MOVES, 2015) == []
    assert _rows(JIANGMEN) == []


def test_a_share_of_the_plan_committed_to_stays_a_target():
    # the near-miss goals: the same shape after 力争/确保, at 100 %, as a floor, or with a deadline to come
    values = [r[2] for r in _rows("力争全年新申报高新技术企业20家,完成市上下达任务16家的125%。", 2023)]
    assert 20 in values and 125 in values
    assert 100 in [r[2] for r in _rows("新增科技型中小企业25家,完成省下达任务的100%。", 2023)]
    assert 95 in [r[2] for r in _rows("全年完成投资156亿元,占全年计划投资的95%以上。", 2015)]
    values = [r[2] for r in _rows("到2025年底前新建改厕380座,完成省下达任务的90%。", 2024)]
    assert 380 in values and 90 in values
    # a plan's milestone states no thing done (上半年完成…, as test_revfix_round23's milestones)
    assert 60 in [r[2] for r in _rows("新建农村公路50公里,上半年完成年度计划的60%。", 2024)]
    # completion_rates' own reading is untouched: a 完成率 other than 100 after an amount done
    assert _rows("改(新)建户厕10.09万户,完成年度任务100.8%。", 2020) == []


# 2. 去年 dates what follows it in its paragraph to the year before the plan's: a past year, so history
# (targets/last_year.py, read by targets/years.py).
# 60.219.152.177:9000/info.php?G7O4t=uThr.html (海南 2024 政府工作报告, a news print of its review)
HAINAN = ("海南新型工业聚力起势。去年,百万吨乙烯等一批石化新材料项目密集投产,新增产值260亿元。海上风电装备、新能源专用车等"
          "多领域破题,可降解高端纸品、临高海上风电场开工,全省最大的集中式光伏基地并网运行。新增科技型中小企业594家,在库专精特新"
          "企业347家。")


def test_last_year_dates_what_follows_it_as_history():
    assert _rows(HAINAN, 2024) == []
    assert _rows(HAINAN, 2024, title="海南省政府工作报告") == []


def test_a_comparison_with_last_year_or_a_goal_after_it_stays_a_target():
    # the near-miss goals: 去年 as a base (比去年, 较去年同期, 在去年…基础上) and this year's goal after last year's figure
    for text in ("力争全县生产总值比去年增长8%,新增高新技术企业20家。",
                 "去年全县地区生产总值增长6%。今年,力争新增高新技术企业20家。",
                 "在去年新增12家的基础上,今年力争新增高新技术企业20家。",
                 "2024年,全县新增高新技术企业20家以上,较去年同期提高4.8个百分点。",
                 "力争新增高新技术企业20家,比去年多5家。"):
        assert 20 in [r[2] for r in _rows(text, 2024)], text

# 3. A bound set 原则上 is a policy's standard (targets/in_principle.py): its clause run gives no target.
# cscjyy.com/detail-24228.html (安徽 2023 高标准农田 通知, a mirror with readings)
ANHUI = ("建設(shè)區(qū)域應(yīng)相對集中,單個高標(biāo)準(zhǔn)農(nóng)田建設(shè)項目規(guī)模,原則上平原地區(qū)不低于3000畝,丘陵山區(qū)不低于1000畝。"
         "單個項目涉及的鄉(xiāng)鎮(zhèn)原則上不超過2個。")
# hxt111.com/wap/2011-07/08/content_5118343.htm (福州 2011 学前教育 意见, a news print)
FUZHOU = "每所幼兒園規模原則上不超過360人。"


def test_a_bound_set_as_a_rule_is_a_standard():
    assert _rows(ANHUI, 2022) == []
    assert _rows(FUZHOU, 2011) == []


def test_a_task_or_a_goal_set_as_a_rule_stays_a_target():
    # shanghai.gov.cn/zhengce/detail/… 奉贤 2024 违法用地 三年行动 (dev gold: a year's task under 原则上)
    assert 700 in [r[2] for r in _rows("原则上第一年全区应完成的任务量不少于700亩;第二年全区应完成的任务量不少于900亩。", 2024)]
    # 国务院 2019 职业教育改革 (dev gold: a count to build)
    assert 1 in [r[2] for r in _rows("每个地(市、州、盟)原则上至少建设一所符合当地经济社会发展和技术技能人才培养需要的中等职业学校。",
                                     2019)]
    # shanghai.gov.cn/zhengce/detail/0021::15f17483fbae4b37963cbc9be9a46c20 (上海 2025 粮仓光伏, a goals section)
    goals = "一、工作目标\n推动“光伏+粮仓”应用，改造的平房仓、楼房仓等屋顶光伏覆盖率原则上不低于30%。"
    assert 30 in [r[2] for r in _rows(goals, 2025)]
    # the near-miss goal: a bound under 力争 with no 原则上
    assert 3000 in [r[2] for r in _rows("力争全县新建高标准农田不低于3000亩。", 2022)]


# 4. 至此 (so far) closes a running total: a word of a thing done (rules/targets.yaml accomplished_words), so a paragraph
# that states no year to come and no commitment is a review.
# 446dt.com/jiaodian/2022/206562.html (陕西 2022 专精特新, a news print in traditional characters)
SHAANXI = ("日前,經省工信廳和省財政廳聯合認定,我省新增省級“專精特新”中小企業238家。至此,全省省級“專精特新”中小企業總數"
           "達到820家。")


def test_a_running_total_so_far_is_history():
    assert _rows(SHAANXI, 2022) == []


def test_a_goal_beside_a_running_total_stays_a_target():
    text = "至此,全省专精特新中小企业总数达到820家。到2025年,力争全省专精特新中小企业达到1000家。"
    assert 1000 in [r[2] for r in _rows(text, 2022)]
    assert 2 in [r[2] for r in _rows("至此,全省累计建成5G基站8万个,力争年底前新增5G基站2万个。", 2022)]


def _cpu(text: str) -> float:
    start = time.process_time()
    extract_text(text, plan_year=2024)
    return time.process_time() - start


@pytest.mark.parametrize("clause", [
    "新申报高新技术企业2家,完成市上下达任务16家的93.7%;",  # reported_shares: one sentence of many clauses
    # a share's words with no share, a thing done and an amount before them and a % in the line: the lazy gap of
    # _SHARE runs on every 占…的 and never runs away (review 5, finding 7)
    "已完成年度计划任务12家,占总计划的%,",
    "去年,新增产值260亿元,比去年增长",  # last_year_marks
    "原则上平原地区不低于3000亩,",  # principle_bounds: one sentence of many clauses
    "原则上不超过2个。",  # principle_bounds: many sentences
    "到2025年,原则上不低于3000亩,",  # principle_bounds: a dated sentence of many clauses (review 5)
    "去年新增企业12家。力争新增企业20家。",  # a 去年 mark and the goal sentences that end it (review 5)
])
def test_a_line_of_many_repeats_is_read_in_linear_time(clause):
    _cpu(clause)  # warm the patterns first, so the small run times the rules alone
    # the small run is repeated until it is long enough that the ratio measures the rules, not the clock (2,000 repeats
    # took 0.048 s on CI once the readers' gates were cheap: session 37)
    assert_scaled(_cpu, clause * 2000, clause * 8 * 2000, 16, clause)  # 8 × the text: a quadratic would take 64 ×
