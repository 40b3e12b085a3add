"""Session 49 (resp49): a nameless count of a list whose verb the name cleaner keeps (新建, 建成) takes the thing of the
item after it, as a count after 新增 already did (targets/shared_noun.py).

The family (the first count of ``VERB N个、VERB M个 THING`` names no thing of its own) is dev's:

- 庆元 2018 旅游工作 (zj-qingyuan-lygz2018#1): ``同时,新增24个、提升10个A级景区村庄,其中创成3个3A级景区村。`` — read right
  already, since the cleaner drops 新增;
- 普陀 2025 为民办实事 (sh-putuo-wmbssjz2025#8): ``8.新建5个、累计建成18个“15 分钟就业服务圈”社区就业服务站点`` — the
  first count was named ``新建`` (the cleaner keeps 新建), the gold names the service stations.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import quoted

PUTUO = "8.新建5个、累计建成18个“15 分钟就业服务圈”社区就业服务站点"
QINGYUAN = "同时,新增24个、提升10个A级景区村庄,其中创成3个3A级景区村。"


def names(text: str, year: int) -> list[tuple[str, float]]:
    return [(t.indicator, t.value) for t in extract_text(text, plan_year=year).targets]


def test_the_family_is_verbatim() -> None:
    assert quoted("sh-putuo-wmbssjz2025", PUTUO)
    assert quoted("zj-qingyuan-lygz2018", QINGYUAN)


def test_a_count_after_a_kept_verb_takes_the_next_items_thing() -> None:
    found = names(PUTUO, 2025)
    assert [v for _, v in found] == [5, 18]
    assert found[0][0] == found[1][0] and "社区就业服务站点" in found[0][0]
    assert names("新建5个、建成18个社区就业服务站点。", 2025) == [("社区就业服务站点", 5), ("社区就业服务站点", 18)]


def test_the_family_still_reads_and_own_words_stay() -> None:
    assert names(QINGYUAN, 2018) == [("A级景区村庄", 24), ("A级景区村庄", 10), ("3A级景区村", 3)]
    # a count with words of its own keeps them; no next item of the same unit: nothing to share
    assert names("新建5个驿站、建成18个社区就业服务站点。", 2025)[0] == ("驿站", 5)
    assert names("新建5个、建成18公里绿道。", 2025)[:1] != [("绿道", 5)]


# --- 为 N 户/名 X 进行/提供 Y: the count of those a service is done for is named by them and the service ---------------
# The gold of five dev pages of three places names the service with the people served (sh-jingan-wmbss2025#3:
# 困难重度残疾人家庭无障碍改造; sh-jingan-wmbss2024#2: 居家環境適老化改造; sh-shanghai-wmbss2023#3: 困难重度残疾人家庭无障碍改造;
# sh-jingan-wmbss2025#1: 提供家庭照护床位服务的老年人; ah-shucheng-msss2024#7: 康复救助残疾人); a name cut before 进行/提供
# (round 42b, bounds.predicate_at) kept only the people. After 对 the thing worked on stays alone (对环河13座桥梁进行文化和
# 景观出新 → 环河桥梁, README conventions), and so does a name with no service words after the verb.
SERVED = [
    ("sh-jingan-wmbss2025", "为130户困难重度残疾人家庭进行无障碍改造", 130, "困难重度残疾人家庭无障碍改造"),
    ("sh-jingan-wmbss2025", "为300户老年人家庭进行适老化改造", 300, "老年人家庭适老化改造"),
    ("sh-jingan-wmbss2025", "为200名老年人提供家庭照护床位服务", 200, "老年人家庭照护床位服务"),
    ("sh-jingan-wmbss2024", "為300戶老年人進行居家環境適老化改造", 300, "老年人居家環境適老化改造"),  # joined, as printed
    ("sh-shanghai-wmbss2023", "为5000户困难重度残疾人家庭进行无障碍改造", 5000, "困难重度残疾人家庭无障碍改造"),
    ("ah-shucheng-msss2024", "为2452名残疾人提供康复救助", 2452, "残疾人康复救助"),
]


@pytest.mark.parametrize(("page", "sentence", "value", "name"), SERVED)
def test_a_served_count_is_named_by_the_people_and_the_service(page: str, sentence: str, value: int, name: str) -> None:
    assert quoted(page, sentence)
    assert names(sentence + "。", 2025) == [(name, value)]


def test_a_count_worked_on_after_dui_keeps_the_thing_alone() -> None:
    assert names("对环河13座桥梁进行文化和景观出新。", 2018) == [("桥梁", 13)]
    assert names("为300户老年人家庭进行。", 2025)[:1] in ([], [("老年人家庭", 300)])
