"""Round-47 assignment rules, from real names of government bodies (tests/fixtures/real/unit_names/lists.yaml, each
list with its source address) put into the tail shapes of the spec and the dev corpus: a name holding its other names
in brackets inside an unbracketed tail, and the traditional forms of a body's ending in a table's cells."""

from __future__ import annotations

from tests.extract.passages import rows as _rows
from tests.extract.unit_names import SHAPES, fractions, trials
from tests.timing import assert_linear

_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


# A body printed with its other names in brackets (上海 2021, https://m.news.shi-fen.com/china/202103/50-968437.html:
# 市发展和改革委员会(市物价局), 市民政局(市社会组织管理局); 四川, http://m.stellalashacademy.com/sichuan/info/143273.html:
# 縣衛生局(縣中醫藥管理局); 浙江 嘉善, http://m.bp4871g.cn/zhejiang/info/159672.html: 文化局(體育局)) and a collective
# with its kind in brackets (凉山 2020, http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html:
# 各县(市)人民政府; 太湖 2019, http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html:
# 各乡(镇)人民政府) stay whole in a tail printed without brackets after the paragraph's full stop, as they do inside
# brackets: the brackets of a name are no end of the tail.
def test_names_with_brackets_in_an_unbracketed_tail():
    assert _rows(f"{_LEAD}责任单位:市发展和改革委员会(市物价局)、市民政局(市社会组织管理局)、市财政局") == [
        ("responsible", "市发展和改革委员会(市物价局)"), ("responsible", "市民政局(市社会组织管理局)"),
        ("responsible", "市财政局")]
    assert _rows(f"{_LEAD}牵头单位:各县(市)人民政府;配合单位:州级有关部门、各乡(镇)人民政府") == [
        ("lead", "各县(市)人民政府"), ("cooperating", "州级有关部门"), ("cooperating", "各乡(镇)人民政府")]
    assert _rows(f"{_LEAD}責任單位:縣衛生局(縣中醫藥管理局)、文化局(體育局)、縣科技局") == [
        ("responsible", "縣衛生局(縣中醫藥管理局)"), ("responsible", "文化局(體育局)"), ("responsible", "縣科技局")]
    # full-width brackets read as the normalised text reads them
    assert _rows(f"{_LEAD}责任单位:市水务局\uff08市海洋局\uff09、市生态环境局")[0][0] == "responsible"


# Brackets that are no name's stay out: a bracketed tail after the full stop is read as before, and a bracket that
# holds a sentence (a remark with a full stop) ends no name.
def test_bracketed_tails_and_remarks_unchanged():
    assert _rows(f"{_LEAD}(责任单位:市财政局、市审计局)") == [("responsible", "市财政局"), ("responsible", "市审计局")]
    assert _rows(f"{_LEAD}责任单位:市财政局、市审计局(见附件)") == [
        ("responsible", "市财政局"), ("responsible", "市审计局")]


# The ending of a body in traditional characters in a table's cells (自贡, GitHub file id 27282369441: 自贡调查队,
# 市科协; 温州 鹿城, http://rumenshu.com/zhejiang/info/158244.html: 市運管處稽查一大隊; 杭锦旗, http://ordos.nmgqq.com.cn/
# jiuwangwuyong/hjq/zzjg/2016-07-02/1508.html: 人民银行) is read in its simplified form, as an annotation's units are.
def test_traditional_endings_in_table_cells():
    for lead, others in (("自貢調查隊", "市通信辦、市總工會"), ("人民銀行", "檢察院、供銷社"), ("市科協", "市社科聯、市殘聯"),
                         ("甌江海事處", "港航市區分局、市運管處稽查一大隊")):
        text = f"一、重点任务\n序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 加强统筹协调 | {lead} | {others} |\n"
        first, second = others.split("、")
        assert _rows(text) == [("lead", lead), ("responsible", first), ("responsible", second)], lead


