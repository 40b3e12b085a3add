"""Target rules of tprec5 (round 37): numbers a document's structure marks as history, from the tprec5 batch
(tests/fixtures/real/README.md) and the dev split; the sentences are quoted from the pages named, the expected values
read by hand per spec/plan-format.md and the corpus README. Each rule has a counter-test: the near-miss goal sentence
that must keep its targets."""

from __future__ import annotations

import time

from kechuang.extract import extract_text
from kechuang.extract.targets.bulletins import is_bulletin
from kechuang.extract.targets.execution import opens_plan
from tests.extract.passages import passage as _passage
from tests.extract.passages import target_rows as _rows

# 1. A statistics bulletin (targets/bulletins.py): its title says the whole page reports a year that is over.
# web.xiaze.org/tjgb/201004/31627.html (彭州 2002 统计公报, tprec5 batch)
PENGZHOU_TITLE = "成都市彭州市2002年国民经济和社会发展统计公报"
PENGZHOU = ("二、农 业 全市围绕“市场调整结构,增收奔宽裕”的目标,把农民的增收作为农村工作的重点,狠抓农产品加工、销售和科技示范"
            "园区建设。2002年,农业部将我市确定为全国创建无公害农产品(蔬菜)示范基地。全市实现农业总产值21.97亿元,增长4.6%。"
            "油料总产量13597吨,下降6%,蔬菜瓜果产量641940吨,增长18.1%,肉类总产量63775吨,增长5.1%。同时还大力推广良种良法"
            "栽培技术,实现IPM战略,全年共推广81个新品种,这些品种的推广,大大提升了我市农产品品质,有力保障了农业的增产、增收,"
            "农民人均可支配收入达3140元,较上年增加166元。")
# mianchi.gov.cn/pageView/subArticle.html?lmid=24281&rlmid=24278&wzid=1400573 (渑池 2022 统计公报, dev)
MIANCHI_TITLE = "渑池县2022年国民经济和社会发展统计公报"
MIANCHI = ("三、工业和建筑业\n2022年全年工业增加值比上年增长 6.3 %。其中,规模以上工业增加值增长7.2%,增速比2021年减低2.2个"
           "百分点。规模以上工业中,轻工业增加值下降4.5%,重工业增加值增长14%,轻、重工业占比分别为30.6%和69.4% 。全年规模以上"
           "工业产品销售率为92.2%。")


def _titled(text: str, title: str, plan_year: int | None = None) -> list:
    return extract_text(text, plan_year=plan_year, title=title).targets


def test_a_statistics_bulletin_states_no_target():
    assert _rows(PENGZHOU) != []  # read alone, its sentences look like amounts reached (the shape of a goal)
    assert _titled(PENGZHOU, PENGZHOU_TITLE) == []
    assert _titled(MIANCHI, MIANCHI_TITLE, 2022) == []
    assert _titled(PENGZHOU, "成都市彭州市2002年國民經濟和社會發展統計公報") == []  # printed in traditional characters
    assert is_bulletin("2022年国民经济和社会发展统计公报(全文)")


def test_a_title_that_only_names_a_bulletin_keeps_the_goals():
    # the near miss: a goal sentence (陕西 2016 政府工作报告, covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/
    # content_14506022.html, tprec5 batch) under titles that name a 公报 or a bulletin without being one
    goal = "2020年,生产总值达到3万亿元、人均超过1万美元,城乡居民收入赶超全国平均水平。"
    for title in ("陕西计划2020年人均预期寿命达76.7岁", "关于做好2022年统计公报编制工作的通知",
                  "中国共产党第十九届中央委员会第五次全体会议公报"):
        assert not is_bulletin(title)
        assert 3 in [t.value for t in _titled(goal, title, 2016)]


