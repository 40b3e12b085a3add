"""rev51 (review of spur39's sized.capacity_named): a capacity names a project or a plant only when what follows the
unit is the plant's product and its 项目/厂/场. Two readings of spur39's pattern over-reached (sentences written for
this review, in the shape of spur39's own positive "粮食产量达到50万吨"):
- a comparison word right after the unit (以上, 左右, 以内…) closes the value as a level reached, not a name
  (`蔬菜产量达到10万吨以上并进入大型商场`);
- 场 of 市场 or 商场 is a market a product reaches, not a plant (`实现10万吨农产品进入全国市场`).
spur39's family (dev, 开鲁 nm-kailu-gyjj#2, 吉林 jl-jilin-nyrw2019#2, 临洮 gs-lintao-gxgz2023#3, 且末
xj-qiemo-msss2013#2) stays refused: test_spur39_capacity_names.py.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.sized import capacity_named


def _values(text: str, plan_year: int | None = None) -> list:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets]


def test_a_level_reached_before_a_market_is_read() -> None:
    assert 10 in _values("到2025年,实现10万吨农产品进入全国市场。", 2021)
    assert 10 in _values("到2025年,生猪出栏达到10万头以上养殖场。", 2021)


def test_capacities_in_names_stay_refused() -> None:
    for sentence in ("昶辉生物100吨辅酶Q10项目", "300萬噸選礦廠", "建设年屠宰10万头生猪屠宰场", "建设5万吨农产品批发市场项目"):
        at = next(i for i, c in enumerate(sentence) if c.isdigit())
        assert capacity_named(sentence, at), sentence
    for sentence in ("10万吨以上并进入大型商场", "10万吨农产品进入全国市场", "50万吨左右支撑农产品加工项目"):
        assert not capacity_named(sentence, 0), sentence
