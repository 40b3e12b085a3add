"""Session 49 (resp49): a nameless count of a list whose verb the name cleaner keeps (新建, 建成) takes the thing of the
item after it, as a count after 新增 already did (targets/shared_noun.py).

The family (the first count of ``VERB N个、VERB M个 THING`` names no thing of its own) is dev's:

- 庆元 2018 旅游工作 (zj-qingyuan-lygz2018#1): ``同时,新增24个、提升10个A级景区村庄,其中创成3个3A级景区村。`` — read right
  already, since the cleaner drops 新增;
- 普陀 2025 为民办实事 (sh-putuo-wmbssjz2025#8): ``8.新建5个、累计建成18个“15 分钟就业服务圈”社区就业服务站点`` — the
  first count was named ``新建`` (the cleaner keeps 新建), the gold names the service stations.
"""

from __future__ import annotations

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
