"""Round-22 assignments (tails4): a table's unit column right after its task column, a manner with 分别 before the
closing verb, a bare kind after 、 that continues a collective, and a person beside a unit under a column of people. From the corpus's eighteenth
batch (ten dev pages the corpus did not hold, scored before any rule was written: assignments F1 0.622 on its 56 units)
and the older dev passages of the same families; figures in docs/extraction.md ("Round 22 assignments")."""

from __future__ import annotations

from kechuang.extract.task_tables import _person_column, _without_people
from kechuang.extract.unit_lists import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows


# 宣城 2022 (市农业农村局's rows of the report division, one cell a line: 序号 / 目标任务 / 牵头责任单位 / 进展情况): the
# task cell ends with no full stop, the report column's sentences after the units do. Before this round the task ran on
# to the first full stop and swallowed the units (nothing read).
def test_a_unit_column_right_after_the_task_column():
    assert _rows(_passage("ah-xuancheng-nyzfgzbgfj2022", 0)) == [("lead", "经管科")]
    assert _rows(_passage("ah-xuancheng-nyzfgzbgfj2022", 1)) == [
        ("lead", "人教科"), ("lead", "促进科"), ("lead", "农办秘书科")]


# The same header with tasks that end with a full stop (芜湖 2023 third quarter) reads as before.
def test_the_same_header_with_tasks_closed_by_a_full_stop():
    assert _rows(_passage("ah-wuhu-zdgzjz2023q3", 0)) == [("lead", "市发改委")]
    assert _rows(_passage("ah-wuhu-zdgzjz2023q3", 1)) == [
        ("lead", "市人社局"), ("lead", "市农业农村局"), ("lead", "市发改委"), ("lead", "市生态环境局")]


# 西平 2020 法治政府: `…各有关部门,乡镇人民政府按职责分工分别负责。` — the manner (with 分别, as 黑龙江 2013's `分别负责`)
# is no part of the last name.
def test_a_manner_with_fenbie_before_the_closing_verb():
    assert _rows(_passage("ha-xiping-fzzfjs2020", 0)) == [
        ("responsible", "县政府办公室"), ("responsible", "县司法局"), ("responsible", "各有关部门"),
        ("responsible", "乡镇人民政府")]
    assert _rows(_passage("hl-heilongjiang-zfgzbgfg2013", 6)) == [
        ("responsible", "省发改委"), ("responsible", "农委"), ("responsible", "统计局")]


# 威海 2023 `责任单位:市直有关部门、单位,…`: a bare kind after 、 continues the collective (one unit, not 单位 alone).
def test_a_bare_kind_continues_a_collective():
    assert [u for u, _, _ in split_units("市直有关部门、单位,各区市政府", 0)] == ["市直有关部门、单位", "各区市政府"]
    assert [u for u, _, _ in split_units("县发改局、县财政局", 0)] == ["县发改局", "县财政局"]
    assert _rows(_passage("sd-weihai-szwhgzyd2023", 0)) == [
        ("lead", "市行政审批服务局"), ("responsible", "市直有关部门、单位"), ("responsible", "各区市政府"),
        ("responsible", "开发区管委")]


# A column of people beside the unit column: 肇庆 2020 民生实事 (`牵头单位及 主要负责人`: `市民政局 伍泽国`) and 青阳 2023 卫健委
# (`牵头领导` right before `牵头责任单位`: `吴蓓蓓 县卫健委`, the normaliser joining the space). The person is no unit; before
# this round 肇庆's cell read as nothing and 青阳's as one unit `吴蓓蓓县卫健委`. Since round 25 the normaliser keeps the
# spaces of 青阳's row (text.spaces), so its other cells are read too, as the gold has them (主体责任单位, 配合责任单位).
def test_a_person_beside_a_unit_under_a_person_column():
    assert _rows(_passage("gd-zhaoqing-msssjz", 1)) == [("lead", "市民政局")]
    assert _rows(_passage("ah-qingyang-wjwzdgzjz2023", 0)) == [
        ("lead", "县卫健委"), ("responsible", "有关乡镇"), ("cooperating", "县直有关单位")]


# Only a header with a column of people strips names, and a unit that ends like a body keeps its ending.
def test_no_person_column_no_stripping():
    assert _person_column("序号 事项 责任单位 牵头单位") is None
    assert _person_column("序号 工作任务 分管 市领导 牵头单位及 主要负责人 落实进展情况") == "after"
    assert _without_people([("市民政局", 0, 4), ("伍泽国", 5, 8)], "after") == [("市民政局", 0, 4)]
    assert _without_people([("县发展和改革局", 0, 7)], "after") == [("县发展和改革局", 0, 7)]


# 灵璧 2021 卫健委: `主要协作单位:` under each item. The words of working with (协-) cooperate whichever is printed: 协同
# (滁州 2020), 协办 (连江 2021), 协作 here; before this round the label read as nothing (12 units).
def test_a_cooperating_label_named_with_xiezuo():
    assert _rows(_passage("ah-lingbi-wjwzfgzbgfj2021", 1)) == [
        ("lead", "县卫健委"), ("cooperating", "各乡镇人民政府"), ("cooperating", "经济开发区管委会"),
        ("cooperating", "县政府有关部门"), ("cooperating", "有关直属单位")]
