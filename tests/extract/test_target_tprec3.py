"""Target rules of tprec3 (round 27): numbers beside plans' targets that are no commitments, from the twenty-ninth batch
(tests/fixtures/real/README.md) and the dev split, each family from two documents or more; the sentences are quoted from
the pages named, the expected values read by hand per spec/plan-format.md and the corpus README. Each rule has a
counter-test from a dev goal sentence of the same shape that must keep its targets."""

from __future__ import annotations

import time

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows

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
])
def test_a_line_of_many_repeats_is_read_in_linear_time(clause):
    small, large = _cpu(clause * 1000), _cpu(clause * 8000)
    assert large < 16 * small + 0.1, (small, large)
