"""asg48 (session 48): a labelled tail (牵头部门:…, 责任单位:…) that follows its task on the same line without a full stop
before it — opened by a comma or by the space a flattened table row leaves between its cells — is read; the inline
tail read only one opened by 。 or ;. Two dev documents of different places print it:

- 六安 2017 民生工程 通报 (安徽, dev, ``ah-luan-msgcjd2017``, http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&time=2017-08-11):
  `1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。` — the label after a comma, its list closed by
  the full stop, the item's remark after it;
- 辽阳 2023 小微企业 扶持政策 清单 (辽宁, dev, ``ln-liaoyang-xwqyzc2023``, http://218.60.147.189:80/ecdomain/framework/
  smlbs/…fileid=20180224114634754…): a row `… 辽市政发[2020]3号 责任单位:市财政局、市发展改革委、…` — the label after
  the space between the 政策依据 cell and the 实施部门 cell, its list closing the line.
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise
from tests.timing import assert_linear_far


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(text)).assignments]


def test_a_label_after_a_comma_closed_by_a_full_stop():  # 六安 2017, verbatim
    assert _units("二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。") == [
        ("lead", "市交通局")]
    assert _units("4、城乡困难群体法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。") == [
        ("lead", "市司法局")]
    assert _units("6、棚户区改造,牵头部门:市住建委。新开工,完成进度相对较慢的为开发区和市本级。") == [
        ("lead", "市住建委")]


def test_a_label_after_a_cell_space_closing_the_row():  # 辽阳 2023, verbatim (the row's policy text shortened)
    row = ("2 对疫情防控重点保障企业贷款给予财政贴息支持 对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款,"
           "除中央、省财政给予贴息外,其余部分由市财政给予贴息,贴息期限不超过1年。 《辽阳市人民政府关于印发辽阳市应对新型冠状病毒"
           "肺炎疫情支持中小企业生产经营若干政策措施的通知》辽市政发[2020]3号 责任单位:市财政局、市发展改革委、"
           "市工业和信息化局、人民银行辽阳市中心支行")
    assert _units(row) == [("responsible", "市财政局"), ("responsible", "市发展改革委"),
                           ("responsible", "市工业和信息化局"), ("responsible", "人民银行辽阳市中心支行")]
    row = ("切实解决企业生产经营问题。 《辽阳市人民政府关于印发辽阳市应对新型冠状病毒肺炎疫情支持中小企业生产经营若干政策措施的通知》"
           "辽市政发[2020]3号 责任单位:各县(市)区政府,市政府办公室、市人力资源社会保障局")
    assert _units(row) == [("responsible", "各县(市)区政府"), ("responsible", "市政府办公室"),
                           ("responsible", "市人力资源社会保障局")]


def test_both_fields_after_a_comma():  # the 六安 shape with a second field (主办/协办 as 连江 2021 prints them)
    assert _units("1、农村道路畅通工程,牵头部门:市交通局,配合部门:市财政局、市水利局。建设进度较慢。") == [
        ("lead", "市交通局"), ("cooperating", "市财政局"), ("cooperating", "市水利局")]


def test_prose_after_the_label_is_no_tail():
    # what follows the colon must name units: a requirement on the units is prose
    assert _units("1、农村道路畅通工程,牵头部门:要加强统筹协调,确保按期完成。") == []
    assert _units("1、农村道路畅通工程,责任单位:按季度报送进展情况。") == []
    # a label inside a bracket is the bracket's (read as before, once)
    assert _units("1.推进道路建设。(牵头单位:市交通局,配合单位:市财政局)") == [
        ("lead", "市交通局"), ("cooperating", "市财政局")]
    # a column header row names fields, no units
    assert _units("序号 项目名称 牵头单位: 配合单位:") == []


def test_the_reading_stays_linear():
    def make(n: int) -> str:
        return "1、农村道路畅通工程,牵头部门:市交通局。建设进度较慢, " * n + "x 责任单位:" * n

    assert_linear_far(lambda text: extract_text(text), make, n=8)


def test_a_bar_of_fields_is_no_tail():
    # a reply letter's footer (湘阴 2019 建议 答复, dev opening ``hn-xiangyin-jtdf2019``) and a disclosure page's bar
    # (章贡 2012, dev opening ``jx-zhanggong-qmjs2012``): fields of the document, not a task's units
    assert _units("感谢您对交通运输工作的关心和支持。\n湘阴县交通运输局\n2019年5月5日\n抄 报:人大联工委 县政府办 承办单位: 县交通运输局") == []
    assert _units("关于表彰参赛工作先进单位的通报\n信息分类:其他有关文件 | 责任部门:区政府办 | 文件编号:区府办字〔2012〕14号") == []
