"""Round asg27 (session 27) assignment rules: a mark printed before a unit (*, ☆, ★…) is no part of its name, and a
page's note that the mark flags the lead (标☆的为牵头单位) makes the marked units lead; an alias note after a unit
((以下简称…)) is no part of it either (unit_marks)."""

from __future__ import annotations

from kechuang.extract.unit_marks import lead_marks
from tests.extract.passages import passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear

_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


# 龙湾 2024 重点工作进展 (dev; tests/fixtures/real/passages/zj-longwan-zdgzjz2024.json,
# http://www.longwan.gov.cn/art/2025/1/7/art_1229536979_58983161.html): a table's unit cell marks its units with *;
# the units are 区发改局 and 新区财政局(区财政局), responsible (the page says nothing of what * means).
def test_star_before_units_of_a_table_cell():
    assert _rows(passage("zj-longwan-zdgzjz2024", 1)) == [
        ("responsible", "区发改局"), ("responsible", "新区财政局(区财政局)")]


# 永康 2027 人工智能应用 (dev; tests/fixtures/real/passages/zj-youtoo-rgznyy2027.json,
# http://m.youtoo.cn/html/55-23/23854.htm): (責任單位:☆經信局、科技局。標☆的為牽頭單位,下同。) — 經信局 leads.
def test_marked_unit_leads_where_the_page_says_so():
    text = passage("zj-youtoo-rgznyy2027", 1)
    assert ("lead", "經信局") in _rows(text)
    assert ("responsible", "科技局") in _rows(text)
    assert not any(unit.startswith("☆") for _, unit in _rows(text))


# The same note in simplified print, and ★ in a list without a note: the mark is dropped, the role stays.
def test_marks_in_simplified_tails():
    text = f"{_LEAD}(责任单位:★县经信局、县科技局。标★的为牵头单位,下同。)"
    assert _rows(text) == [("lead", "县经信局"), ("responsible", "县科技局")]
    assert _rows(f"{_LEAD}(责任单位:※县发改局、县财政局)") == [("responsible", "县发改局"), ("responsible", "县财政局")]
    assert lead_marks("标注“★”的为牵头单位") == frozenset("★")
    assert lead_marks("责任单位:县发改局") == frozenset()


# 界首 2020 市政府重点工作 (dev; tests/fixtures/real/passages/ah-jieshou-zdgz2020.json,
# http://www.ahjs.gov.cn/openness/detail/content/5f2d244a7f8b9afb0d8b4568.html): 牵头责任单位:安徽阜阳界首高新技术产业
# 开发区管委会(以下简称高新区管委会),市发展改革委… — the unit is the name before its alias note.
def test_alias_note_after_a_unit():
    got = _rows(passage("ah-jieshou-zdgz2020", 0))
    assert ("lead", "安徽阜阳界首高新技术产业开发区管委会") in got
    assert ("lead", "市发展改革委") in got
    text = f"{_LEAD}(牵头单位:县经济开发区管委会(以下简称开发区管委会);配合单位:县财政局)"
    assert _rows(text) == [("lead", "县经济开发区管委会"), ("cooperating", "县财政局")]


def test_mark_notes_are_linear():
    assert_linear(lead_marks, lambda n: "标☆" * n + "的为牵头单位")
    assert_linear(lead_marks, lambda n: "带有“*" * n)


# 陕西 乡村振兴 实施方案 on a document site (dev; tests/fixtures/real/passages/sn-unnamed-xczxgdls.json,
# https://yihaowenku.com/doc/19507.html): a PDF text with hard line breaks opens the tail at a line's end, inside the
# first unit (…整改复耕。〔县自然资 / 源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕). Four units, the first
# broken by the page (kept: its span holds the break, the scorer drops whitespace).
def test_verb_tail_broken_inside_its_first_unit():
    got = _rows(passage("sn-unnamed-xczxgdls", 0))
    assert [role for role, _ in got] == ["responsible"] * 4
    assert [unit.replace("\n", "") for _, unit in got] == ["县自然资源局", "县农业农村局", "县林业局", "各乡(街道)"]


# The same shape with a lead and round brackets; a closing line with no verb (a bare list, or prose) is no tail.
def test_verb_tail_broken_shapes():
    lead = "(三)加强耕地保护。加大撂荒耕地整治,持续整治“大棚房”,分类稳妥开展违规占用耕地整改复耕。"
    assert _rows(f"{lead}(县农业农\n村局牵头,县财政局配合)") == [("lead", "县农业农村局"), ("cooperating", "县财政局")]
    # a sentence's line wrapped inside a name is rejoined by the normaliser (robust41, text/reflow.py): the bracket
    # closes the task's own line and reads as any bracket of units does
    assert _rows(f"{lead}(县农业农\n村局、县财政局)") == [("responsible", "县农业农村局"), ("responsible", "县财政局")]
    assert _rows(f"{lead}(县农业农\n村局、县财政局负责) 另行通知") == []


# 丽水 2021 乡村振兴实绩考核 (dev opening; tests/fixtures/real/openings/zj-lishui-xczxkh2021.txt,
# https://www.lishui.gov.cn/art/2021/9/16/art_1229418627_2360344.html): …和市乡村振兴指挥部成员单位(以下简称市成员单位)。
# closes a line of prose: the bracket holds a short name, no unit.
def test_alias_note_alone_is_no_unit():
    text = ("一、考核对象\n实施乡村振兴战略实绩考核的对象是县(市、区)党委政府、丽水经济技术开发区党工委管委会和"
            "市乡村振兴指挥部成员单位(以下简称市成员单位)。")
    assert _rows(text) == []
    assert _rows(f"{_LEAD}各县(市、区)科技部门(以下简称县科技部门)。") == []
