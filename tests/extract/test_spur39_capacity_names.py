"""spur39: a plant's capacity printed right before what it makes and its 项目/厂/场 names the project (the spec's "Not
targets: numbers in names"; sized.py's size of one facility): no target.

Family (dev, none of these capacities gold):
- 开鲁 工业经济 (nm-kailu-gyjj#2, https://cn-ferment.com/news/show-8526.html):
  `昶辉生物100吨辅酶Q10项目,利牛生化30万吨燃料乙醇联产400万吨饲料项目`;
- 吉林 2019 农业农村 (jl-jilin-nyrw2019#2, http://hunanfoods.net/news/internal/55239.html):
  `榆树正榆1亿只肉鸡等投资亿元以上项目建设`;
- 临洮 2023 (gs-lintao-gxgz2023#3, http://v-cnc.com/s-70090.html): `年产5万吨钢结构加工等10个工业项目`;
- 且末 2013 (xj-qiemo-msss2013#2, http://www.sdlsmy.com/dfpd/xj/bwzg/2013-01/15/content_16121717.htm):
  `300萬噸選礦廠和120噸球團廠`.
Kept: a capacity reached (`新增光伏装机180万千瓦`), amounts of area (`建设30万平方米标准厂房`) and counts of projects or
plants (`等5个总装机180万千瓦的光伏项目`, 甘孜 2025, sc-ganzi-zfgzbg2025#1,
http://paper.kbcmw.com/pc/202501/22/content_85376.html; `年产10万吨饲料厂1座`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _values(text: str, plan_year: int | None = None) -> list:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_capacities_in_project_names_are_none() -> None:
    # 开鲁 (dev, nm-kailu-gyjj#2)
    got = _values("以引进玉米淀粉下游产品项目为重点,推进玉王生物1万吨肌醇、5万吨变性淀粉项目,黄河龙公司3万吨黄原胶项目,"
                  "昶辉生物100吨辅酶Q10项目,利牛生化30万吨燃料乙醇联产400万吨饲料项目年内开工建设,"
                  "玉米生物科技产业开发新产品20个。", 2019)
    assert 100 not in got and 30 not in got and 20 in got
    # 吉林 2019 (dev, jl-jilin-nyrw2019#2)
    assert 1 not in _values("粮食总产量700亿斤水平;畜牧业重点抓好洮南雏鹰400万头生猪、通榆吉运15万头牛、洮北300万只肉羊、"
                            "榆树正榆1亿只肉鸡等投资亿元以上项目建设。", 2019)
    # 临洮 2023 (dev, gs-lintao-gxgz2023#3)
    assert 5 not in _values("到2025年,签约年产1000吨VF果蔬脆加工、年产5万吨钢结构加工等10个工业项目。", 2023)


def test_capacity_before_de_and_amounts_of_work_stay() -> None:
    # the count of the projects stays (甘孜 2025's shape, dev sc-ganzi-zfgzbg2025#1), and a capacity reached
    assert 5 in _values("建成道孚、新龙、色达等5个总装机180万千瓦的光伏项目。", 2025)
    assert _values("到2025年,新增光伏装机180万千瓦,建成光伏项目5个。", 2021) == [180, 5]
    assert _values("到2025年,新建年产10万吨饲料厂1座。", 2021) == [1]
    assert 30 in _values("到2025年,建设30万平方米标准厂房。", 2021)
    assert 12 in _values("到2025年,新建12个污水处理厂。", 2021)
    assert 50 in _values("到2025年,粮食产量达到50万吨。", 2021)


def test_capacity_names_are_linear() -> None:
    assert_linear(extract_text, lambda n: "昶辉生物100吨辅酶Q10项目," * n + "。")
