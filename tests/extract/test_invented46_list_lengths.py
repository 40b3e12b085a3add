"""Invented 46: the length of a roll of road projects, stated in a clause of its own right after their count, is the
roll's size, no target.

The corpus conventions read the investment totals and sizes of a project list (`总投资`, `预计总投资`, `总建筑面积`)
as none (tests/fixtures/real/README.md, "Counts of projects to carry out"); AUDIT.md (audit44, item 3) leaves both
pages below with none gold. Family (dev):

- 四川 2024 公路水路 news (sc-sichuan-glsytz2024#3, http://jzytyy.com/2024/zonglan_0222/525637.html):
  `全省高速公路續建項目37個,續建里程3392公里,年度計劃完成投資1460億元`;
- 延安 十四五 公路 news (sn-yanan-gl145#4, http://www.446dt.com/shehui/2021/183114.html):
  `其中高速公路續建項目4個、新建項目5個,規劃總里程630公里`.

A length the plan commits to reach or add keeps its target: `力争13条道路建成通车,新增里程11公里` (龙文 2018,
fj-longwen-zfgzbg2018#4), `今年鐵路建設里程達395公里` (天津 2016, tj-tianjin-cjgzhyxw2016#3), both dev gold.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.extract.passages import target_value_set
from tests.timing import assert_linear_far


def test_a_roll_length_after_its_count_is_none() -> None:
    # 四川 (dev, sc-sichuan-glsytz2024#3), verbatim: the planned investment and the commitments stay
    values = target_value_set("2024年,全省高速公路續建項目37個,續建里程3392公里,年度計劃完成投資1460億元;計劃新開工項目8個,"
                     "計劃完成投資40億元。確保2024年建成通車高速公路500公里,新開工500公里,上半年實現高速公路通車總里程突破"
                     "10000公里。", 2024)
    assert 3392 not in values
    assert {1460, 8, 40, 500, 10000} <= values
    # 延安 (dev, sn-yanan-gl145#4), verbatim
    values = target_value_set("“十四五”期間,計劃完成投資700億元以上。其中高速公路續建項目4個、新建項目5個,規劃總里程630公里。"
                     "加快國省干線公路和紅色旅游公路等24條750公里建設任務。", 2021)
    assert 630 not in values
    assert {700, 750} <= values


def test_a_committed_length_stays() -> None:
    # 龙文 2018 (dev, fj-longwen-zfgzbg2018#4) and 天津 2016 (dev, tj-tianjin-cjgzhyxw2016#3)
    assert 11 in target_value_set("推动联六、联十一、东环城等49条国省干线和城市道路建设,力争13条道路建成通车,新增里程11公里。", 2018)
    assert 395 in target_value_set("今年鐵路建設里程達395公里,客運入市、貨運外移格局基本形成。", 2016)


def test_roll_lengths_are_linear() -> None:
    assert_linear_far(extract_text, lambda n: "高速公路续建项目37个,续建里程3392公里," * n + "。")
