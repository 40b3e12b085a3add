"""Round-40 assignment rules (tails9), from the dev split of tests/fixtures/real/passages (addresses in each .json;
the fifty-third batch): place names that share the government or district ending of the name after them."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# Names listed with a shared ending are split as printed (corpus README, third batch): 监利 2022 (任务分解方案,
# http://www.artfolios.org/xxgk_30/zc/zcwj/xzfwj/202201/t20220114_688893.shtml) lists `人民大垸、荒湖管理区` under its
# 责任单位; 黑龙江's 促进经济稳增长的若干措施 (https://newton.com.tw/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E4%BF%83%E9%80%B2
# %E7%B6%93%E6%BF%9F%E7%A9%A9%E5%A2%9E%E9%95%B7%E7%9A%84%E8%8B%A5%E5%B9%B2%E6%8E%AA%E6%96%BD) closes a measure with the
# verb tail `(…指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責)`: the bare place names before the city government
# share its ending, and the tail is read, not dropped for two names without a body's ending.
def test_place_names_sharing_the_ending_of_the_next_name():
    assert _rows(_passage("hb-jianli-rwfj2022", 0))[-3:] == [
        ("responsible", "人民大垸"), ("responsible", "荒湖管理区"), ("responsible", "监利经济开发区")]
    assert _rows(_passage("hl-heilongjiang-wzzcs", 2)) == [
        ("responsible", "哈爾濱機場擴建指揮部"), ("responsible", "哈爾濱"), ("responsible", "黑河"),
        ("responsible", "綏芬河市政府"), ("responsible", "省農墾總局")]
    assert _rows("(一)建设机场。(甲乙、丙丁、戊己县人民政府牵头,省发改委配合)") == [
        ("lead", "甲乙"), ("lead", "丙丁"), ("lead", "戊己县人民政府"), ("cooperating", "省发改委")]


# Only a place's ending vouches for the names before it: a clause of prose before a bureau stays prose, and names
# with no ending after them are no list of units.
def test_no_shared_ending_no_units():
    assert _rows("(一)加强宣传。(做好宣传、市商务局负责)") == []
    assert _rows("(一)加强宣传。(张三、李四负责)") == []
    assert _rows("(一)加强宣传。(哈尔滨、黑河负责)") == []


# Review 11 (F5): the ending of a city's government does not vouch for one clause of prose before it, and a collective
# government (有关县区政府, 相关市县政府, 沿线县区人民政府) is no place; probe sentences of the tail's shape.
def test_prose_before_a_government_stays_prose():
    assert _rows("(一)加强宣传。(做好宣传、哈尔滨市政府负责)") == []
    assert _rows("(一)加强宣传。(抓好落实、有关县区政府负责)") == []
    assert _rows("(一)加强宣传。(持续推进、相关市县政府负责)") == []
    assert _rows("(一)加强宣传。(长期坚持、沿线县区人民政府负责)") == []
    assert _rows("(一)加强宣传。(做好宣传、市县区政府负责)") == []


def test_shared_endings_stay_linear():
    from kechuang.extract.unit_lists import FoundUnit, looks_like_units

    def make(n: int) -> list[FoundUnit]:
        units = [FoundUnit("responsible", "甲乙", 3 * k, 3 * k + 2) for k in range(n)]
        return [*units, FoundUnit("responsible", "戊己市政府", 3 * n, 3 * n + 5)]
    assert_linear(looks_like_units, make)
