"""Round asg28 (session 28): the note that the first unit of each list leads, printed with 排名 (ranking) as well as
列/排/排在 (``assignments._FIRST_LEADS``). The note's family is printed on ten dev pages (列第一位者为牵头单位, 排在首位为…,
列第一位的为牵头部门, 首位单位为…); 排名第一位为牵头单位 is its wording on a page of the search tool's stored pages.
And a role's word a mirror printed with its phonetic readings (責(zé)任單位, 負(fù)責(zé)) is read without them, the units given
back as printed (``extract/label_readings.py``)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.assignments import _FIRST_LEADS
from kechuang.extract.label_readings import label_readings
from kechuang.extract.lines import Line
from tests.extract.passages import passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear

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


# 郑州 2012 十大实事 (dev; tests/fixtures/real/passages/ha-zhengzhou-sdss2012.json,
# http://sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html, a mirror that prints readings): 責(zé)任單位:市教育局 on
# a line of its own. The mirrors print 責 with its reading wherever it stands: 責(zé)任單位 / 責(zé)任部門 also on 安徽 2021
# 重点工作 (http://junpark.com.cn/article_detail/1450) and 盘山 2016 创卫任务分解 (ln-panshan-cwrwfj2016), both dev.
def test_label_printed_with_readings_on_a_line_of_its_own():
    for k in (0, 1):
        assert _rows(passage("ha-zhengzhou-sdss2012", k)) == [("responsible", "市教育局")]


def test_readings_in_role_words_of_a_tail_and_units_given_back_as_printed():
    text = ("(一)推進市場化改革。加快國有企業(yè)改革。(責(zé)任單位:市發(fā)改委、市經(jīng)貿(mào)委)\n"
            "(二)擴大對外開放。(市商務(wù)局牽頭,各縣(市、區(qū))人民政府負(fù)責(zé))")
    plan = extract_text(text)
    got = [(a.role, a.unit, plan.text[a.start:a.end]) for a in plan.assignments]
    assert got == [("responsible", "市發(fā)改委", "市發(fā)改委"), ("responsible", "市經(jīng)貿(mào)委", "市經(jīng)貿(mào)委"),
                   ("lead", "市商務(wù)局", "市商務(wù)局"),
                   ("responsible", "各縣(市、區(qū))人民政府", "各縣(市、區(qū))人民政府")]


# Readings in units under a label printed without any (广州 2006, dev: gd-guangzhou-zfgzbgsx2006,
# http://www.moonvisionstudio.com/zwgk/fggw/sfbgtwj/content/post_2847289.html) are read as before, the line as printed.
def test_units_with_readings_under_a_plain_label_keep_their_reading():
    assert _rows(passage("gd-guangzhou-zfgzbgsx2006", 0)) == [
        ("lead", "市經(jīng)貿(mào)委"), ("cooperating", "市發(fā)改委"), ("cooperating", "國土房管局"),
        ("cooperating", "外經(jīng)貿(mào)局"), ("cooperating", "規(guī)劃局")]
    assert label_readings(Line(0, 0, 20, "(牽頭單位:市經(jīng)貿(mào)委)", False)) is None


def test_label_readings_stays_linear():
    assert_linear(lambda line: label_readings(line),
                  lambda n: Line(0, 0, 0, "責(zé)任單位:市教育局、" * (n * 300), False))
