"""Round-11 target rules: general mechanisms found by error analysis of the dev split, each from real sentences of
at least two documents (named above each test; held-out pages in tests/fixtures/heldout/targets.yaml); expected
values are read from the sentences by hand, per spec/plan-format.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# 条 is a count of roads and lines like 座 or 个: after a verb no list of count verbs holds (推动, 打通, 贯通) it counts
# the noun after it (推动潞讯精密电子30条生产线投产: 沁县 政府工作报告 2025, dev; 今年年底,我市將打通24條斷頭路: 西安 2017;
# 计划在全运会前打通58条断头路: 西安 2020, both held out).
def test_tiao_counts_the_noun_after_an_open_verb():
    assert _rows("今年,西安聚焦完善城市交通设施建设,计划在全运会前打通58条断头路。", 2020) == [
        ("断头路", "level", 58, "条", 2020, False)]
    assert _rows("今年年底,我市將打通24條斷頭路,3年內將貫通55條道路。", 2017) == [
        ("斷頭路", "level", 24, "條", 2017, False), ("道路", "level", 55, "條", 2019, False)]
    assert [(r[0][:3], r[2], r[3]) for r in _rows("推动潞讯精密电子30条生产线投产。", 2025)] == [("生产线", 30, "条")]
    # a scope or place before the count stays no target (全市31条 is what exists, not a goal)
    assert _rows("全市31条河流水质稳定。", 2020) == []


# …but 条 also counts the articles of a policy (落实省市科技创新30条有关人才激励方面的扶持政策: seed 004; 出台…降费提质等
# 27条举措: 国资委 2022, held out): a count of 条 whose noun is a policy word is no target, after any verb.
def test_tiao_of_a_policy_counts_its_articles_not_a_target():
    assert _rows("落实省市科技创新30条有关人才激励方面的扶持政策,营造有利于人才引进培养的环境。", 2022) == []
    assert _rows("出台切实加快减免房租、大力实施降费提质等27条举措,推动央企助中小企业纾困解难。", 2022) == []
    assert _rows("今年新建5条农村公路。", 2022) == [("农村公路", "level", 5, "条", 2022, False)]


# The guard "a count after a list of names counts those names" (A、B和C3家众创空间) needs a list: one clause with no
# list mark names one thing, and 1万名 (value 1 in 万名) is no count of it (招募派遣1万名大学生到基层开展志愿服务: 贵州 民生实事
# 2020, dev). Held-out counts of one after a count verb were read right before and are unchanged (力争建成1家省级协同
# 创新创业共同体: 临沂 2019; 将招募1万名高校毕业生: 广东 2021).
def test_a_count_of_one_after_an_open_verb_is_no_count_of_listed_names():
    assert _rows("招募派遣1万名大学生到基层开展志愿服务。", 2020) == [
        ("大学生到基层开展志愿服务", "level", 1, "万名", None, False)]
    assert _rows("建成湖田中学、伯塘中学等2所。", 2020) == []
