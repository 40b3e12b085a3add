"""spur39: two shapes of spurious targets on dev that are policy parameters or the plan's own parts.

1. A value per tier of a schedule (an ordinal tier — 一等奖, 二级, 三档 — printed right before a sum of money) is a
   policy parameter, the spec's "Not targets" (每家奖励10万元): the sum a tier is paid or taxed, no outcome.
   Family (dev): 浙江 2014 科技奖励 (zj-zhejiang-kjjl2014#2, http://huiyingmeng.com/newscenter/native/city/201408/
   t20140818_516240507.shtml: `一等獎15萬元;二等獎10萬元;三等獎5萬元`), 江门 2018 城镇土地使用税 (gd-jiangmen-jzzcb2018#1,
   https://gd.010b.com/policy/detail/71743.html: `工业用地:一级5元/平方米、二级4元/平方米`).
   A count of awards (`获省科技进步二等奖1项`) or of graded things (`二级医院3所`) is no sum of money: untouched.
2. The count of classes and the count of items a plan's list is divided into (`5大類35項`, `10大类50个事项`) count the
   list's own parts, as `own_parts.py`'s `20个大项、42个子项`: no target. Family (dev, none of them gold): 慈利 2018
   (hn-cili-tzddh2018#2, http://www.ycltgd.com/news/qxnews/clnews/2018-03-05/142631.html), 连云港 2025
   (js-lianyungang-msss2025#2, http://www.7263355.com/zglygzfmhwz/gzdt_msss2025/content/
   2399a463-3ef6-47e4-bed9-614ef9ecfd36.html), 新吴 2025 (js-xinwu-wmbss2025#1,
   http://www.shuoshuowo.com/doc/2025/09/15/4648230.shtml), 江西 十三五 (jx-jiangxi-gy135news#1,
   http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm), 西吉 2022 (nx-xiji-jyxm2022#2,
   https://tjrc56.com/content/20220402/6469.html), 上海 2026 (sh-shanghai-lzcs2026#1, https://www.shanghai.gov.cn/
   zhengce/detail?businessId=1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032: `3大类100个专题领域`, whose 10万条 and
   22亿词元 stay gold).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _values(text: str, plan_year: int | None = None) -> list:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_prize_tiers_are_parameters() -> None:
    # 浙江 2014 (dev, zj-zhejiang-kjjl2014#2), as printed and in simplified characters
    assert _values("科學技術進步獎獎金按照項目獎勵:一等獎15萬元;二等獎10萬元;三等獎5萬元。", 2014) == []
    assert _values("科学技术进步奖奖金按照项目奖励:一等奖15万元;二等奖10万元;三等奖5万元。", 2014) == []


def test_tax_grades_are_parameters() -> None:
    # 江门 2018 (dev, gd-jiangmen-jzzcb2018#1)
    assert _values("具体为:工业用地:一级5元/平方米、二级4元/平方米、三级3元/平方米、四级2元/平方米、五级1元/平方米;"
                   "非工业用地:一级10元/平方米、二级8元/平方米。", 2018) == []


def test_graded_counts_stay() -> None:
    assert 2 in _values("到2025年,力争获国家科技进步二等奖2项。", 2021)
    assert 3 in _values("到2025年,新增二级医院3所。", 2021)
    assert 500 in _values("到2025年,全市研发投入达到500万元。", 2021)


def test_classes_and_items_are_own_parts() -> None:
    # 慈利 2018 (dev, hn-cili-tzddh2018#2)
    got = _values("2018年,全縣年度擬安排項目205個,總投資約112.2億元,涉及產業發展、基礎設施建設、民生和社會事業等"
                  "5大類35項,現已分解落實到52個相關責任單位。", 2018)
    assert 5 not in got and 35 not in got
    # 新吴 2025 (dev, js-xinwu-wmbss2025#1) and 江西 十三五 (dev, jx-jiangxi-gy135news#1)
    assert 50 not in _values("2025年,新吳區為民辦實事重點項目共8大類50個項目,總投資102.47億元。", 2025)
    assert 36 not in _values("“十三五”规划纲要提出了经济发展、转型升级、民生福祉、生态文明4大类36项指标。", 2016)


def test_classes_keep_the_goals_beside_them() -> None:
    # 上海 2026 (dev, sh-shanghai-lzcs2026#1): the knowledge base's 22亿词元 stays, its 3大类100个 do not
    got = _values("建设涵盖管理、实务、科研3大类100个专题领域、不少于22亿词元的专业知识库。", 2026)
    assert 22 in got and 100 not in got and 3 not in got
    # a plan's task counted in items, no class before it, stays
    assert 30 in _values("2021年,实施30个重点项目。", 2021)


def test_tiers_are_linear() -> None:
    assert_linear(extract_text, lambda n: "一等奖15万元;二等奖10万元;" * n + "。")
    assert_linear(extract_text, lambda n: "共8大类50个项目," * n + "。")
