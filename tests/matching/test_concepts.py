"""Industry concepts (data/concepts.txt): related work worded differently meets through its GB/T 4754 class."""

from __future__ import annotations

from kechuang.matching import MatchIndex, Record
from kechuang.matching.concepts import concepts


def test_members_name_their_concept_once():
    assert concepts("白茶提質增效關鍵技術") == ["§茶叶"]  # traditional script folded first
    assert concepts("乌龙茶自动化高效清洁生产线") == ["§茶叶", "§机械装备"]
    assert concepts("发酵床养猪与母猪营养调控") == ["§食品", "§生猪"]
    assert concepts("铁路隧道") == ["§汽车交通", "§工程建设"]  # 铁路 is no 钢铁
    assert concepts("关于加强管理的通知") == []


def test_a_concept_lifts_related_work_worded_differently():
    records = [Record("oolong", "乌龙茶自动化高效清洁生产线"), Record("noise", "白色污染治理技术"),
               Record("rice", "早稻集中育秧技术推广")]
    hits = [m.record.id for m in MatchIndex(records).search(Record("q", "白茶提质增效关键技术"), k=3)]
    assert hits[0] == "oolong"  # without the concept, 白 and 技术 of the unrelated title would lead
    without = MatchIndex(records, weights={"title": 1.0, "summary": 1.0, "fields": 0.7, "title_bigrams": 2.0})
    assert without.search(Record("q", "白茶提质增效关键技术"), k=3)[0].record.id == "noise"


def test_an_index_saved_before_concepts_still_loads_and_searches(tmp_path):
    index = MatchIndex([Record("a", "水稻机插秧配套技术"), Record("b", "玉米秸秆青贮")])
    for tokens in index.tokens:
        del tokens["concepts"]  # as saved by the earlier format
    index.save(tmp_path)
    loaded = MatchIndex.load(tmp_path)
    assert loaded.search("水稻育秧", k=1)[0].record.id == "a"
