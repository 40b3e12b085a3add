"""spurious43: a project's total floor or land area, stated after the project in a clause of its own
(`总建筑面积约11.55万平方米`, `项目总用地面积24938.8㎡`), describes what is built; it is no quantity the plan commits to
(the spec's "Not targets"; the corpus README: building dimensions and `占地…` are not targets, the quantities built
are). The count built before it stays a target.

Family (dev, none of these areas gold; the counts before them are):
- 开阳 2023 教育项目 (gz-kaiyang-jyxm#1, https://m.leju.com/guizhou/7_24/6650957222958661377.html):
  `开阳县将建成、续建、新开工教育项目30个,总投资104257万元,总建筑面积259686.78平方米`;
- 新干 2022 重点民生项目 (jx-xingan-msxm2022#1 and #2, https://freewechat.com/a/MzAxNjE3MzIwOQ==/2655331950/{{href}}):
  `建设665套安置房,总建筑面积约11.55万平方米`, `建设251套安置房,总建筑面积约4.4万平方米`;
- 墨江 2025 十件惠民实事 (yn-mojiang-hmss2025#1, https://puerw.cn/content/202502/21/c420855.html):
  `…15个老旧小区的25栋老旧楼房改造,总建筑面积2.84万平方米,涉及户数318户` (318 户 is gold);
- 袁州 2023 民生实事 (jx-yuanzhou-msss2023#2,
  http://www.yzq.gov.cn/yzqrmzf/jcbslsqk/202309/d48534cfb44f49e0bf792a10fb644168.shtml):
  `袁州区湘赣边应急医疗救治中心项目总用地面积24938.8㎡(37.4082亩)` (总床位数348床 is gold).
Kept: an area the clause builds or renovates (`新建保障性住房总建筑面积50万平方米`), an area without 总 (`市區52個,建築面積
約94萬平方米`, 扬州 2024 老旧小区, js-yangzhou-jgxq2024#2, https://ttnews.tw/caijing/1707297437144704.html, gold), a total
that is no area (`总床位数348床`), and a share of a total area (`新增住房总建筑面积中…租赁住房比例`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_values
from tests.timing import assert_linear


def test_total_areas_of_projects_are_none() -> None:
    # 新干 2022 (dev, jx-xingan-msxm2022#1, #2)
    assert target_values("新干县南苑小区\n建设665套安置房,总建筑面积约11.55万平方米,并完成配套设施建设工程,2022年9月开始交房。",
                   2022) == [665]
    assert target_values("新干县翰林苑小区建设(棚户区改造)\n建设251套安置房,总建筑面积约4.4万平方米,并完成配套设施建设工程,"
                   "2022年9月开始交房。", 2022) == [251]
    # 开阳 (dev, gz-kaiyang-jyxm#1)
    got = target_values("本报讯3月30日,记者从开阳县教育局获悉,今年,开阳县将建成、续建、新开工教育项目30个,总投资104257万元,"
                  "总建筑面积259686.78平方米。项目全部建成后,将新增234个班10040个学位。")
    assert 259686.78 not in got and 234 in got and 10040 in got
    # 墨江 2025 (dev, yn-mojiang-hmss2025#1)
    got = target_values("6、完成15个老旧小区改造 项目内容:聚焦城市基础设施短板弱项,以城市更新为契机,坚持典型引领、示范先行,"
                  "完成菜园小学职工宿舍、供电小区等15个老旧小区的25栋老旧楼房改造,总建筑面积2.84万平方米,涉及户数318户。",
                  2025)
    assert 2.84 not in got and 25 in got and 318 in got
    # 袁州 2023 (dev, jx-yuanzhou-msss2023#2)
    got = target_values("袁州区湘赣边应急医疗救治中心项目总用地面积24938.8㎡(37.4082亩),设计标准为二级甲等医院,新建发热门诊1栋,"
                  "总床位数348床,宿舍91套。", 2023)
    assert 24938.8 not in got and 348 in got and 91 in got


def test_areas_built_and_other_totals_stay() -> None:
    assert 50 in target_values("到2025年,新建保障性住房总建筑面积50万平方米。", 2021)
    # 扬州 2024 (dev, js-yangzhou-jgxq2024#2): an area with no 总 is the scope renovated, gold
    assert 94 in target_values("2024年計劃改造城鎮老舊小區130個、面積168萬平方米。其中,市區52個,建築面積約94萬平方米。", 2024)
    assert 348 in target_values("新建发热门诊1栋,总床位数348床。", 2023)
    assert 20 in target_values("到2025年,新增住房总建筑面积中政府、机构和企业持有的租赁住房比例达到20%。", 2021)


def test_total_areas_are_linear() -> None:
    assert_linear(extract_text, lambda n: "建设665套安置房,总建筑面积约11.55万平方米," * n + "。")
