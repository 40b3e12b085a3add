"""spur39: a work's total land area (总用地面积) and its design area (设计面积) describe the project, as 占地面积 does
(targets.yaml's descriptor words; the fixtures README, third batch: building dimensions and 占地 are not targets).

Family (dev, none gold):
- 林头 2021 民生实事 (ah-lintou-wmbss2021#3, https://stmt-intl.com/Home/Content/?ClassId=6824&Id=1056419):
  `林頭鎮城市運動休閑景觀綠化工程,,設計面積約99927平方米`;
- 袁州 2023 民生实事 (jx-yuanzhou-msss2023#2,
  http://www.yzq.gov.cn/yzqrmzf/jcbslsqk/202309/d48534cfb44f49e0bf792a10fb644168.shtml):
  `袁州区湘赣边应急医疗救治中心项目总用地面积24938.8㎡(37.4082亩)`;
- 奉化 2025 (zj-fenghua-msssjz2025#3, http://www.fh.gov.cn/art/2025/8/7/art_1229626487_59169133.html):
  `项目总用地面积约99683平方` (the same shape, not read before either).
Kept: the area of a work to do (`新建绿地面积5万平方米`, `完成整治面积约1000亩`) and the floor area of works the gold reads
(`总建筑面积2.84万平方米`, 墨江 2025, yn-mojiang-hmss2025#1).
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _values(text: str, plan_year: int | None = None) -> list:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_design_and_land_areas_are_descriptors() -> None:
    # 林头 2021 (dev, ah-lintou-wmbss2021#3), as printed
    assert 99927 not in _values("聚焦“社會治理”。由鎮城建規劃分局負責的林頭鎮城市運動休閑景觀綠化工程,,設計面積約99927平方米,,"
                                "沿巢二路兩側建設長1575米寬40米的休閑綠道,,預計2021年12月份完成。", 2021)
    # 袁州 2023 (dev, jx-yuanzhou-msss2023#2)
    assert 24938.8 not in _values("袁州区湘赣边应急医疗救治中心项目总用地面积24938.8㎡(37.4082亩),设计标准为二级甲等医院,"
                                  "新建发热门诊1栋,总床位数348床,宿舍91套。", 2023)


def test_areas_of_work_stay() -> None:
    assert 5 in _values("到2025年,新建绿地面积5万平方米。", 2021)
    assert 1000 in _values("2021年,完成整治面积约1000亩。", 2021)
