"""Round-5 assignment rules, from real annotation tails (dev split of tests/fixtures/real/passages; addresses in each
.json and in SOURCES.md) and held-out tails gathered by search outside the corpus (tests/fixtures/heldout/tails.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kechuang.extract.assignments import split_units
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Round 12's tails are scored as a set (test_assignments_round12.py); the earlier ones are read exactly.
HELD_OUT = [c for c in yaml.safe_load((FIXTURES / "heldout" / "tails.yaml").read_text("utf-8")) if c.get("round") not in (12, 13, 14)]


# Two units joined by 和/及 are two (haishu.gov.cn 责任单位:经济投资局和航空口岸局分别牵头、区发改局; a page in
# traditional characters, bgbf.com.cn 责任單位:州司法局、州委編辦及州直相關單位); a name with 和 inside is one.
def test_units_joined_by_and_are_two():
    assert [u for u, _, _ in split_units("经济投资局和航空口岸局", 0)] == ["经济投资局", "航空口岸局"]
    assert [u for u, _, _ in split_units("州委編辦及州直相關單位", 0)] == ["州委編辦", "州直相關單位"]
    for one in ("区发展和改革局", "住房和城乡建设局", "人力资源和社会保障局", "科学技术和工业信息化局"):
        assert [u for u, _, _ in split_units(one, 0)] == [one]


# A verb closing names inside a 责任单位 list gives their role, and the units after a lead cooperate (haishu.gov.cn);
# a time limit printed in the list is no unit (…,各縣市人民政府、湘西經開區管委會,6月底完成).
def test_a_verb_inside_a_list_and_a_time_limit():
    assert _rows(_passage("zj-haishu-zrfj2023", 1)) == [
        ("lead", "经济投资局"), ("lead", "航空口岸局"), ("cooperating", "区发改局")]
    units = [u for _, u in _rows(_passage("hn-xiangxi-fgfyshj2020", 0))]
    assert "州委編辦" in units and "州直相關單位" in units and not any("完成" in u for u in units)


@pytest.mark.parametrize("case", HELD_OUT, ids=[f"{c['address']}#{k}" for k, c in enumerate(HELD_OUT)])
def test_held_out_tails(case):
    assert sorted(_rows(case["text"])) == sorted((a["role"], a["unit"]) for a in case["assignments"])


# Fresh dev text (second ext-corpus6 batch, scored before these rules: assignments 0.588). A tail the page broke over
# lines, a PDF page's header perhaps between (wuhe.gov.cn …补贴。(牵头单位:省人力资源社会 / 皖民生办〔 / 20241 / 2 /
# 保障厅), …补助。(牵头单位:省民 / 政厅)).
@pytest.mark.parametrize("k, unit", [(1, "省人力资源社会保障厅"), (4, "省民政厅")])
def test_a_tail_broken_over_lines(k, unit):
    assert _rows(_passage("ah-anhui-msss2024", k)) == [("lead", unit)]


# A task table whose last column names units but no role (shengsi.gov.cn 责任部门 | 评分部门): its cells and its name
# are no assignment, and a value on a line of its own (42 under 万吨, in row 9) is no row number.
@pytest.mark.parametrize("k, units", [(0, ["县海洋与渔业局", "县农业农村局"]), (7, ["县农业农村局"])])
def test_a_column_of_units_without_a_role(k, units):
    assert _rows(_passage("zj-shengsi-xczxrw2021", k)) == [("responsible", u) for u in units]


# Third fresh dev batch (ext-corpus6, scored before these rules: assignments 0.000 on 19 units): names before a comma
# share the verb that closes their group, a ministry's 司 is a body, and a tail the page cut is read when it says what
# its units do (checrc.com (广东省农业农村厅,农业农村部发展规划司、种植业管理司、农田建设管理司牵头;广东省自然资源厅、
# 粮食和储备局、农垦总局等按职责分工负责; with no closing bracket).
def test_names_before_a_comma_share_the_closing_verb():
    assert _rows(_passage("gd-guangdong-xczxgzyd2021", 0)) == [
        ("lead", "广东省农业农村厅"), ("lead", "农业农村部发展规划司"), ("lead", "种植业管理司"), ("lead", "农田建设管理司"),
        ("responsible", "广东省自然资源厅"), ("responsible", "粮食和储备局"), ("responsible", "农垦总局")]
