"""Review 32 (rev32, session 29) of round 72's review reading (targets/review_reading.py): C1, 了 after a verb of
completion, had no test where it removes a read, and report_tense's sentence keep inside ``kept_reads`` had none where
it alone keeps one (a mutant without C1, or without that keep, left test_target_round72.py green). Real text of a dev
page, its address cited; the expected reads are read by hand per spec/plan-format.md (history is no target)."""

from __future__ import annotations

from kechuang.extract.targets.review_reading import goal_cues, kept_reads, report_cues, states_facts
from tests.timing import assert_under

# 广元 2019 高企 news (https://www.cngy.gov.cn/gongkai/show/20200113150056-31870-00-000.html, dev): no goal's cue, no
# report cue, 实现了 after a verb of completion
_GUANGYUAN = ("经国家科技部审定备案,2019年我市认定通过国家高新技术企业13家。目前全市国家高新技术企业达44家,实现了电子信息、"
              "新材料、高技术服务等八大领域全覆盖。")


def _reads(text: str, *values: str) -> list[tuple[int, int, None]]:
    return [(text.index(v), text.index(v) + len(v), None) for v in values]


def test_le_after_a_completion_verb_alone_reads_a_passage_as_facts():
    assert goal_cues(_GUANGYUAN, 2019) == 0 and report_cues(_GUANGYUAN, 2019) == 0  # neither C3 nor C2 acts
    assert states_facts(_GUANGYUAN, 2019, None)  # C1: 实现了
    first = _GUANGYUAN[:_GUANGYUAN.index("。") + 1]
    assert not states_facts(first, 2019, None)  # the same news without 了 is not weighed as facts


def test_c1_drops_the_stock_and_report_tense_keeps_the_year_lead():
    # 44家, a stock of firms, goes; 13家 stays under report_tense's keep of a clause opening with the plan's year
    assert kept_reads(_GUANGYUAN, _reads(_GUANGYUAN, "13家", "44家"), 2019, None) == [True, False]
    # a year before the plan's opens no clause of the plan: both go
    assert kept_reads(_GUANGYUAN, _reads(_GUANGYUAN, "13家", "44家"), 2020, None) == [False, False]


# The cost of the weighing (review 32's F6): states_facts compares the goals' cues with at most six, and the sentence
# keep with none, yet counted every cue of a passage, one Python step each (a page of 计划 cost 0.3 s per 100,000
# characters, the module a tenth of the seeds' extraction). The count now stops once it passes what is compared.
def test_the_goals_cues_are_counted_no_further_than_compared():
    soup = "计划" * 60_000  # 120,000 characters, 60,000 cues
    assert goal_cues(soup, 2024, most=1) == 2 and goal_cues(soup, 2024, False, 0) == 1
    assert goal_cues(soup[:20], 2024) == 10  # uncapped, every cue
    # the whole count took 0.3 s alone on the review's machine
    assert not assert_under(lambda: states_facts(soup + "已完成了1个", 2024, "工作总结"), 0.25)