# 2. A heading that names what a past period achieved (取得的成就, as 取得的成效): the section under it is history.
# shanxi.chinagdp.org/fzgh/201804/640.html (山西 卫生计生“十三五”规划, tprec5 batch)
SHANXI = ("一、规划背景\n(一)“十二五”期间卫生计生事业发展取得的成就\n“十二五”时期,全省卫生计生系统坚持深化医药卫生体制改革,坚持"
          "计划生育基本国策,努力提升群众对卫生计生事业的满意度,发展取得显著成效,人民健康水平显著提升,人均期望寿命74.92岁(2010"
          "年),孕产妇死亡率和婴儿死亡率分别下降至13.51/10万、5.90‰,人口自然增长率控制在6‰以下。")


def test_what_a_past_period_achieved_is_history():
    assert _rows(SHANXI) == []


def test_the_goals_after_a_section_of_achievements_stay_targets():
    # the near miss: the next top-level heading opens the plan's goals, which keep their targets (the goal sentence of
    # 陕西 2016 above, under a goals heading)
    text = SHANXI + "\n二、发展目标\n2020年人均预期寿命达76.7岁,2017年县域就诊率达到90%。"
    assert sorted(r[2] for r in _rows(text)) == [76.7, 90]


def test_a_long_title_is_read_in_constant_time():
    title = "统计公报的" * 20000 + "通知"
    start = time.process_time()
    for _ in range(1000):
        is_bulletin(title)
    assert time.process_time() - start < 0.5  # only the title's end is read


# 3. A plan-execution report (targets/execution.py): its title says it opens with what the year achieved; that part is
# history up to the line that opens the plan to come.
# fzggw.fujian.gov.cn (福建 2023 计划执行情况及2024年计划草案, dev: fj-fujian-jhzx2023) and 东丽 2023 (dev:
# tj-dongli-jhzx2024), passages of their review part
FUJIAN_TITLE = "关于福建省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
DONGLI_TITLE = "关于东丽区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"


def test_the_review_part_of_a_plan_execution_report_is_history():
    fujian, dongli = _passage("fj-fujian-jhzx2023", 1), _passage("tj-dongli-jhzx2024", 1)
    assert _rows(fujian, 2024) != [] and _rows(dongli, 2024) != []  # read alone, amounts reached look like goals
    assert _titled(fujian, FUJIAN_TITLE, 2024) == []
    assert _titled(dongli, DONGLI_TITLE, 2024) == []


def test_the_plan_to_come_after_the_review_keeps_its_targets():
    # the near miss: 湖南 2025 计划 (zjjnews.cn/news/hunan/news_211318.html, dev: hn-hunan-jh2025) prints the review of
    # 2024, then 2025年经济社会发展主要预期目标是:…; under an execution report's title the goals stay targets
    text = _passage("hn-hunan-jh2025", 0) + "\n" + _passage("hn-hunan-jh2025", 1)
    title = "湖南省2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告"
    goals = [(t.indicator, t.value) for t in _titled(text, "湖南省2025年国民经济和社会发展计划", 2025)
             if t.year == 2025]
    assert goals and [(t.indicator, t.value) for t in _titled(text, title, 2025) if t.year == 2025] == goals
    # and a second-half plan in a mid-year report (…1—6月…计划执行情况的报告): 下半年 opens it
    mid = "2025年1—6月国民经济和社会发展计划执行情况的报告"
    assert 6 in [t.value for t in _titled("上半年地区生产总值增长5.1%。\n下半年,力争全年地区生产总值增长6%。", mid, 2025)]
    assert 5.1 not in [t.value for t in _titled("上半年地区生产总值增长5.1%。", mid, 2025)]



def _cpu(text: str) -> float:
    start = time.process_time()
    for _ in range(20):
        opens_plan(text, 2023)
    return time.process_time() - start


def test_a_review_line_of_many_repeats_is_read_in_linear_time():
    clause = "固定资产投资增长2.5%,2023年落实京冀企业167个,"  # opens_plan reads every line of the review part
    _cpu(clause)  # warm the patterns first
    small = _cpu(clause * 2000)
    large = _cpu(clause * 16000)
    assert large < 16 * max(small, 0.005), (small, large)  # 8 × the text: a quadratic would take 64 ×
