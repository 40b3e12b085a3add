"""hist54: goals and history told apart by the goals heading or caption above a line (MISSES-dist51 row 6).

Every sentence is real text of a dev page, its address cited; the expected targets are read by hand per
spec/plan-format.md and the corpus README's conventions."""

from __future__ import annotations

from kechuang.extract.targets.goals_captions import goals_caption
from tests.extract.passages import target_rows as _rows


# A 同比增长 under an unnumbered goals caption is a goal set against last year, not a statistic: 滨海 2024
# (https://bc-talentfs.com/channels/722.html, dev).
def test_a_year_on_year_change_under_a_goals_caption_is_a_goal():
    text = ("2024年经济社会发展主要预期目标\n地区生产总值同比增长4.8%左右;一般公共预算收入同比增长6%;固定资产投资同比持平,"
            "居民人均可支配收入保持与经济增长基本同步。")
    assert [r[1:] for r in _rows(text, 2024)] == [("growth", 4.8, "%", 2024), ("growth", 6, "%", 2024)]
    # the same line with no caption above it stays a report (set_change.py)
    assert _rows("地区生产总值同比增长4.8%左右;一般公共预算收入同比增长6%。", 2024) == []


# …and under a numbered goals heading: 上海 2023 岸电 (https://www.shanghai.gov.cn/zhengce/detail?businessId=
# 96b86c464a324265bd290c0ff2e77189&siteId=0010, dev).
def test_a_year_on_year_change_under_a_goals_heading_is_a_goal():
    text = ("一、发展目标\n以推动港航领域绿色低碳转型为引领，全面推动上海港船舶岸电设施使用率逐年提高。"
            "2023年，国际集装箱靠港船舶岸电使用量同比2022年增长30%；邮轮码头、港作拖轮使用岸电实现常态化。")
    assert [r[1:] for r in _rows(text, 2023)] == [("growth", 30, "%", 2023)]


# A progress table under a goals heading prints each goal, then its progress: the progress's 同比 stays a report,
# on the goal's line or a line of its own. 铜梁 2025 (https://www.cqstl.gov.cn/zwgk_171/zfxxgkml/zfgzbgzxqk/202509/
# t20250919_15024369.html, dev).
def test_the_progress_of_a_goal_under_a_goals_heading_stays_a_report():
    head = "2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n一、经济社会发展主要预期目标\n"
    assert [r[2] for r in _rows(head + "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。", 2025)] == [6]
    assert [r[2] for r in _rows(head + "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n第一产业增加值同比增长3.4%。",
                                2025)] == [5]


def test_goals_captions():
    assert goals_caption("2024年经济社会发展主要预期目标")  # 滨海 2024
    assert goals_caption("■ 2025年经济社会发展的主要预期目标")
    assert goals_caption("2022年预期目标")
    assert not goals_caption("2023年主要预期目标完成情况")  # a review's caption
    assert not goals_caption("空气质量完成年度目标任务")  # a table cell
    assert not goals_caption("2025年区政府工作报告目标任务上半年推进情况汇总表")  # 铜梁 2025: a progress table's title
    assert not goals_caption("全面完成年度目标任务,地区生产总值增长6%")  # a sentence


# A sentence that opens with a date gone by reports, in a passage read as goals (targets/past_leads.py): 晋江 2024
# (http://jingyuhuahui.com/jinjiang/news/2964314.html), 黑龙江 2024 (http://fapeng.com/admin/knews.aspx?HMu=vTz.html),
# 镇江 2014 (http://news.jsw.com.cn/zjnews/2014-03/04/content_3008284.htm), all dev.
def test_a_sentence_opening_with_a_past_date_reports():
    assert _rows("今年来,晋江经济开发区直管园区累计完成“四上”企业月度新增31家,限上企业月度新增16家。", 2024) == []
    assert _rows("今年一季度,黑龙江技改投资增速达到43.9%,大力发展战略性新兴产业和前瞻布局未来产业。", 2024) == []
    text = ("培育三条特色街区,招商北固湾商业街实现税收100万元;双井北路实现税收500万元;龙吟坊商业街实现税收1000万元。"
            "1月份,街道实现一般预算收入2011万元。")
    assert [r[2] for r in _rows(text, 2014)] == [100, 500, 1000]  # the month's sentence alone is history


def test_a_past_lead_with_a_goal_or_a_deadline_stays():
    # a goal's cue in the sentence keeps it; 截至 a year not gone by is a deadline
    assert [r[2] for r in _rows("今年一季度,力争技改投资增长10%。", 2024)] == [10]
    assert [r[2] for r in _rows("截至2025年底,全市建成5G基站1.2万个。", 2025)] == [1.2]


def test_a_column_header_alone_is_no_goals_caption():
    # a progress table printed one cell a line (高青 木李镇 2024, dev): its 目标任务 header governs nothing
    assert not goals_caption("目标任务")
    assert not goals_caption("年度目标")
    assert goals_caption("今年的主要预期目标是:")
