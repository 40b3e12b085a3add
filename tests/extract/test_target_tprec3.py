"""Target rules of tprec3 (round 27): numbers beside plans' targets that are no commitments, from the twenty-ninth batch
(tests/fixtures/real/README.md) and the dev split, each family from two documents or more; the sentences are quoted from
the pages named, the expected values read by hand per spec/plan-format.md and the corpus README. Each rule has a
counter-test from a dev goal sentence of the same shape that must keep its targets."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows
from tests.timing import assert_scaled

# 1. An amount of money with the growth it reached, in a sentence with no commitment and no deadline to come
# (targets/achieved_growth.py): a statistics bulletin's or a report review's figures are history.
# mianchi.gov.cn/pageView/subArticle.html?lmid=24281&rlmid=24278&wzid=1400573 (渑池 2022 统计公报)
MIANCHI = ("初步核算,全县生产总值254.5亿元,按可比价格计算,比上年增长5.2%。其中:第一产业增加值23.3亿元,增长5.2%;"
           "第二产业增加值129.8亿元,增长7.1%;第三产业增加值101.4亿元,增长3%。")
# cezhidao.com/reports/iXdj (龙岗 2025 政府工作报告, the review of 2024)
LONGGANG = ("实现地区生产总值5901亿元,增长6.7%;规上工业增加值增长9.4%,连续七年位居全国工业百强区榜首;社会消费品零售总额"
            "1537.28亿元;固定资产投资总额增长3.1%。")
# tjgb.hongheiku.com/xjtjgb/xj2020/42057.html (a 宜春 county's 2022 统计公报)
YICHUN = "非公有制经济增加值1695125万元,增长6.0%,占GDP的比重59.6%。"


def test_an_amount_with_the_growth_it_reached_is_history():
    assert _rows(MIANCHI, 2022) == []
    assert _rows(LONGGANG, 2025) == []
    assert _rows(YICHUN, 2022) == []


def test_an_amount_and_growth_after_a_commitment_stay_targets():
    # hunanfoods.net/news/internal/55239.html (吉林 2019 农业农村 重点任务, dev gold)
    jilin = "做大以珲春为主体的水产品加工业,水产品产值力争达到145亿元,增长5%;力争培育1—2家全国种业十强企业;"
    values = [r[2] for r in _rows(jilin, 2019)]
    assert 145 in values and 5 in values
    # most.gov.cn/ztzl/kjzg60/dfkj60/ln/dtxw/200909/t20090916_72980.html (辽宁 2009, dev gold)
    liaoning = ("力争2009年81家中小型示范企业新增固定资产投资100亿元,实现总产值480亿元,同比增长33.3%;销售收入470亿元,"
                "同比增长34.3%;利税85亿元,同比增长30.8%。")
    values = [r[2] for r in _rows(liaoning, 2009)]
    assert {480, 33.3, 470, 34.3} <= set(values)
    # a deadline to come plans the sentence, commitment word or not
    assert [r[2] for r in _rows("到2025年,全县生产总值达到300亿元,年均增长8%。", 2021)] == [300, 8]


# 2. Funds a body arranges or sets up (targets/funding.py): money put into a policy, no outcome.
# sinyeo.com/list69/86938.html (苍南 2023 关于推动经济高质量发展的若干政策, news print)
CANGNAN = "1.加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力,县财政2023年统筹安排资金37.4亿元,重点支持重大交通、民生、城市建设、文旅等领域项目建设。"
# nybiz.cn/law/7276.html (西安 2018 稳增长 措施, a traditional-character mirror, dev)
XIAN = "(一)持續加大投入力度。2018—2021年累計安排各類支持工業發展的專項資金不低于30億元,采取貸款貼息、獎勵補助、融資引"
# m.jxyuer.com/news/jiaodian/166873.html (淮安 2022, dev)
HUAIAN = "整合市工信、科技、市场监管、地方金融监管等部门涉企资金,设立2.43亿元推动工业强市发展专项引导资金,出台管理办法,发布项目申报指南,"


def test_funds_arranged_or_set_up_are_no_targets():
    assert _rows(CANGNAN, 2023) == []
    assert _rows(XIAN, 2018) == []
    assert _rows(HUAIAN, 2022) == []


# The cap of a grant: zjtxrd.cn/zc/472.html (凤台 2024-2025 财政支持产业发展若干政策); eptb.org.cn/news/1986842126733938688
# (广州 2025 推动低空经济高质量发展资金管理办法, 征求意见稿, dev)
FENGTAI = "按照项目设备购置额的10%给予奖补,单个项目不超过50万元。"
GUANGZHOU = ("自然年度扶持总额不超过5000万,若申请合规项目扶持总额超过5000万,仅一个项目则按最高额给予扶持,")


def test_the_cap_of_a_grant_is_no_target():
    assert _rows(FENGTAI, 2024) == []
    assert _rows(GUANGZHOU, 2025) == []


def test_a_limit_on_an_outcome_stays_a_target():
    # house.hebei.com.cn/system/2019/04/01/019552238_01.shtml (河北 2019, dev gold): money reached, no grant's cap
    values = [r[2] for r in _rows("到2020年,十大领域主营业务收入超过1.7万亿元,带动全省战略性新兴产业增加值达到5000亿元。", 2019)]
    assert 1.7 in values and 5000 in values
    # ynkyj.cn/article/index.php?c=show&id=9 (舟山 2018 人才新政, dev gold): the count after a capped grant stays
    assert 30 in [r[2] for r in _rows("最高不超過50萬元,力爭用5年時間,培養出30名左右省部級領軍及以上層次人才。", 2018)]


def test_funds_to_win_and_a_count_beside_arranged_funds_stay_targets():
    # bjxmtkj.com/thread-22986-1-419.html (户县, dev gold): the works the funds pay for are the commitment
    assert [r[2:4] for r in _rows("今年,戶縣將安排資金5億元,推進(jìn)28項城市建設工程。", 2012)] == [(28, "項")]
    # yyx.gov.cn/…/content_1786601.html (岳阳县 科技工作, dev gold): funds to win are a target
    assert 200 in [r[2] for r in _rows("全年争取国家、省、市科技项目资金200万元以上;", 2022)]
    # tzplan.com/gxrd/news/2082.html (围场 2013 科技工作, dev gold)
    assert 50 in [r[2] for r in _rows("引进市外到位资金100万元,引进科技专项资金50万元以上,储备战略项目2个。", 2013)]


def _cpu(text: str) -> float:
    start = time.process_time()
    extract_text(text, plan_year=2024)
    return time.process_time() - start


@pytest.mark.parametrize("clause", [
    "生产总值254.5亿元,增长5.2%,",  # reported_growth: one sentence of many clauses
    "县财政安排资金37.4亿元,新建服务站10个,",  # funding_clauses
    "单个项目不超过50万元,扶持总额超过5000万,",  # funding_clauses: caps
])
def test_a_line_of_many_repeats_is_read_in_linear_time(clause):
    _cpu(clause)  # warm the patterns first, so the small run times the rules alone
    # the small run repeated until it is long enough that the ratio measures the rules, not the clock (review of
    # 2026-12-03)
    assert_scaled(_cpu, clause * 2000, clause * 16000, 16, clause)  # 8 × the text: a quadratic would take 64 ×
