"""Round-7 assignment rules: one reading of a tail's grammar in simplified characters (names kept as printed), groups
of units closed by their verb, collectives with a bracketed alias, the first-leads note inside a tail. Real sentences
from the dev split of tests/fixtures/real/passages (addresses in each .json) and held-out tails gathered by search
(tests/fixtures/heldout/tails.yaml, scored by test_assignments_round5.py)."""

from __future__ import annotations

from kechuang.extract.assignments import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# Guangdong's tails name the units first and their verb after, group by group up to a ;: the simplified page
# (checrc.com, 2021) and a traditional-character mirror of the 2020 one — the same grammar once the script is
# normalised; 按职能分工负责 is a manner like 按职责分工负责; names are given as printed.
def test_units_before_their_verb_in_simplified_and_traditional_pages():
    assert _rows(_passage("gd-guangdong-xczxgzyd2021", 0)) == [
        ("lead", "广东省农业农村厅"), ("lead", "农业农村部发展规划司"), ("lead", "种植业管理司"), ("lead", "农田建设管理司"),
        ("responsible", "广东省自然资源厅"), ("responsible", "粮食和储备局"), ("responsible", "农垦总局")]
    rows = _rows(_passage("gd-guangdong-xczxgzyd2020", 0))
    assert rows[:3] == [("lead", "廣東省農業農村廳"), ("lead", "扶貧辦"), ("lead", "農業農村部發展規劃司")]
    assert ("responsible", "人力資源社會保障廳") in rows and ("responsible", "供銷社") in rows


# A group (up to a ;) that names anything but units is a remark, dropped alone: the rest of the tail stands.
def test_a_remark_group_does_not_void_the_tail():
    rows = _rows("推进高标准农田建设。(广东省农业农村厅牵头;广东省财政厅、水利厅等按职责分工负责;以下各项工作均需落实,不再列出)")
    assert rows == [("lead", "广东省农业农村厅"), ("responsible", "广东省财政厅"), ("responsible", "水利厅")]


# X等省有关部门和各地级以上市人民政府: the 和 splits before the 等 clause is read (a Guangdong 2023 measure,
# 粤府办〔2023〕5号, in traditional characters), as 区经信局等区政府有关部门 gave two units in round 5.
def test_units_joined_by_and_after_an_and_others_clause():
    text = "推行市场化运作。(省發展改革委、水利廳、能源局等省有關部門和各地級以上市人民政府按職責分工負責)"
    assert _rows(text) == [("responsible", u) for u in ("省發展改革委", "水利廳", "能源局", "省有關部門", "各地級以上市人民政府")]


# A collective whose kinds carry a bracketed alias stays one (chacewang.com's Heilongjiang measures:
# 〔各市(地)、县(市、区)政府(行署)〕); a collective whose first kind has its body joins the next kind
# (the dev page of 新密市: 各乡镇政府、街道办事处). 各乡镇、各部门 stay two.
def test_collectives_with_bodies_and_aliases():
    assert [u for u, _, _ in split_units("各市(地)、县(市、区)政府(行署)", 0)] == ["各市(地)、县(市、区)政府(行署)"]
    assert [u for u, _, _ in split_units("各乡镇政府、街道办事处、市科技局", 0)] == ["各乡镇政府、街道办事处", "市科技局"]
    assert [u for u, _, _ in split_units("各乡镇、各部门", 0)] == ["各乡镇", "各部门"]


# The note that the first unit leads, inside the tail itself and holding for the tails below (下同): a traditional
# page of 韶关 (dyhrgz.com, held out) and the bracketed note of its own (round 5).
def test_first_leads_note_inside_a_tail():
    text = ("1.調整到位。(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)\n"
            "2.全面落實。(責任單位:市科技局、市財政局)")
    assert _rows(text) == [("lead", "市稅務局"), ("responsible", "市財政局"),
                           ("lead", "市科技局"), ("responsible", "市財政局")]


# The verbs of the keywords 主办单位 / 承办单位 give the same roles as the keywords (fresh dev text, scored before
# this rule: a Heilongjiang division of 2013's report, (省财政厅主办,省国税局、地税局协办)).
def test_zhuban_as_a_verb_leads():
    assert _rows(_passage("hl-heilongjiang-zfgzbgfg2013", 1)) == [
        ("lead", "省财政厅"), ("cooperating", "省国税局"), ("cooperating", "地税局")]
    assert _rows("(二)推进财政预算公开。(市财政局承办)") == [("responsible", "市财政局")]


# Fresh dev text (two State Council documents, scored before this rule: assignments 0.708): the first-leads note after
# the tail's own sentence (…(人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同)) and an 等 clause that names both
# kinds (人力资源社会保障部等有关部门和单位负责 → 人力资源社会保障部).
def test_first_leads_note_after_a_full_stop_and_an_and_others_clause_of_two_kinds():
    assert _rows(_passage("cn-guowuyuan-cjjy2018", 0)) == [("lead", "人力资源社会保障部"), ("responsible", "财政部")]
    assert _rows("(五)扩大就业见习补贴范围。(人力资源社会保障部等有关部门和单位负责)") == [("responsible", "人力资源社会保障部")]
