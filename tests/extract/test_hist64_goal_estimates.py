"""hist64 (session 36): 预计 after a goal's statement (预期目标, 增长目标, 提出…今年) states the goal's figure, no
estimate of a review (targets/goal_estimates.py). Sentences from dev pages, addresses above each; the reviews'
预计 stays history."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_estimates import goal_estimate


def _values(text: str, plan_year: int | None) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


# 广东 2026 report news (http://www.coateschia.com.cn/antianpeizi/240954.html, dev)
GUANGDONG = ("迈入“十五五”开局之年,广东为2026年设定了地区生产总值增长4.5%-5%的预期目标,在实际工作中全力争取更好结果;"
             "地方一般公共预算收入预计增长3%左右,居民收入增长将与经济增长保持同步。")
# 黑龙江 2020 粮食 plan news (http://m.ydbgyp.cn/news/detail/87/150414.html, dev)
HEILONGJIANG = ("黑龍江省日前制定了《黑龍江省2020年糧食增產行動計劃方案》,明確提出今年黑龍江農作物預計總播種面積2.23億畝以上,"
                "其中糧食作物面積2.15億畝以上,比上年增加近50萬畝。")
# hk01 2026 news of the provinces' goals (dev; its address is cn-hk01-gdpmb2026's source in SOURCES.md)
HK01 = ("作為地方政府最重要收入來源的一般公共預算收入，根據各地政府工作報告，2026年一般公共預算收入增長目標多在2%左右。"
        "最高的是新疆，預計達到10%左右；最低的是江西，為0.5%。")
# Reviews (dev): 郑州 2015 schools news (ha-zhengzhou-xxjs2015), 武宣 2022 (gx-wuxuan-lhzf2022)
ZHENGZHOU = "郑州市区30所中小学建设任务,有30所开工建设,圆满完成年度目标任务,预计年底还有7所中小学开工建设。"
WUXUAN = ("今年广西经济增长预期目标6.5%以上,一般公共预算收入增长3%。"
          "2021年,武宣经济增长预计增长10%左右,规模以上工业增加值增长20%。")


def test_an_estimate_under_a_goal_statement_is_a_goal():
    assert 3 in _values(GUANGDONG, 2026)
    assert 2.23 in _values(HEILONGJIANG, 2020)
    assert 10 not in _values(HK01, 2026)  # the estimate opens its clause: no name of its own (spurious 预计=10%)


def test_a_review_estimate_stays_history():
    assert 7 not in _values(ZHENGZHOU, 2015)
    assert 10 not in _values(WUXUAN, 2022)
    assert not goal_estimate("圆满完成年度目标任务,", "圆满完成年度目标任务,", 2015)
    assert not goal_estimate("今年广西经济增长预期目标6.5%以上。2021年,武宣经济增长", "2021年,武宣经济增长", 2022)
    assert goal_estimate("广东为2026年设定了…的预期目标;地方一般公共预算收入", "地方一般公共预算收入", 2026)
