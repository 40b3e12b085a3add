"""Invented 46: a count of reforms or policies is a count of the plan's own measures, no target.

The corpus conventions leave counts of a plan's own parts, goals and tasks without a target (tests/fixtures/real/
README.md, "Counts of projects to carry out" and "`等N个` after fewer names than N"; the spec's policy parameters for
what a policy grants). Family (dev, none gold):

- 宁夏 2022 全民健康 news (nx-ningxia-jkjs2022#1, http://wsjkw.nx.gov.cn/ztzl/xjsscddh/wsjkzwn/202207/
  t20220707_3602517.html): `•推进三项改革:医药卫生体制改革、疾病预防控制体系改革、…` — the reforms the list then names;
- 四川 2019 天府旅游名县 意见 news (sc-sichuan-tfmx2019#2, https://m.yybnet.net/sichuan/news/201902/8744854.html):
  `候选县、命名县享受9项支持与激励政策,包括…` — the policies a title brings.

A noun that only starts with 政策 (`筹集政策性住房6000套`, 朝阳 2023) and a count of works to build (`推進28項城市建設工程`,
鄠邑) keep their targets.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear_far


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


def test_a_count_of_reforms_is_none() -> None:
    # 宁夏 (dev, nx-ningxia-jkjs2022#1), verbatim
    assert _read("以健康宁夏建设为统领,以全方位全周期保障人民健康为目标,以全民健康水平提升行动为抓手,以改革创新为动力:\n\n"
                 "•推进三项改革:医药卫生体制改革、疾病预防控制体系改革、“互联网+医疗健康”示范区建设;", 2022) == set()


def test_a_count_of_policies_is_none() -> None:
    # 四川 (dev, sc-sichuan-tfmx2019#2), verbatim
    assert not any(v == 9 for _i, v, _u in _read(
        "《意见》明确,天府旅游名县候选县、命名县享受9项支持与激励政策,包括对命名为天府旅游名县的,省财政一次性给予3000万元奖励。",
        2019))


def test_policy_housing_and_works_stay() -> None:
    # 朝阳 2023 (dev, bj-chaoyang-msss2023#1): 政策性 opens a noun; 鄠邑 (dev, sn-huxian-bmss#2): works to build
    assert any(v == 5000 for _i, v, _u in _read("全年筹集各类政策性住房5000套(间)。", 2023))
    assert any(v == 28 for _i, v, _u in _read("今年推进28项城市建设工程。", 2023))


def test_counted_policies_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "推进三项改革,享受9项支持与激励政策," * n + "。")
