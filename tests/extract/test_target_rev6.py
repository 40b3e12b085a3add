"""Review 6 of round 36 (lists; fixl): the readings of ``targets/placed.py`` and ``targets/shared_noun.py`` invented
targets on ordinary plans — a scope read as a place, a tier of administrative levels read as a named list, a nameless
count in another unit given its neighbour's thing, a thing named like a place read as one. Each finding: the
reviewer's sentences and a varied sentence of the same shape (no target or the targets written below)."""

from __future__ import annotations

import pytest

from tests.extract.passages import target_rows as _rows


def _counts(text: str, year: int = 2022) -> list[tuple[str, float, str]]:
    return [(r[0], r[2], r[3]) for r in _rows(text, year)]


# 1. A county-wide scope (全县, 全区, 本县, 各, 该) is no place: the count after it has no count verb of its own.
@pytest.mark.parametrize("text", [
    "组织全县18个乡镇参加培训。", "组织全县18个乡镇开展自查。", "带动全县12个乡镇发展。", "支持全县12个乡镇建设特色产业园。",
    "支持全区8个镇街开展试点。", "实现全县12个乡镇通天然气。", "实现全县18个乡镇全覆盖。",
    "实现全县12个乡镇、156个行政村光纤全覆盖。", "完成本县12个乡镇规划编制。", "建设全县31个乡镇综合文化站。",
    # varied: another scope word and another verb
    "完成全区15个街道污水管网改造。", "建设本区6个镇综合服务中心。",
])
def test_a_scope_is_no_place(text):
    assert _counts(text) == []


def test_a_scope_before_a_count_and_a_counted_thing_counts_no_places():
    # the code before round 36 read neither count of the first; the scope's count is never one
    assert all(r[1:] != (5, "个") for r in _counts("新建全县5个乡镇3所幼儿园。"))
    assert [r[1:] for r in _counts("新建全区4个街道6所托育机构。")] == [(6, "所")]


def test_a_named_place_is_still_a_place():
    assert [r[1:] for r in _counts("完成主城区3条道路雨污分流改造。", 2023)] == [(3, "条")]
    assert [r[1:] for r in _counts("完成小居安村287户群众回迁安置。")] == [(287, "户")]


# 2. A tier of administrative levels or a scope before a count of places is no named list.
@pytest.mark.parametrize("text", [
    "建立县级、12个乡镇、236个村三级服务网络。", "建成县城、5个中心镇、20个中心村的城镇体系。",
    "形成县级中心、12个乡镇分中心的服务体系。", "形成中心城区、3个副中心的空间结构。", "打造县城、3个中心镇。",
    "建设主城区、5个片区的污水管网。", "实现县城、12个乡镇污水处理设施全覆盖。", "实现县城、18个乡镇5G全覆盖。",
    "实施乡村振兴战略、12个乡镇全面推进。", "建立健全县乡村三级、4个层级的管理体系。",
    # varied: another level and another tier
    "建成市级、8个街道、60个社区三级网络。", "形成市区、4个副中心的城市格局。", "实现县城、9个乡镇垃圾处理全覆盖。",
])
def test_a_tier_of_levels_is_no_named_list(text):
    assert _counts(text) == []


def test_a_named_first_item_still_lets_the_verb_count():
    rows = _counts("建成投用柳东大桥、19条市政道路等项目。", 2018)
    assert [r[1:] for r in rows] == [(19, "条")]
    assert [r[1:] for r in _counts("建成投用滨江大道、6座人行天桥。", 2023)] == [(6, "座")]


# 4. A later nameless item shares its neighbour's thing only as a second measure of one physical thing.
@pytest.mark.parametrize(("text", "kept"), [
    ("建成污水管网30公里、5万吨。", [(30, "公里")]), ("新增养老机构5家、800张。", [(5, "家")]),
    ("完成造林5万亩、3万株。", [(5, "万亩")]), ("现有卫生院12所、1500人。", [(12, "所")]),
    ("改造农村危房1200户、3600人。", [(1200, "户")]), ("新增就业3000人、800个。", [(3000, "人")]),
    ("新增高新技术企业20家、研发投入强度2.5%、5个。", [(20, "家"), (2.5, "%")]),
    ("地区生产总值年均增长8%、3个百分点。", [(8, "%")]), ("研发投入强度提高0.5%、1个百分点以上。", [(0.5, "%")]),
    # varied: people after households, tonnes after a length
    ("改造棚户区800户、2400人。", [(800, "户")]), ("新建供水管网12公里、2万吨。", [(12, "公里")]),
])
def test_a_nameless_count_in_another_unit_takes_no_thing_but_a_measure(text, kept):
    assert [r[1:] for r in _counts(text)] == kept


def test_a_second_measure_of_one_thing_still_shares_it():
    rows = _counts("实施城镇老旧供热管网改造68处、36.6公里。", 2024)
    assert [r[1:] for r in rows] == [(68, "处"), (36.6, "公里")] and rows[0][0] == rows[1][0]
    rows = _counts("改造老旧燃气管网15条、42公里。", 2024)
    assert [r[1:] for r in rows] == [(15, "条"), (42, "公里")] and rows[0][0] == rows[1][0]


# 5. A thing named like a place (特色小镇, 产业强镇, 美丽乡村, 示范区, 试验区) is no place.
@pytest.mark.parametrize("text", [
    "建设特色小镇2个省级示范园区。", "建设农业产业强镇3个省级现代农业园区。", "建设美丽乡村3个示范村。",
    "打造高质量发展示范区3个产业集群。",
    # varied
    "建设旅游小镇4个精品民宿集群。", "建设改革试验区2个创新平台。",
])
def test_a_thing_named_like_a_place_is_no_place(text):
    assert _counts(text) == []


# 3. A placed count's noun ends at a 、 followed by a place and a count; that item shares the list's verb.
@pytest.mark.parametrize(("text", "rows"), [
    ("完成主城区3条道路、老城区158个小区的雨污分流改造。", [(3, "条"), (158, "个")]),
    ("新建东城区5所幼儿园、西城区3所小学。", [(5, "所"), (3, "所")]),
    ("改造主城区12条道路、新城区30个老旧小区。", [(12, "条"), (30, "个")]),
])
def test_a_place_after_a_lists_separator_opens_the_next_item(text, rows):
    got = _counts(text, 2023)
    assert [r[1:] for r in got] == rows
    assert all("、" not in r[0] for r in got)


def test_a_scope_after_a_lists_separator_opens_no_item():
    assert _counts("组织全县18个乡镇、各村开展培训。") == []
