"""sum58, rows 1–2 of tests/fixtures/real/MISSES-fresh57.md: a count of projects whose next clause is the list's total
cost (`项目N个,总投资…`) sizes the year's roll of projects, and the year's share of that cost printed after it
(`总投资…,年度计划投资…`) is the roll's figure: no targets (targets/project_rolls.py; the corpus' tprec and trec26
decisions). The sentences are quoted from the dev pages named (tests/fixtures/real), the expected values read by hand
per spec/plan-format.md and the corpus README; the counter-tests keep a goal's count and a bare plan investment."""

from __future__ import annotations

from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows

# http://7kfd-www.plus.jlntv.cn/folder3676/folder3677/folder3766/folder13762/2025-02-20/FV4JGxkgjlY4g9r6.html
# (延吉 2025 发改局 会议 news, dev; fresh57)
YANJI = ("在项目建设方面,市发展改革局今年计划实施5000万元以上重点项目104个,总投资288.8亿元,年度计划投资118.1亿元。"
         "为确保一季度“开门红”,计划开复工项目59个,总投资175.8亿元,计划投资74.7亿元。")
# https://xyjbkyj.com/xinwendongtai/xingyexinwen/4159.html (福建 2023 计划执行情况, dev)
FUJIAN = "聚焦重点领域,谋划储备项目2831个、总投资2.3万亿元。"
# http://www.jpedc.org.cn/html/xingyezixun318/42267.html (太仓 2024 农业农村 news, dev)
TAICANG = "锻强重大项目发展引擎,2024年计划新建农业农村重大项目14个、续建项目5个、总投资6.2亿元。"
# https://m.leju.com/guizhou/7_24/6650957222958661377.html (开阳 教育项目 news, dev)
KAIYANG = "今年,开阳县将建成、续建、新开工教育项目30个,总投资104257万元。"
# http://www.hu51.cn/zgwj/zdxmu/202509/f4fd292af32a4bd49b121b0e8a1cb3b3.shtml (吴江 2025 重点项目 news, dev)
WUJIANG = "2025年,我区共安排323个区级重点项目,计划总投资3497亿元,年度计划投资629亿元。"
# http://www.dajinya.com/xwzx/guonei/2023/0826/082023_19289.html (相城 2023 民生实事 news, dev)
XIANGCHENG = "今年,相城区共安排实施31个民生实事项目,涵盖社会保障等领域,总投资170.43亿元,年度计划投资24.26亿元。"
# counters: http://sczsb.org.cn/heilongjiang/2062.html (黑龙江 三供三治 news, dev: the count is gold) and
# https://bg3.co/a/zhe-jiang-sheng-sheng-chang-fu-sheng-chang-2024nian-qian-tou-zhong-dian-gong-zuo-gong-bu.html
# (浙江 2024 政府工作报告分解, dev: 年度计划投资 with no total before it is gold)
HEILONGJIANG = "今年黑龙江省计划开复工“三供三治”项目272个,投资106亿元,继续实施“三供三治”项目等市政基础设施建设。"
ZHEJIANG = "健全投资风险防控体系,年度计划投资200亿元,撬动社会资本1000亿元,并扩大省科创母基金规模。"


def _values(text: str, plan_year: int | None) -> list[tuple]:
    return [r[2:4] for r in _rows(text, plan_year)]


def test_a_count_of_projects_sized_by_its_total_cost_is_no_target():
    # fresh46: the lead's audit44 (tests/fixtures/real/AUDIT.md, changes 7, 8, 10) made the counts of projects a plan
    # carries out level targets (延吉's 104, 太仓's 14 and 5, 开阳's 30); the totals and the year's share stay none, and
    # so does 延吉's 计划开复工 count (audit44 left it): tests/extract/test_fresh46_carried_counts.py
    assert _values(YANJI, 2025) == [(104, "个")]  # was 104 个, 118.1 亿元, 59 个; sum58: none
    assert (2831, "个") not in _values(FUJIAN, 2024)
    assert _values(TAICANG, 2024) == [(14, "个")]  # sum58: none (the 5 of 续建项目5个 is unread for another cause)
    assert (30, "个") in _values(KAIYANG, None)  # sum58: none
    assert (629, "亿元") not in _values(WUJIANG, 2025)
    assert (24.26, "亿元") not in _values(XIANGCHENG, 2023)


def test_a_roll_on_a_page_with_phonetic_readings():
    # http://1000-payday-loan.com/daning/2768641.html (大宁 2025 重点项目开复工 news, a mirror with readings, dev;
    # fresh57): 一季度集中開復工項目26個,總投資達… and 全年謀劃項目70個,總投資252億元
    assert _rows(passage("sx-daning-zdxmkfg2025", 0), 2025) == []
    # https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html (江门 2021 重点建设项目
    # progress, readings, dev; the sum58 batch): 安排全市重點(diǎn)建設(shè)項(xiàng)目710項(xiàng) is the roll (the 安排 rule)
    assert (710, "項(xiàng)") not in _values(passage("gd-jiangmen-zdxmjz2021", 0), 2021)


def test_a_goal_count_and_a_bare_plan_investment_stay():
    assert (272, "个") in _values(HEILONGJIANG, None)  # 投资106亿元: no total
    assert (200, "亿元") in _values(ZHEJIANG, 2024)  # no 总投资 before it
    assert (50, "个") in _values("力争新开工项目50个,总投资100亿元。", 2024)  # a goal word in the count's clause
    assert (8, "个") in _values("全年新签约项目8个,力争完成投资20亿元。", 2024)
