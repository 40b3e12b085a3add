"""A per-year rate in a paragraph after a goals lead takes the lead's deadline, as the levels beside it do (years48).

A lead paragraph's `力争到2010年` (or a goals heading's `到2023年`) dates the undated levels of the paragraphs after
it (README "Years": lines after a dated paragraph inside a goals section take the latest stated year); the `年均`
rates beside those levels were left undated when the deadline came from an unheaded lead without 目标 or a colon,
though the convention dates them with the period's end they run to. A lead whose own `年均` rate runs to its deadline
states a period's goals: its deadline now ends the later rates too (a lead with no rate of its own still ends none:
test_target_rev4.py, test_target_round13.py). Family (dev): 路桥 2006's 十一五
goals (zj-luqiao-qz115, https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html);
江西 2022's 创新型省份 goals (jx-jiangxi-cxsf2022, https://z.askci.com/news/20220307/0919197555.shtml), whose
heading-led paragraph was already read so. The plan's own year (a one-year plan's) ends no period: a 每年 item of a
one-year plan keeps the year it had.
"""
from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_linear_far

LUQIAO = ("的基础上,力争到2010年,生产总值和人均生产总值均比2004年翻一番,生产总值年均增长13%,\n"
          "人均生产总值超过7万元,折合9000美元;全区财政总收入和地方财政收入年均增长13%,全社会\n"
          "固定资产投资年均增长15%。\n"
          "产业优势更加突出:形成以先进特色制造业、现代商贸业、现代都市型农业为支撑的产业体\n"
          "系。三次产业结构进一步优化,工业增加值达到141亿元,第三产业增加值占生产总值比重达到\n"
          "50.3%,社会消费品零售总额达到 154 亿元。外商直接投资实际到位金额年均递增 8%,达到 1.01\n"
          "亿美元。\n"
          "人民生活更加殷实:城乡低收入家庭恩格尔系数年均递减1.6个百分点,达到33.1%。城镇居\n"
          "民人均可支配收入年均递增 10%,达到 3.74 万元。农村居民人均纯收入年均递增 9%,达到 1.3\n"
          "万元。\n")

JIANGXI = ("(二)工作目标。\n"
           "到2023年,迈入创新型省份行列并向更高水平迈进。\n"
           "自主创新能力大幅提升。综合科技创新水平指数位居全国中上水平;全社会研究与开发(R&D)经费支出年均增长14%以上;"
           "基础研究经费占R&D经费比重提高至4.68%;每万人有效发明专利拥有量达到7.4件,每万人口高价值发明专利拥有量持续提升。\n")


def _rows(text, plan_year, title=None):
    plan = extract_text(normalise(text), plan_year=plan_year, title=title)
    return {(t.value, t.unit, t.year, t.recurring) for t in plan.targets}


def test_rates_after_a_lead_deadline_take_it():
    rows = _rows(LUQIAO, 2006, "台州市路桥区志")
    assert (8, "%", 2010, True) in rows
    assert (-1.6, "个百分点", 2010, True) in rows
    assert (10, "%", 2010, True) in rows
    assert (9, "%", 2010, True) in rows
    assert (141, "亿元", 2010, False) in rows  # the levels kept the lead's year before
    assert (13, "%", 2010, True) in rows  # the lead's own sentence


def test_rates_under_a_goals_heading_keep_it():
    rows = _rows(JIANGXI, None, "江西省全面推进创新型省份建设行动方案")
    assert (14, "%", 2023, True) in rows
    assert (4.68, "%", 2023, False) in rows


def test_the_plans_own_year_ends_no_period():
    # a one-year plan's year (its title's) is no period's end: its 每年 items keep no year from it
    rows = _rows("1.稳定粮食播种面积和产量。确保全区粮食播种面积稳定在1000万亩以上,每年在引黄灌区建设小麦、稻谷储备生产基地"
                 "各10万亩。\n", 2023, "关于做好2023年全面推进乡村振兴重点工作的实施意见")
    assert (1000, "万亩", 2023, False) in rows
    assert all(year is None for value, _, year, recurring in rows if recurring)


def test_lead_deadline_rates_stay_linear():
    unit = "力争到2010年,工业增加值达到141亿元。\n城镇居民人均可支配收入年均递增 10%,达到 3.74 万元。\n"
    assert_linear_far(lambda text: extract_text(text, plan_year=2006), lambda n: unit * n, n=4)
