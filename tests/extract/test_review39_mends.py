"""Review 39's findings on five54's rules, mended by the lead: a verb of having states what exists, and a range of
things that a support term follows is the condition of the support. Inputs are the review's; the rules' real sources
stay read (奉节 2023 晾晒房一座, cq-fengjie-yunwu-jxmb2023; 青海 2012, http://chinafeed.com.cn/xumu/201202/10/69622.html,
and 光明 2021's 2至3所学校 — dev)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _read(line: str, year: int = 2025) -> list[tuple]:
    plan = extract_text(normalise(f"{year}年工作要点\n{line}"))
    return [(t.value, t.unit) for t in plan.targets]


def test_a_verb_of_having_counts_no_goal():
    assert _read("县城设有消防站一个。") == []
    assert _read("全县建有综合服务中心一个。") == []
    assert _read("新建中药材晾晒房一座。") == [(1, "座")]


def test_a_range_followed_by_support_is_a_condition():
    assert _read("2至3家单位联合申报的项目,优先支持。") == []
    assert _read("3至5家企业共同建设的平台,给予补助。") == []
    assert _read("力争2至3所学校整体教育质量跻身全市前列。") == [(2, "所")]
    assert _read("争取再将一至两个发展条件较好的示范区申报为国家级示范区。", 2012) == [(1, "个")]
