"""invented44: the recipients' clause of a reward rule that runs into its grant with no comma (`对…的民营企业分别一次性
奖励…`) names who is rewarded, as the clause before a comma does (targets/reward_terms.py): its figures are conditions,
policy parameters (the spec's "Not targets"), not outcomes the plan commits to.

Family (dev):
- 凤台 2024 财政政策 (ah-fengtai-czzc2024#1, https://www.zjtxrd.cn/zc/472.html): `对主营业务收入首次达到2亿元、5亿元、
  10亿元、50亿元的民营企业分别一次性奖励企业3万元、…` — its 2亿元 was read, a target no gold has (the list's later
  thresholds were already dropped by the words of the grant near them);
- 眉山 2017 十大民生工程 进度表 (sc-meishan-msgcjd2017#2, https://www.ms.gov.cn/info/5565/1006442.htm):
  `对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持` — the same clause, no gold in it.
Kept: a count the plan acts on with no qualifier before the grant (`全年对500户困难家庭给予临时救助`), a count of
recipients after the clause's last 的 (`对符合条件的1000户困难群众给予救助`: the number is no condition), and a 对 that
acts on the plan's own objects (`对全县120个行政村实施人居环境整治`).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.reward_terms import condition_spans
from tests.extract.passages import target_values
from tests.timing import assert_linear

FENGTAI = ("对主营业务收入首次达到2亿元、5亿元、10亿元、50亿元的民营企业分别一次性奖励企业3万元、5 万元、8万元、10万元;"
           "对年主营业务收入1~5 亿元、5~10亿元、10~50 亿元、50 亿元以上且比上年增长 30%以上的企业,分别给予一次性奖补"
           "5万元、8万元、10万元、20万元。")


def test_a_recipients_clause_before_its_grant_holds_no_target() -> None:
    # 凤台 2024 (dev, ah-fengtai-czzc2024#1)
    assert target_values(FENGTAI, 2024) == []
    assert target_values("对主营业务收入首次达到2亿元、5亿元的民营企业分别一次性奖励企业3万元、5万元。", 2024) == []
    # 眉山 2017 (dev, sc-meishan-msgcjd2017#2): the clause's span reaches its figure
    text = "对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持"
    assert [text[lo:hi] for lo, hi in condition_spans(text)] == ["对创业的在校大学生和毕业5年内"]


def test_counts_acted_on_stay() -> None:
    assert 500 in target_values("全年对500户困难家庭给予临时救助。", 2024)
    assert 120 in target_values("对全县120个行政村实施人居环境整治。", 2024)
    assert condition_spans("对符合条件的1000户困难群众给予救助。") == []  # the count names the recipients
    assert 20 in target_values("到2025年,新建创业孵化基地20个,对入驻企业给予房租补贴。", 2023)


def test_recipients_clauses_are_linear() -> None:
    assert_linear(extract_text, lambda n: "对主营业务收入首次达到2亿元的民营企业分别一次性奖励企业3万元;" * n + "。")
