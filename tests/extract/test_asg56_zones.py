"""Review 38's finding on ``assignments._ZONE``: a zone in a verb tail is a unit only when it is named by a zone's
kind, as real tails print zones among their units — 监利经济开发区, 荒湖管理区 (监利 2022, dev,
http://www.artfolios.org/xxgk_30/zc/zcwj/xzfwj/202201/t20220114_688893.shtml), 开发区 after 各街镇 (奉贤 2021, dev,
https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084), 新材料产业园、商贸物流园 (金乡 2025, dev,
http://www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html) — not any word ending in 区 or 园: a piece that opens
with a verb or a preposition (辐射全区, 在高新区) is a remark, which drops itself and not the tail's other units."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(tail: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise("2023年工作要点\n" + tail + "\n")).assignments]


@pytest.mark.parametrize("remark", ["辐射全区", "重点推进山区", "惠及全部社区", "建设产业园"])
def test_a_remark_about_places_closing_a_verb_tail_is_no_unit(remark):
    assert _units(f"（县科技局牵头负责、各乡镇组织落实、{remark}）") == [("lead", "县科技局"), ("responsible", "各乡镇")]


def test_a_piece_opening_with_a_preposition_is_a_remark():
    assert _units("（县科技局牵头、在高新区、经开区）") == [("lead", "县科技局")]


def test_a_remark_drops_itself_not_the_lead():
    # main 17fb89d6 read the lead; the any-区/园 zone made the remark a unit and the group then failed whole
    assert _units("（县科技局牵头、建设孵化园）") == [("lead", "县科技局")]


@pytest.mark.parametrize(("tail", "expected"), [
    ("（市科技局牵头、经开区、综保区配合）", [("lead", "市科技局"), ("cooperating", "经开区"), ("cooperating", "综保区")]),
    ("（市科技局牵头、经开区、高新区配合）", [("lead", "市科技局"), ("cooperating", "经开区"), ("cooperating", "高新区")]),
    ("（市科技局牵头、高新区、经开区）", [("lead", "市科技局"), ("cooperating", "高新区"), ("cooperating", "经开区")]),
    ("（县商务局牵头、新材料产业园、商贸物流园配合）",
     [("lead", "县商务局"), ("cooperating", "新材料产业园"), ("cooperating", "商贸物流园")]),
])
def test_zones_named_by_their_kind_are_units(tail, expected):
    assert _units(tail) == expected