# A people's congress and a political consultative conference by their short names are bodies: 區人大, 區政協 on two
# 区政府 分工 pages (http://rumenshu.com/hebei/info/138917.html: 負責與區人大、區政協、區武裝部、駐區企業聯系;
# http://m.stellalashacademy.com/henan/info/125274.html: 負責與區人大、區政協的聯系工作). A list of them with a verb keeps
# them; a clause of prose that merely ends with the word stays none.
def test_congress_and_conference_by_short_names():
    assert _rows(f"{_LEAD}(區人大、區政協、區武裝部按職責分工負責)") == [
        ("responsible", "區人大"), ("responsible", "區政協"), ("responsible", "區武裝部")]
    assert _rows(f"{_LEAD}(区人大牵头,区政协、区武装部配合)") == [
        ("lead", "区人大"), ("cooperating", "区政协"), ("cooperating", "区武装部")]
    assert _rows(f"{_LEAD}(加强与人大)") == []


# A collective of party committees and governments joins its two bodies with 、: 各县市区委、人民政府 (岳阳 2017,
# https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html) and 各县(市、区)委、政府 (廊坊 2010, a dev passage of
# he-langfang-rcghgy2010) are one unit each, as 各区、县级市政府 is; a government with its own place stays a unit.
def test_collective_of_committees_and_governments():
    assert _rows(f"{_LEAD}(责任单位:各县市区委、人民政府,市直各单位)") == [
        ("responsible", "各县市区委、人民政府"), ("responsible", "市直各单位")]
    assert _rows(f"{_LEAD}(各县(市、区)委、政府,市直各部门按职责分工负责)") == [
        ("responsible", "各县(市、区)委、政府"), ("responsible", "市直各部门")]
    assert _rows(f"{_LEAD}(責任單位:各縣市區委、人民政府)") == [("responsible", "各縣市區委、人民政府")]
    assert _rows(f"{_LEAD}(责任单位:县委组织部、县人民政府)") == [
        ("responsible", "县委组织部"), ("responsible", "县人民政府")]


# A new zone and a management zone are bodies, as a development zone is: 南湖新区, 屈原管理区 (岳阳 2017, above), 荒湖管理区
# (监利 2022, dev hb-jianli-rwfj2022), 南太湖新区 (湖州 2023, dev zj-huzhou-zrfj2023), in lists with a verb too.
def test_new_and_management_zones():
    assert _rows(f"{_LEAD}(南湖新区、屈原管理区、市财政局按职责分工负责)") == [
        ("responsible", "南湖新区"), ("responsible", "屈原管理区"), ("responsible", "市财政局")]
    assert _rows(f"{_LEAD}(市发改局牵头,南太湖新区、荒湖管理区配合)") == [
        ("lead", "市发改局"), ("cooperating", "南太湖新区"), ("cooperating", "荒湖管理区")]


# The round trip of every real name in every shape and script (tests/extract/unit_names.py): no shape falls below
# what this round measured (main before the round: see the README of tests/fixtures/real/unit_names). Raised by round 49
# (assign49: the stationed collectives, 县府直属和省、市驻埔各单位 and 中央、省驻岳单位, and a broadcaster's ending).
ROUND_TRIP_GATES = {"牵头单位:A;责任单位:B、C (full width)": 1.0, "(责任单位:A、B、C)": 1.0,
                    "(A牵头,B、C配合) (full width)": 0.98, "(A、B、C按职责分工负责)": 0.98, "。责任单位:A、B、C": 1.0,
                    "〔牵头单位:A;配合单位:B、C〕": 1.0, "table cells": 0.970, "all": 0.99}


def test_round_trip_of_real_names():
    measured = fractions(list(trials()))
    assert set(ROUND_TRIP_GATES) == {*SHAPES, "all"}
    low = {k: round(v, 4) for k, v in measured.items() if v < ROUND_TRIP_GATES[k]}
    assert not low, low


def test_round47_rules_stay_linear():
    from kechuang.extract import extract_text

    def tail(n: int) -> str:
        return _LEAD + "责任单位:" + "、".join(["市民政局(市社会组织管理局)"] * n)

    assert_linear(lambda text: extract_text(text), tail, n=60)
    # brackets that never close, and a bracket after every name
    assert_linear(lambda text: extract_text(text), lambda n: _LEAD + "责任单位:" + "市局(" * (40 * n), n=1)
