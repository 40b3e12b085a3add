"""rev51 (review of share39's goal_lists.closes_goal_list): 等 closes a list of goals only as the particle; the 等 of a
word (等级公路, 等级幼儿园, 等次) opens the noun the value counts, which must stay the indicator. Sentences written for
this review in the shape of 苍南 2017 (zj-cangnan-msss2017#5, https://cnxw.com.cn/system/2017/02/20/012671547.shtml,
dev: `等级幼儿园7所以上`). share39's family (河北 十四五 news, 奉贤 农村公路, dev) stays read:
test_share39_goal_lists.py."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_lists import closes_goal_list


def _read(text: str) -> list[tuple[str, float]]:
    return [(t.indicator, t.value) for t in extract_text(text, plan_year=2021).targets]


def test_a_word_opening_with_deng_is_the_noun() -> None:
    assert _read("到2025年,完成3条等级公路改造任务。") == [("等级公路改造任务", 3)]
    assert _read("到2025年,完成100公里等级公路建设任务。") == [("等级公路建设任务", 100)]
    assert not closes_goal_list("等级公路改造任务")
    assert not closes_goal_list("等次评定目标")


def test_the_particle_still_closes_the_list() -> None:
    assert closes_goal_list("等11个重要定量目标")
    assert closes_goal_list("等内容将作为主要绩效考核指标")
    assert _read("到2025年,技术合同成交额达5亿元等6项任务。") == [("技术合同成交额", 5)]
