"""Round-20 assignments (tails2): verbs that close names inside a keyworded list, and 州 as a kind of collective. From
the corpus's fourteenth batch (one dev page the corpus did not hold, scored before any rule was written: assignments F1
0.714 on its 7 units) and the older dev passages of the same families; figures in docs/extraction.md ("Round 20
assignments")."""

from __future__ import annotations

from kechuang.extract.tail_words import listed_verb
from kechuang.extract.unit_lists import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

# 金乡 2021 乡村振兴 (jinxiang.gov.cn art_75741_2724091), its item 1's tail as printed.
JINXIANG_TAIL = ("(责任单位:县扶贫开发办牵头,县教育和体育局、县卫生健康局、县住房和城乡建设局、县民政局、县医疗保障局等有关部门参加,"
                 "各镇街落实)")


# Inside a 责任单位 field each clause closes with its own verb: 牵头 leads, 参加 cooperates (as 参与), 落实 keeps the field's
# role (the towns that carry the task out answer for it). Before this round 参加 and 落实 stayed in the names
# (`县医疗保障局等有关部门参加`, `各镇街落实`) and the towns cooperated.
def test_verbs_closing_names_in_a_keyworded_list():
    assert _rows(_passage("sd-jinxiang-xczxrw2021", 0)) == [
        ("lead", "县扶贫开发办"), ("cooperating", "县教育和体育局"), ("cooperating", "县卫生健康局"),
        ("cooperating", "县住房和城乡建设局"), ("cooperating", "县民政局"), ("cooperating", "县医疗保障局"),
        ("responsible", "各镇街")]


# The mechanism the verbs extend, as it read before (浙江 2024, printed in traditional characters, and 海曙 2023): 牵头
# closing names joined by 、 gives them all the lead, 分别牵头 too.
def test_the_lead_verb_in_a_field_still_reads_as_before():
    assert _rows(_passage("zj-zhejiang-zfgzbgfj2024", 1))[:2] == [("lead", "省政府辦公廳"), ("lead", "省財政廳")]
    assert _rows(_passage("zj-haishu-zrfj2023", 1)) == [
        ("lead", "经济投资局"), ("lead", "航空口岸局"), ("cooperating", "区发改局")]


# 负责 and 落实 give no role of their own: a 牵头单位 field's name closed by 负责 still leads; a verb that is the whole name
# is no verb (a bare column noun stays what the list makes of it).
def test_the_verbs_that_keep_the_fields_role():
    assert listed_verb("各镇街落实") == (None, 3)
    assert listed_verb("县医疗保障局等有关部门参加") == ("cooperating", 11)
    assert listed_verb("县扶贫开发办牵头") == ("lead", 6)
    assert listed_verb("负责") is None and listed_verb("县科技局") is None


# 参加 closes a clause of a verb tail as 参与 does (the same tail's wording, unbracketed by a keyword).
def test_a_verb_tail_with_the_joining_verb():
    text = "一、重点任务\n1.保持帮扶政策总体稳定。(县扶贫开发办牵头,县教育和体育局、县民政局等有关部门参加)"
    assert _rows(text) == [("lead", "县扶贫开发办"), ("cooperating", "县教育和体育局"), ("cooperating", "县民政局")]


# 州 is the kind of an autonomous prefecture, as 盟 is: `各州、市人民政府` is one collective (云南 2017, the spec's
# `各区、县级市政府`); 四川 2019's `各市(州)、县(市、区)人民政府` was one already. Each part opening with 各 still splits.
def test_a_prefecture_is_a_kind_of_collective():
    assert _rows(_passage("yn-yunnan-wzz2017", 0))[-1] == ("cooperating", "各州、市人民政府")
    assert [u for u, _s, _e in split_units("各州、市人民政府", 0)] == ["各州、市人民政府"]
    assert [u for u, _s, _e in split_units("各市(州)、县(市、区)人民政府", 0)] == ["各市(州)、县(市、区)人民政府"]
    assert [u for u, _s, _e in split_units("各州、各部门", 0)] == ["各州", "各部门"]
    assert [u for u, _s, _e in split_units("杭州、市人民政府", 0)] == ["杭州", "市人民政府"]
