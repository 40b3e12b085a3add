"""asg57: adversarial but realistic variants of dev tails, printed the way other places print theirs; each names a
piece a clerk would not call a unit. The tails varied: 湖口 2024 河湖长制 (dev,
https://www.hukou.gov.cn/slj/fdzdgknr/hhzz/202404/t20240426_6520426.html, `(牵头单位:县河长办,配合单位:各有关县级责任单位。)`),
官渡 (dev, http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml, `(区环保局牵头,区水务局、区级相关部门配合)`), 武汉 2023
分解 (dev, http://bbs.whcdrm.com/thread-10966-1-1.html, `(牵头单位:市农业农村局;责任单位:市公安局、…,各区人民政府)`),
西平 2020 (dev, http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm,
`…,乡镇人民政府按职责分工分别负责。`)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_a_footnote_mark_is_no_part_of_the_name():
    assert [u for _, u in _units("2.推进河湖治理。(责任单位:县水利局、县财政局※)")] == ["县水利局", "县财政局"]
    assert [u for _, u in _units("16.完善财政政策。(牵头单位:县财政局*)")] == ["县财政局"]


def test_a_ranking_note_is_no_part_of_the_name():
    assert [u for _, u in _units("2.推进河湖治理。(责任单位:县水利局、县财政局(排名不分先后))")] == [
        "县水利局", "县财政局"]


def test_a_clause_of_which_ends_the_list():
    assert [u for _, u in _units("2.推进河湖治理。(责任单位:县水利局、县财政局,其中县水利局为牵头单位)")] == [
        "县水利局", "县财政局"]


def test_another_field_ends_the_list():
    assert [u for _, u in _units("2.推进河湖治理。(责任单位:县水利局、县财政局;督办单位:县政府督查室)")] == [
        "县水利局", "县财政局"]


def test_a_level_before_a_keyword_is_no_unit():
    assert _units("2.推进河湖治理。(省级责任单位:省水利厅;市级责任单位:市水利局)") == [
        ("responsible", "省水利厅"), ("responsible", "市水利局")]


def test_a_local_manner_is_no_part_of_the_name():
    assert _units("1.推进河湖治理。(牵头单位:县水利局;配合单位:县财政局、县自然资源局,各乡镇按属地负责)") == [
        ("lead", "县水利局"), ("cooperating", "县财政局"), ("cooperating", "县自然资源局"),
        ("cooperating", "各乡镇")]


def test_units_that_carry_a_task_out_answer_for_it():
    assert _units("6.推进河湖治理。(县水利局牵头,县财政局、县自然资源局配合,各乡镇政府具体实施)") == [
        ("lead", "县水利局"), ("cooperating", "县财政局"), ("cooperating", "县自然资源局"),
        ("responsible", "各乡镇政府")]
    assert _units("6.推进河湖治理。(县水利局牵头,各乡镇政府具体负责)") == [
        ("lead", "县水利局"), ("responsible", "各乡镇政府")]


def test_the_numbers_of_tasks_are_no_part_of_the_name():
    assert _units("10.加强监管执法。(第1—5项由市市场监管局牵头,市公安局配合)") == [
        ("lead", "市市场监管局"), ("cooperating", "市公安局")]
    assert _units("10.加强监管执法。(以上3项由县市场监管局负责)") == [("responsible", "县市场监管局")]


def test_a_guiding_verb_is_no_part_of_the_name():
    # a variant of 上海 2023 燃气's tails (dev,
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=877de679021749a188d636599e1a07ef&siteId=0037)
    assert _units("29.推进老旧小区改造。(责任单位:各区政府,市住房城乡建设管理委指导)") == [
        ("responsible", "各区政府"), ("responsible", "市住房城乡建设管理委")]
