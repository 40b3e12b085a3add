"""names44: a share or a multiple of a base stated after a bound (调度量不少于备案总量50%, 标准不低于…标准的1.6倍) names the
thing measured before the bound, not the bound and its base (the spec: "the measured thing as written, shortest phrase
that names it"; the same shape with 的 before a share is read so already: 出力不低于海上光伏装机容量的20% → 出力).

Family (dev):
- 青浦 2025 建筑垃圾 (sh-qingpu-jzlj2025#3,
  https://www.shanghai.gov.cn/zhengce/detail?businessId=00831338985&siteId=0083): `调度量不少于备案总量50%` — gold
  各街镇备案消纳场所调度量; read as 调度量不少于备案 (a miss and a spurious);
- 肇庆 民生实事 (gd-zhaoqing-msssjz#2, https://www.zhaoqing.gov.cn/xxgk/zwgk/zxgcgk/content/post_2462763.html):
  `特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍` — gold 特困供养人员基本生活标准.
Kept: a bound between two things of a list (绍兴 2020, zj-shaoxing-zdgz2020#2: `有效投资增长高于经济增长、4个结构性指标均实现
10%以上增长`, gold 结构性指标) and an amount above a level (重庆 2023, cq-chongqing-xdjh2023#4: `全体居民人均可支配收入高于
全国平均水平、力争达到5万元以上`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear

QINGPU = ("各街镇申请备案的消纳场所，由属地街镇负责管理运营，必须接受区土方消纳调度专班调度，调度量不少于备案总量50%，"
          "确保市、区重大项目工程渣土排放规范有序。")
ZHAOQING = "2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍,且不低于当地现行特困人员基本生活标准。"
SHAOXING = "有效投资增长高于经济增长、4个结构性指标均实现10%以上增长。"
CHONGQING = "全体居民人均可支配收入高于全国平均水平、力争达到5万元以上。"


def _names(text: str, year: int) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=year).targets}


def test_share_of_a_base_names_the_thing() -> None:
    assert _names(QINGPU, 2025)[50] == "调度量"
    assert _names(ZHAOQING, 2024)[1.6] == "特困供养人员基本生活标准"


def test_other_bounds_keep_their_names() -> None:
    assert "结构性指标" in _names(SHAOXING, 2020)[10]
    assert _names(CHONGQING, 2023)[5] == "全体居民人均可支配收入高于全国平均水平"


def test_linear() -> None:
    assert_linear(lambda text: extract_text(text, plan_year=2025), lambda n: QINGPU * n, 4)
