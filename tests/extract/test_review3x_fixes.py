"""Regressions a third review of the night's target, spaces and unit-list rules found (git diff e83e5f8..888e9d5), each
with the reviewer's probe; the code at e83e5f8 read each correctly (or, for the speed bounds, ran in linear time)."""

from __future__ import annotations

import random
import time
from types import SimpleNamespace

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.spans import Covering, insert_in_order
from kechuang.extract.unit_lists import split_units
from kechuang.text.normalise import normalise
from tests.timing import assert_scaled


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
    # with no plan of that year around it, the same sentence reports (the rule's own shape); so does one as of a date
    assert _values(text, 2024) == []
    assert _values("截止到2024年10月底,全区已完成农村户改厕任务40926座,完成率99.82%。", 2024) == []


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


# 5. text/spaces.py: a party or government head that is no unit of its own before its department is one name a layout
# broke; two bodies side by side stay apart.
def test_a_head_and_its_department_split_by_a_space_are_one_unit():
    cases = (("一、推进科普宣传。牵头单位:县委 宣传部 配合单位:县科技局", ["县委宣传部"], ["县科技局"]),
             ("一、推进人才引进。牵头单位:市委 组织部 配合单位:市科技局", ["市委组织部"], ["市科技局"]),
             ("一、推进改革。牵头单位:国家 发展改革委 科技部 财政部", ["国家发展改革委", "科技部", "财政部"], []),
             ("一、推进改革。牵头单位:县科技局 县财政局", ["县科技局", "县财政局"], []))
    for text, lead, cooperating in cases:
        assert [(t["lead"], t["cooperating"]) for t in extract_text(text).tasks()] == [(lead, cooperating)], text
    assert normalise("中共环县委 环县人民政府办公室") == "中共环县委 环县人民政府办公室"


# 6. text/spaces.py ``Rows``: a numbered line of prose is no table row; its wrap's space inside a word goes.
def test_a_numbered_prose_line_is_no_row():
    text = "1 全年新增高新技术企 业20家,推动企业创新,由县科技局 负责。"
    assert normalise(text) == "1 全年新增高新技术企业20家,推动企业创新,由县科技局 负责。"
    assert _rows(text, 2024)[0][0] == "高新技术企业"
    text = "12 到2024年底全县研发投入强 度达到2.5%,县科技局 县财政局 共同推进。"
    assert normalise(text).startswith("12 到2024年底全县研发投入强度达到2.5%")
    assert ("全县研发投入强度", 2.5, "%") in _rows(text, 2024)


# 7. targets/set_share.py: how a cost is split is no share of a set to reach.
def test_a_share_of_funds_is_no_target():
    assert _rows("项目所需资金,30%资金由县财政承担,70%资金由乡镇自筹。", 2024) == []
    assert _values("50%以上的专利由企业申请。", 2024) == [50]  # the spec's shape stays


# 8. unit_lists.py: a pointer to an attachment in a unit's closing bracket goes, the unit stays.
def test_a_unit_with_a_pointer_in_its_bracket_stays():
    assert [u for u, _, _ in split_units("县科技局、各乡镇(任务分解见附件2)", 0)] == ["县科技局", "各乡镇"]
    assert [u for u, _, _ in split_units("各乡镇人民政府(具体名单见附件)", 0)] == ["各乡镇人民政府"]
    text = "一、推进科技创新。\n1.开展科技特派员服务。(牵头单位:县科技局;配合单位:各乡镇人民政府(具体名单见附件))"
    assert [(t["lead"], t["cooperating"]) for t in extract_text(text).tasks()] == [(["县科技局"], ["各乡镇人民政府"])]
    # a piece that is a pointer only still goes
    for text in ("县科技局,详见附件", "县科技局,任务详见附件", "县科技局,各街镇(管委会)任务详见附件"):
        assert [u for u, _, _ in split_units(text, 0)] == ["县科技局"], text


# Edge cases. targets/zero.py: with no plan year a bare year is no year to come (a review opens so too), and an adverb
# before the word is no part of the name.
def test_a_zero_in_words_needs_a_year_to_come_and_names_no_adverb():
    text = "2024年,全县实现生产安全事故零发生,信访积案全部清零。"
    assert _rows(text) == []
    assert ("信访积案", 0, None) in _rows(text, 2024)
    assert _rows("到2020年,非法转移倾倒固体废物事件零发生。") == [("非法转移倾倒固体废物事件", 0, None)]


# targets/breakdown.py: a rate per member in the bracket is no part of the count.
def test_a_rate_per_member_is_no_part():
    assert 3 not in _values("到2025年,建设村级综合服务站30个(每个乡镇3个)。", 2024)


# targets/vocab.py ``reported``: 今年's span of months with no figure in its clause is a plan's schedule.
def test_a_span_of_months_scheduling_an_action_is_no_report():
    assert _rows("今年1至6月开展专项行动,新增企业10家。", 2024) == [("企业", 10, "家")]
    assert _rows("今年1至8月新增5G基站20842个,全省累计开通5G基站23728个。", 2020) == []


# targets/readings.py: the space after a list's number before a year is no decimal's.
def test_a_list_number_before_a_year_is_no_decimal():
    assert _rows("重点任务1. 2024年新增高新技术企业10家。", 2024) == [("高新技术企业", 10, "家")]
    assert _rows("研发投入强度达到2. 5%。", 2024) == [("研发投入强度", 2.5, "%")]

# 9. Readings run once per match or once per target look spans and targets up by position (targets/spans.py): a line
# of many repeats stays linear. CPU time (the suite runs in parallel workers), the large line 8 times the small one:
# linear work grows 8 times, the quadratic forms of the night grew 25 to 60 times.
def _cpu(text: str) -> float:
    start = time.process_time()
    extract_text(text, plan_year=2024)
    return time.process_time() - start


@pytest.mark.parametrize("clause", [
    "城区学校10所(含幼儿园4所)、乡镇学校15所(含幼儿园5所),",  # bracket_parts
    "力争增幅全市第一,",  # rank_places, one sentence of many clauses
    "力争安全事故零发生,",  # zero_targets
    "新建服务站10个,年产值超10亿元的,给予一次性奖励300万元;",  # reward_conditions' final filter
    "新建户厕10户,完成率99.8%。",  # reported_rates' final filter
])
def test_a_line_of_many_repeats_is_read_in_linear_time(clause):
    assert_scaled(_cpu, clause * 1000, clause * 8000, 16, clause)


def test_the_lookups_by_position_give_what_the_scans_gave():
    rng = random.Random(3)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 9)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        lo = rng.randint(0, 70)
        hi = lo + rng.randint(0, 5)
        assert Covering(spans).covers(lo, hi) == any(s <= lo and hi <= e for s, e in spans)
        targets = [SimpleNamespace(start=s) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        added = [SimpleNamespace(start=s) for s in sorted(rng.randint(0, 60) for _ in range(rng.randint(0, 4)))]
        scanned = list(targets)
        for target in added:
            at = next((i for i, t in enumerate(scanned) if t.start > target.start), len(scanned))
            scanned.insert(at, target)
        assert insert_in_order(targets, added) == scanned
