"""mend59, review 42's findings on asg57's assignment rules, tried on realistic tails (a tail closing an item after a
2023 工作要点's title). The tails are variants of dev tails, each cited at its test; where the dev split holds no tail of
the shape (a role in brackets after a unit, 其中 naming the lead, 负责组织实施), the test pins what asg57's own
variant states rather than losing it."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise


def _units(line: str) -> list[tuple[str, str]]:
    return [(a.unit, a.role) for a in extract_text(normalise("2023年工作要点\n" + line)).assignments]


# 1. A role in brackets after a unit (asg57's _NOTE_BRACKET drops the bracket): the role it states is the unit's, as
# the spec's role words say (牵头 → lead, 配合 → cooperating); the corpus README's column `责任(牵头)部门` (杨凌 2022,
# dev) reads a bracketed role the same way.
def test_a_role_in_brackets_after_a_unit_gives_its_role():
    assert _units("1.加强资金保障(责任单位:县财政局(牵头)、县农业农村局(配合))") == [
        ("县财政局", "lead"), ("县农业农村局", "cooperating")]


def test_a_bracketed_help_cooperates_and_a_note_without_role_keeps_the_field_role():
    assert _units("1.加强资金保障(责任单位:县财政局(牵头)、县审计局(协助)、县农业农村局(按职责分工))") == [
        ("县财政局", "lead"), ("县审计局", "cooperating"), ("县农业农村局", "cooperating")]
    assert _units("1.加强资金保障(责任单位:县财政局(市级)、县农业农村局)") == [
        ("县财政局", "responsible"), ("县农业农村局", "responsible")]


def test_a_role_in_brackets_in_a_bare_tail():
    assert _units("1.加强资金保障。(县财政局(牵头)、县农业农村局(配合))") == [
        ("县财政局", "lead"), ("县农业农村局", "cooperating")]


# 2. 其中 closing a keyworded list names the lead among the units listed: that unit is one assignment, lead, the
# others keep the field's role (the corpus README's reading of a unit in both a 责任单位 and a 牵头单位 column, 莲都 2023).
def test_which_of_the_units_leads():
    assert _units("1.加强就业服务(责任单位:县人社局、县财政局,其中:县人社局牵头)") == [
        ("县人社局", "lead"), ("县财政局", "responsible")]
    assert _units("1.加强就业服务(责任单位:县人社局、县财政局,其中县人社局为牵头单位)") == [
        ("县人社局", "lead"), ("县财政局", "responsible")]
    assert _units("1.加强就业服务(县人社局、县财政局负责,其中县人社局牵头)") == [
        ("县人社局", "lead"), ("县财政局", "responsible")]


# 3. One manner for the three readers: 按属地 as 按职责分工 (…,乡镇人民政府按职责分工分别负责, 西平 2020 法治政府, dev,
# http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm).
def test_a_place_share_is_a_manner_in_a_verb_tail():
    assert _units("1.加强危房改造(县住建局牵头,各乡镇按属地负责)") == [("县住建局", "lead"), ("各乡镇", "responsible")]


def test_a_place_share_is_a_manner_in_a_keyworded_tail():
    assert _units("1.加强危房改造(责任单位:县住建局,各乡镇按属地负责)") == [
        ("县住建局", "responsible"), ("各乡镇", "responsible")]


# 4. 负责组织实施 / 牵头组织实施 close a clause with the role of 负责 / 牵头 (组织实施 was asg57's variant of 官渡's and
# 湖口 2024's tails; 牵头负责 and 组织落实 close the 燃气 方案's clauses, 上海 2023, dev,
# https://www.shanghai.gov.cn/zhengce/detail?businessId=877de679021749a188d636599e1a07ef&siteId=0037).
def test_organising_the_work_keeps_the_role_of_its_verb():
    assert _units("1.加强人才培训(县委组织部负责组织实施,县人社局配合)") == [
        ("县委组织部", "responsible"), ("县人社局", "cooperating")]
    assert _units("1.加强人才培训(县人社局牵头组织实施,县财政局配合)") == [
        ("县人社局", "lead"), ("县财政局", "cooperating")]


# 5. 落实 closes a clause of units as 负责 does: `;广东省各地级以上市人民政府落实,` (广东 2020 乡村振兴 工作要点, dev,
# http://yanshiren.com/zwgk/jhgh/content/post_3061915.html), `…等有关部门参加,各镇街落实` (金乡 2021 乡村振兴, dev,
# http://www.jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html); a bare tail closed by it is a verb tail.
def test_carrying_out_closes_a_bare_tail():
    assert _units("1.加强消防安全。(县消防救援大队、县应急管理局、各乡镇人民政府落实)") == [
        ("县消防救援大队", "responsible"), ("县应急管理局", "responsible"), ("各乡镇人民政府", "responsible")]
    assert _units("1.加强消防安全(县消防救援大队、县应急管理局、各乡镇人民政府落实)") == [
        ("县消防救援大队", "responsible"), ("县应急管理局", "responsible"), ("各乡镇人民政府", "responsible")]


def test_a_remark_closed_by_carrying_out_names_no_unit():
    assert _units("1.加强消防安全(抓好落实)") == []
