"""Round asg29 (session 29): a role's label that names its units with two nouns, the second in brackets
(``牵头单位(部门):…``, ``责任单位(部门):…``, ``牵头部门(单位):…``), is read as the plain label
(``tail_words.KEYWORDS``). Before, the bracketed noun hid the label: the lead of ``(牵头单位(部门):X;配合单位:Y)`` was
dropped and a lone ``(责任单位(部门):X、Y)`` gave no unit at all. No dev page prints the shape (asg28's survey and this
round's: a written variant of dev tails, the brief's robustness list); the tails below are real dev tails with the label
so printed, and the same tails as printed must keep their reading."""

from __future__ import annotations

from kechuang.extract.tail_words import KEYWORDS
from tests.extract.passages import passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear

# 汉阳 2019 政府工作报告 任务分解 (dev, tests/fixtures/real/passages/hb-hanyang-zfgzbgfj2019.json,
# http://www.whoops-m.com/detail-83465.html), item 1 of 保持定力: a lead and its responsible units in one bracket.
_HANYANG = ("1、坚持“亩产论英雄”导向,加快推进“新两园”建设,有序推进村级工业园淘汰落后企业、低端产能,支持工业企业走出去发展壮大,"
            "将企业总部、财务结算中心、研发中心留在汉阳,提高工业用地节约集约利用水平。"
            "(牵头单位{0}:区科技和经信局;责任单位{0}:汉阳经济开发区管委会、永丰街办事处)")
_HANYANG_ROWS = [("lead", "区科技和经信局"), ("responsible", "汉阳经济开发区管委会"), ("responsible", "永丰街办事处")]

# 监利 2022 主要预期目标 任务分解 (dev, hb-jianli-rwfj2022, http://www.artfolios.org/xxgk_30/zc/zcwj/xzfwj/202201/
# t20220114_688893.shtml): item 1, a lead and a list that holds a collective (各乡、镇人民政府).
_JIANLI = ("1.地区生产总值增长10%左右。(牵头单位{0}:市发改局;责任单位{0}:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,"
           "监利经济开发区)")
_JIANLI_ROWS = [("lead", "市发改局"), ("responsible", "市统计局"), ("responsible", "各乡、镇人民政府"),
                ("responsible", "人民大垸"), ("responsible", "荒湖管理区"), ("responsible", "监利经济开发区")]


def test_label_with_a_bracketed_second_noun_reads_as_the_label():
    assert _rows(_HANYANG.format("(部门)")) == _HANYANG_ROWS
    assert _rows(_JIANLI.format("(部门)")) == _JIANLI_ROWS
    # full-width brackets and colon, as most pages print them
    assert _rows(_HANYANG.format("（部门）").replace(":", "：")) == _HANYANG_ROWS


def test_lone_bracketed_label_and_the_other_noun_first():
    lead = "1.地区生产总值增长10%左右。"
    assert _rows(f"{lead}(责任单位(部门):市统计局、市发改局)") == [
        ("responsible", "市统计局"), ("responsible", "市发改局")]
    assert _rows(f"{lead}(牵头部门(单位):市发改局)") == [("lead", "市发改局")]
    # the label on a line of its own, the units after it (the line form of the keyword tails)
    assert _rows(f"{lead}\n牵头单位(部门):市发改局\n配合单位:市统计局") == [
        ("lead", "市发改局"), ("cooperating", "市统计局")]


# The same tails as printed, and the pages they come from, keep their reading.
def test_plain_labels_keep_their_reading():
    assert _rows(_HANYANG.format("")) == _HANYANG_ROWS
    assert _rows(_JIANLI.format("")) == _JIANLI_ROWS
    assert _rows(passage("hb-hanyang-zfgzbgfj2019", 1)) == _HANYANG_ROWS


def test_a_bracket_that_is_no_noun_is_no_label():
    # a unit's bracketed part (各县(区)) after a label stays in the unit; a bracket after the label that names no
    # noun is not taken into the label
    assert _rows("1.地区生产总值增长10%左右。(责任单位:各县(区)人民政府)") == [("responsible", "各县(区)人民政府")]
    assert not KEYWORDS.search("牵头单位(县):市发改局")


def test_keywords_stay_linear():
    assert_linear(lambda s: list(KEYWORDS.finditer(s)), lambda n: "牵头单位(部门" * (n * 3000))


# 洋县 2024 十大民生实事 (dev, tests/fixtures/real/passages/sn-yangxian-msss2024.json, http://www.jzzrppj.com.cn/yxzf/
# yxzwgk/zfwj/xzfwj/202404/24ac3dc04d75462894bca43c3c2ec4f1.shtml): a table whose last column is 責任單位, read right as
# printed (教體局). A cell that names its units with keywords, as a tail does (牽頭單位:…;配合單位:…), lost its lead:
# the cell was no list of names, and only the keyword line's later field was read (asg29, written variant of the row).
def test_keyworded_cell_under_a_unit_column():
    text = passage("sn-yangxian-msss2024", 0)
    assert _rows(text) == [("responsible", "教體局")]
    cell = "牽頭單位:教體局;配合單位:住建局、各鎮(街道)"
    assert _rows(text.replace("\n教體局 |", f"\n{cell} |")) == [
        ("lead", "教體局"), ("cooperating", "住建局"), ("cooperating", "各鎮(街道)")]
    bar = "序号 | 重点任务 | 责任单位 |\n1 | 加强耕地保护,严格落实耕地保护制度。 | 牵头单位:县自然资源局;配合单位:县农业农村局 |"
    assert _rows(bar) == [("lead", "县自然资源局"), ("cooperating", "县农业农村局")]
    # a cell whose keyword names no unit list (a sentence) gives none
    bar = "序号 | 重点任务 | 责任单位 |\n1 | 加强耕地保护,严格落实耕地保护制度。 | 责任单位:按照要求抓好落实,确保完成 |"
    assert _rows(bar) == []
