"""Fix 66, row 6 of tests/fixtures/real/MISSES-fresh66.md: a plan's count of its own measures is no target.

Family (dev): 汉中 2025 银发经济 news (sn-hanzhong-yfjjxw2025#1, http://m.a5u0.cn/hzszf/zwgk/nygj/202503/
b8205262783a476e86ea9a7b078b9a1f.shtml: 提出5大行動28項具體舉措) — the measures counted after the count of the plan's
actions; 广西 2021 (gx-guangxi-kjcx2021#1, http://www.handmsg.com/page/2021/0513/10309536.shtml: “‘廣西科改33條…”) — the
articles of a policy counted inside the quoted name that holds them. A plan's task (实施10个重点项目) keeps its target.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None = None) -> set[tuple]:
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets}


def test_measures_after_actions_are_own_parts() -> None:
    # 汉中 (dev, sn-hanzhong-yfjjxw2025#1), as printed and in simplified characters
    assert _read("近日,我市出臺《促進銀發經濟發展實施方案》,提出5大行動28項具體舉措,全力推動銀發經濟高質量發展。",
                 2025) == set()
    assert _read("近日,我市出台《促进银发经济发展实施方案》,提出5大行动28项具体举措,全力推动银发经济高质量发展。",
                 2025) == set()


def test_indicators_after_kinds_are_own_parts() -> None:
    # 济南 十四五 工业和信息化 (dev, sd-jinan-gxh145#4)
    assert not any(v == 23 for _i, v, _u in _read(
        "同时,系统设置了“十四五”工业和信息化指标体系,提出了6类共23项指标,相比“十三五”,新增了数字经济占比。", 2021))


def test_articles_inside_a_quoted_name_are_none() -> None:
    # 广西 (dev, gx-guangxi-kjcx2021#1)
    assert _read("基金項目:廣西壯族自治區科技廳2021年廣西科技發展戰略研究專項課題“‘廣西科改33條‘百千萬行動實施情況"
                 "跟蹤評估研究”(桂科ZL21140016)。", 2021) == set()


def test_a_plan_task_stays() -> None:
    # 蓟州 (own_parts.py's own negative) and a road count in 条 outside any quote
    assert any(v == 10 for _i, v, _u in _read("2021年,实施10个重点项目。", 2021))
    assert any(v == 58 for _i, v, _u in _read("到2025年,打通58条断头路。", 2021))


def test_own_counts_are_linear() -> None:
    assert_linear(extract_text, lambda n: "提出5大行动28项具体举措," * n + "。")
