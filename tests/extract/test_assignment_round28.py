"""Round asg28 (session 28): the note that the first unit of each list leads, printed with 排名 (ranking) as well as
列/排/排在 (``assignments._FIRST_LEADS``). The note's family is printed on ten dev pages (列第一位者为牵头单位, 排在首位为…,
列第一位的为牵头部门, 首位单位为…); 排名第一位为牵头单位 is its wording on a page of the search tool's stored pages."""

from __future__ import annotations

from kechuang.extract.assignments import _FIRST_LEADS
from tests.extract.passages import passage
from tests.extract.passages import rows as _rows
from tests.extract.timing import assert_linear

# 云浮 2019 促进学前教育普惠健康发展行动方案 (dev by its address; the search tool's stored page
# https://dsbftdc.com/yfsrmzf/jcxxgk/zcfg/zfwj/content/post_999.html, 云府办〔2019〕10号): the first item's tail ends
# with the note; main read no unit of it at all (the note stayed inside the list and spoiled it).
_YUNFU = ("一、落实政府职责\n"
          "（一）健全管理体制。建立完善市统筹，县级政府为主，镇（街道）参与的学前教育管理体制。落实各级政府责任，坚持政府主导、"
          "社会参与、公办民办并举，深化体制机制改革，着力构建以普惠性资源为主体的办园体系。（市教育局，市委农办，各县<市、区>人民政府，"
          "排名第一位为牵头单位，下同）\n"
          "（二）建立健全联席会议制度。及时研究和协调解决学前教育事项及存在问题。（市教育局，市财政局）")


def test_ranked_first_note_makes_the_first_unit_lead():
    got = _rows(_YUNFU)
    assert got[:2] == [("lead", "市教育局"), ("responsible", "市委农办")]
    # 下同: the next item's list of two follows the same note
    assert got[-2:] == [("lead", "市教育局"), ("responsible", "市财政局")]
    assert not any("排名" in unit or "牵头" in unit for _, unit in got)


def test_ranked_first_note_in_brackets_and_on_a_line_of_its_own():
    lead = "（一）加强统筹协调。建立工作台账，定期调度推进。"
    assert _rows(f"{lead}（县科技局、县财政局）（排名第一位的为牵头单位，下同）") == [
        ("lead", "县科技局"), ("responsible", "县财政局")]
    assert _rows(f"排名第一位的为牵头单位，下同\n{lead}（县科技局、县财政局）") == [
        ("lead", "县科技局"), ("responsible", "县财政局")]


# Readings that must stay: the family's older wordings (国务院 2018, dev passage cn-guowuyuan-cjjy2018; 江门 2018,
# gd-jiangmen-jzzcb2018), and a ranking that is no note (a target's 排名 in a task, no 牵头 after it).
def test_older_wordings_and_rankings_keep_their_reading():
    assert _rows(passage("cn-guowuyuan-cjjy2018", 0))[0] == ("lead", "人力资源社会保障部")
    assert ("lead", "市财政局") in _rows(passage("gd-jiangmen-jzzcb2018", 0))
    text = "（一）提升创新能力。力争全省排名第一位。（县科技局、县财政局）"
    assert _rows(text) == [("responsible", "县科技局"), ("responsible", "县财政局")]


def test_first_leads_note_stays_linear():
    assert_linear(lambda s: _FIRST_LEADS.search(s), lambda n: "（" + "排名第一位为" * (n * 2000) + "）")
