"""rev53, item 4 (older than review 52): a level reached by 上升到/上升至/升至 (由55升至65%) named the verb and the
baseline with it (…比重上升到, …由55升至): the rise verbs join the level verbs (rules/targets.yaml), so the name stops
before them and the baseline (由/从 N) is cut as it is before 提升至. Dev pages of two places print the shape, their
gold naming the indicator without the verb:
- 江苏 宿迁 2018 大气污染防治 (http://www.gdankai.cn/hynews/11100.html): 空氣質量優良天數比例上升到65%及以上;
- 内蒙古 科技创新 “十三五” (http://www.8xym.cn/news/show-36984.html): 高新技術產業產值占規模以上工業總產值比重
  上升到20%.
跃升至/跃升到 join with them, so that 升至 does not cut 跃 from its verb; a rank (跃升至全省第一梯队, 上升至第20位)
stays unread."""

from __future__ import annotations

from tests.extract.passages import passage, quoted, target_rows

SUQIAN = "js-suqian-dqwr2018"
NEIMENGGU = "nm-neimenggu-kjcxgh135"


def test_the_dev_sentences_are_verbatim():
    assert quoted(SUQIAN, "空氣質量優良天數比例上升到65%及以上")
    assert quoted(NEIMENGGU, "——高新技術產業產值占規模以上工業總產值比重上升到20%;")


def test_a_level_reached_by_a_rise_verb_is_named_without_it():
    suqian = [r for r in target_rows(passage(SUQIAN, 0), 2018) if r[2] == 65]
    assert [r[0] for r in suqian] == ["空氣質量優良天數比例"]
    neimenggu = [r for r in target_rows(passage(NEIMENGGU, 2), 2016) if r[2] == 20 and r[3] == "%"]
    assert "高新技術產業產值占規模以上工業總產值比重" in [r[0] for r in neimenggu]
    assert not [r for r in neimenggu if "上升" in r[0]]


def test_a_change_by_升至_names_neither_verb_nor_baseline():
    assert target_rows("到2025年,全市森林覆盖率由55升至65%。", 2025) == [("全市森林覆盖率", "level", 65, "%", 2025)]
    assert [r[0] for r in target_rows("到2025年,研发投入强度由2.1%升至2.5%。", 2025)] == ["研发投入强度"]
    assert [r[0] for r in target_rows("到2025年,全县经济总量跃升至500亿元。", 2025)] == ["全县经济总量"]


def test_a_rank_reached_by_a_rise_verb_stays_unread():
    assert target_rows("力争市域创新发展水平跃升至全省第一梯队(A类)。", 2021) == []
    assert target_rows("總量在全國排名有望上升至第20位,時隔5年重回全國中游;", 2025) == []


def test_a_two_character_rise_verb_leaves_none_of_itself_in_the_name():
    # review 54: with 升至 a level verb, 攀升至/回升至 named …占比攀, …城镇化率回 (no dev page prints them: the
    # sentences are made up, of the shape above)
    assert [r[0] for r in target_rows("到2025年,数字经济核心产业增加值占比攀升至15%。", 2025)] == ["数字经济核心产业增加值占比"]
    assert [r[0] for r in target_rows("到2025年,常住人口城镇化率回升至60%。", 2025)] == ["常住人口城镇化率"]
