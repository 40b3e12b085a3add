"""Regressions a third review of the night's target, spaces and unit-list rules found (git diff e83e5f8..888e9d5), each
with the reviewer's probe; the code at e83e5f8 read each correctly (or, for the speed bounds, ran in linear time)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None = None, title: str | None = None):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year, title=title).targets]


def _values(text: str, plan_year: int | None = None, title: str | None = None) -> list[float]:
    return [r[1] for r in _rows(text, plan_year, title)]


# 1. targets/reward_terms.py: a 对 in the clause before a grant is the recipients' only when it opens the clause (or
# follows its payer), is no word of its own and qualifies its recipients.
def test_a_plan_clause_holding_dui_before_a_grant_keeps_its_target():
    for text, value in (("2024年,新建对外开放平台3个,市财政给予配套支持。", 3),
                        ("2024年,对标省级标准建设10个美丽乡村示范村,县财政给予每村20万元奖补。", 10),
                        ("对全县120个行政村实施人居环境整治提升,县财政给予每村5万元奖补。", 120),
                        ("每年对不少于100家科技型企业开展创新辅导,县财政给予工作经费保障。", 100),
                        ("确保年内完成对200户农村危房的改造,县财政予以补助。", 200)):
        assert _values(text, 2024) == [value], text
    # the rule's own shapes still drop: a qualifier closing the clause, the recipients' 对 with 的 or 每
    assert _values("2019年新投产纳统的企业,年产值超10亿元的,给予一次性奖励300万元。", 2019) == []
    assert _values("县财政对验收合格的改造(含新建)厕所1座,给予1500元经费补助。", 2019) == []
    assert _values("对市级众创空间每培育一家国家高新技术企业,奖励运营单位5万元。", 2018) == []


# 2. targets/completion_rates.py: a planned rate below 100 (or above it in a plan of the year) is no report when the
# sentence states a deadline to come; every item of the sentence stays.
def test_a_goal_sentence_with_a_planned_completion_rate_keeps_its_items():
    text = ("到2024年底,新建改建农村卫生户厕3000户,建设村级污水处理站20座,农村生活垃圾无害化处理率达到95%,"
            "问题厕所整改完成率为98%。")
    assert _values(text, 2024, "某县2024年农村人居环境整治实施方案") == [3000, 20, 95, 98]
    assert _values("到2025年,全县新建改建农村户厕5000户,改厕完成率98%。", 2024) == [5000, 98]
    text = "全年实施重点项目120个,完成投资80亿元,项目开工率95%,年度投资计划完成率105%。"
    assert _values(text, 2024, "某县2024年重点工作") == [120, 80, 95, 105]
    # with no plan of that year around it, the same sentence reports (the rule's own shape)
    assert _values(text, 2024) == []


# 3. targets/set_change.py: 争取 obtaining funds is no commitment to the change after it.
def test_obtaining_funds_is_no_commitment_to_a_change():
    text = "某县科技局2025年工作计划\n一、2023年工作总结\n全年争取上级科技资金1560万元,同比增长12%。"
    assert _values(text, 2025, "某县科技局2025年工作计划") == []
    assert _values("全年争取上级科技资金1560万元,同比增长12%。", 2025) == []
    assert _values("争取全年实现总产值480亿元,同比增长33.3%。", 2025) == [480, 33.3]


# 4. targets/rank_words.py: the commitment must govern the place in its own clause; the noun 目标 is none.
def test_a_rank_in_a_review_is_no_target():
    for text in ("2023年,全县完成年度目标任务,科技创新综合考核位列全市第一。",
                 "2023年,全县上下确保各项工作落实,规上工业增加值增速位列全市第一。",
                 "2023年,全县围绕年度目标,科技创新指数位列全市第二。"):
        assert [r for r in _rows(text, 2023)] == [], text
    assert _values("2024年,科技创新综合考核力争位列全市第一。", 2024) == [1]
