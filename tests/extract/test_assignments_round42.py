"""Round-42 assignment rules (tails10), from the dev split of tests/fixtures/real/passages (addresses in each .json;
the fifty-seventh batch and older dev pages): a tail's own note that its first unit leads, in whatever brackets the
tail is printed; a collective of county-level kinds joined by 、, in either script."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# The note that the first unit of each list leads is read inside a tail (cn-guowuyuan-cjjy2018, 国办: …负责。列第一位者为
# 牵头单位,下同; 海盐 2022: 县发改局(首位单位为牵头单位,下同)) whatever its brackets: 江门's 降低制造业企业成本 实施方案
# (https://gd.010b.com/policy/detail/71743.html) prints its tails in square brackets, `[责任单位:市财政局、市税务局,
# 各市(区)政府,排在首位为牵头单位,下同]`, as 下陆 2020 (`[牵头单位:区卫健局;责任单位:…]`) and 河池 2024 (〔责任单位:…〕)
# print theirs. The note is no unit, and the first unit leads.
def test_first_place_note_inside_a_square_bracket_tail():
    assert _rows(_passage("gd-jiangmen-jzzcb2018", 0)) == [
        ("lead", "市财政局"), ("responsible", "市税务局"), ("responsible", "各市(区)政府")]


def test_first_place_note_in_every_bracket_a_tail_takes():
    # the full-width pair is read as the normalised text reads it (review 15, F8.2: the list held "()" twice)
    for open_, close in ("()", "\uff08\uff09", "〔〕", "[]", "【】"):
        text = f"(一)降低成本。落实税费政策。{open_}责任单位:县财政局、县税务局,排在首位的为牵头单位,下同{close}"
        assert _rows(text) == [("lead", "县财政局"), ("responsible", "县税务局")], open_
        # 下同: the next tail's first unit leads too
        text += f"\n(二)降低用地成本。盘活存量土地。{open_}责任单位:县自然资源局、县住建局{close}"
        assert _rows(text)[2:] == [("lead", "县自然资源局"), ("responsible", "县住建局")], open_


# Brackets inside a round tail stay part of it: a collective's 〔〕 before the note, and a note on the items below after
# it (as round 13's held-out tails print them).
def test_note_after_a_collective_in_brackets():
    text = ("(一)降低成本。落实税费政策。(县税务局、县财政局,各乡〔镇〕政府,列第一位的为牵头单位,下同。以下均需各乡〔镇〕"
            "政府落实,不再列出)")
    assert _rows(text) == [("lead", "县税务局"), ("responsible", "县财政局"), ("responsible", "各乡〔镇〕政府")]


# A bracket that is no tail keeps its words; a note without 牵头 is no note.
def test_no_note_without_its_words():
    # review 15, F8.3: the exact reading (the words 排在首位 are kept as a unit: a gap recorded, F9)
    assert _rows("(一)降低成本。[责任单位:县财政局、县税务局,排在首位]") == [
        ("responsible", "县财政局"), ("responsible", "县税务局"), ("responsible", "排在首位")]
    assert ("lead", "县财政局") not in _rows("(一)降低成本。[责任单位:县财政局、县税务局]")


# A collective of county-level kinds joined by 、 is one unit (corpus README, third batch: 各县、市、区政府, as 滁州 2020's
# 重点工作责任分解 prints it), in either script: 六盘水's 就业创业 实施意见 (https://newton.com.tw/wiki/%E5%85%AD%E7%9B%A4
# %E6%B0%B4%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%97%9C%E6%96%BC%E9%80%B2%E4%B8%80%E6%AD%A5%E5%81%9A%E5%A5%BD
# %E6%96%B0%E5%BD%A2%E5%8B%A2%E4%B8%8B%E5%B0%B1%E6%A5%AD%E5%89%B5%E6%A5%AD%E5%B7%A5%E4%BD%9C%E7%9A%84%E5%AF%A6%E6%96%BD
# %E6%84%8F%E8%A6%8B) prints `責任單位:各縣、特區、區人民政府,…` in traditional characters, with 特区, a county-level kind
# (贵州's 特区), among the kinds.
def test_collective_of_kinds_in_either_script():
    assert _rows(_passage("gz-liupanshui-jycyss", 0)) == [
        ("lead", "市人力資源社會保障局"), ("responsible", "各縣、特區、區人民政府"), ("responsible", "各經濟開發區管委會")]
    assert _rows(_passage("gz-liupanshui-jycyss", 1))[:3] == [
        ("lead", "市發展改革委"), ("responsible", "各縣、特區、區人民政府"), ("responsible", "各經濟開發區管委會")]
    assert _rows("(一)加强宣传。(责任单位:各县、特区、区人民政府)") == [("responsible", "各县、特区、区人民政府")]
    assert _rows("(一)加強宣傳。(責任單位:各縣、市、區政府,市財政局)") == [
        ("responsible", "各縣、市、區政府"), ("responsible", "市財政局")]
    # review 15, F8.1: the annotation path read these as one unit already; the simplified reading of the kinds acts in
    # a task table's unit cells, which fail without it
    table = ("一、重点任务\n序号 | 工作任务 | 责任单位 |\n1 | 加强宣传 | 各縣、市、區政府 |\n"
             "2 | 落实政策 | 各縣、特區、區人民政府 |\n")
    assert _rows(table) == [("responsible", "各縣、市、區政府"), ("responsible", "各縣、特區、區人民政府")]


# Names that are no kinds stay several units after a collective; a kind part is taken only after a collective that
# opens with 各.
def test_names_after_a_collective_stay_units():
    assert _rows("(一)加强宣传。(责任单位:各县、特区人民政府、特区办、市财政局)") == [
        ("responsible", "各县、特区人民政府"), ("responsible", "特区办"), ("responsible", "市财政局")]
    assert _rows("(一)加强宣传。(责任单位:市财政局、特区人民政府)") == [
        ("responsible", "市财政局"), ("responsible", "特区人民政府")]


def test_round42_rules_stay_linear():
    from kechuang.extract import extract_text

    def make(n: int) -> str:
        item = "(一)降低成本。落实政策。[责任单位:各縣、特區、區人民政府、市財政局,排在首位為牽頭單位,下同]\n"
        return item * n
    assert_linear(extract_text, make)
