"""Round-8 assignment rules: a tail of verbs printed without brackets — on a 分工 line under the task or as the sentence
closing the paragraph. Real sentences from the dev split of tests/fixtures/real/passages (addresses in each .json) and
a held-out page gathered by search (tests/fixtures/heldout/tails.yaml, scored by test_assignments_round5.py)."""

from __future__ import annotations

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# Heilongjiang 2009 (a 任务分工 line: the vice-governor in charge is a person, 总牵头 leads) and Guangdong 2021 (a
# 部门分工 line under each goal, jiu.foodmate.net, held out): the verbs of a tail without its brackets.
def test_a_division_of_labour_line():
    assert _rows(_passage("hl-heilongjiang-sdgc2009", 0)) == [("lead", "省农委")]
    assert _rows("1.地区生产总值增长6%以上。\n部门分工:省发展改革委牵头,各地、各部门配合。") == [
        ("lead", "省发展改革委"), ("cooperating", "各地"), ("cooperating", "各部门")]


# Heilongjiang 2009: the paragraph's last sentence names the lead and those who help, no brackets; 等单位 is dropped.
def test_a_closing_sentence_of_verbs():
    assert _rows(_passage("hl-heilongjiang-sdgc2009", 1)) == [
        ("lead", "省水利厅"), ("cooperating", "省发改委"), ("cooperating", "农垦总局"), ("cooperating", "国土资源厅"),
        ("cooperating", "环保厅")]


# A closing sentence of prose is no tail: 具体由…负责 names no unit on its own, 要…牵头 is a duty described.
def test_a_closing_sentence_of_prose_is_no_tail():
    assert _rows("新增水田面积100万亩。具体由省水利厅负责。") == []
    assert _rows("新增水田面积100万亩。要加强协调,形成合力,省水利厅牵头。") == []
    assert _rows("新增水田面积100万亩。副省长负责。") == []


# Bodies named 署 (海关总署, 国际发展合作署) are units: two State Council documents of 2018 list them in a tail.
def test_bodies_named_shu_are_units():
    assert ("responsible", "海关总署") in _rows(_passage("cn-guoban-tyjsby2018", 11))
    assert ("responsible", "国际发展合作署") in _rows(_passage("cn-guowuyuan-njhzx2018", 4))


# A list closed by 等 before the next kind of unit (State Council 2018 消费扶贫, ten tails of one shape:
# …、商务部等和各有关省级人民政府负责): the 等 ends the first list, the governments are a unit of their own — the
# trailing 等 dropped as everywhere and the units joined by 和 split as everywhere.
def test_a_list_closed_by_deng_before_and():
    assert _rows(_passage("cn-guoban-xfpf2018", 1))[-2:] == [("responsible", "商务部"), ("responsible", "各有关省级人民政府")]


# One short name of another ending in a list of bodies is taken on its neighbours' word (…、全国总工会、共青团中央、
# 全国妇联等…负责, State Council 2018); alone, or with a second such name, it is not.
def test_one_odd_name_in_a_list_of_bodies():
    rows = _rows(_passage("cn-guoban-xfpf2018", 2))
    assert ("responsible", "共青团中央") in rows and ("responsible", "各省级人民政府") in rows and len(rows) == 9
    assert _rows("推进消费扶贫。(共青团中央负责)") == []
    assert _rows("推进消费扶贫。(民政部、共青团中央、妇女儿童负责)") == []


# A note on the items below closing a tail is no unit, and does not void the governments named before it in its
# group: Guangdong 2020 (traditional mirror) 廣東省各地級以上市人民政府落實,以下各項工作均需…落實,不再列出.
def test_a_note_on_the_items_below():
    rows = _rows(_passage("gd-guangdong-xczxgzyd2020", 0))
    assert rows[-1] == ("responsible", "廣東省各地級以上市人民政府")
    assert not any("以下" in unit or "列出" in unit for _, unit in rows)


# A ministry that guides a task answers for it, as a tail's verb (无废城市 2018: (农业农村部指导)) and as a table's column
# (知识产权 推广 2018: 序号 / 改革举措 / 主要内容 / 指导部门 / 推广范围); a sentence inside the brackets ends its group like
# a ; and a note on the items below is no unit (生态环境部指导,试点城市政府负责落实。以下均需…落实,不再列出).
def test_a_guiding_ministry_answers_for_the_task():
    assert _rows(_passage("cn-guoban-wfcssd2018", 7)) == [("responsible", "农业农村部")]
    assert _rows(_passage("cn-guoban-wfcssd2018", 3)) == [("responsible", "生态环境部"), ("responsible", "试点城市政府")]
    assert _rows(_passage("cn-guoban-ggjstg2018", 0)) == [
        ("responsible", "最高人民法院"), ("responsible", "最高人民检察院"), ("responsible", "国家知识产权局")]
