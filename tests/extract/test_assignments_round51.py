"""Round-51 assignment rules (assign51): a collective of places that 、 joins stays one unit when it opens with 相关 or
有关 instead of 各, and a bare collective of places (各市〔州〕) before a named zone's department (贵安新区数据管理部门)
shares that department noun: the places' departments and the zone's are one collective (unit_lists)."""

from __future__ import annotations

from kechuang.extract.unit_lists import split_units
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear

_LEAD = "(一)加强统筹协调。建立工作台账,定期调度推进。"


# 黑龙江 促进经济稳增长 若干措施 on the wiki mirror (dev; tests/fixtures/real/passages/hl-heilongjiang-wzzcs.json,
# https://newton.com.tw/wiki/%E9%BB%91%E9%BE%8D%E6%B1%9F%E7%9C%81%E4%BF%83%E9%80%B2%E7%B6%93%E6%BF%9F%E7%A9%A9%E5%A2%9E
# %E9%95%B7%E7%9A%84%E8%8B%A5%E5%B9%B2%E6%8E%AA%E6%96%BD), two items: 相關市、縣政府 is one collective, as 各县、市、区政府
# (滁州 2020) is; it was cut into 相關市 and 縣政府.
def test_related_collective_in_traditional_print():
    text = ("1.抓住國家加快鐵路建設機遇,今明兩年投資530億元。實施哈爾濱既有站改造工程。"
            "(省發改委、鐵路辦、哈爾濱鐵路局、相關市、縣政府負責)")
    assert _rows(text) == [("responsible", "省發改委"), ("responsible", "鐵路辦"), ("responsible", "哈爾濱鐵路局"),
                           ("responsible", "相關市、縣政府")]
    text = ("2.加快公路建設。建設農村公路約6000公里。(省發改委、交通運輸廳、相關市、縣政府負責)")
    assert _rows(text) == [("responsible", "省發改委"), ("responsible", "交通運輸廳"),
                           ("responsible", "相關市、縣政府")]


# The same collective in simplified print, opened by 有关 (the determiner the collective prefixes name with 相关).
def test_related_collective_in_simplified_print():
    assert _rows(f"{_LEAD}(省发改委、铁路办、相关市、县政府负责)")[-1] == ("responsible", "相关市、县政府")
    assert _rows(f"{_LEAD}(省发改委、有关市、县人民政府负责)")[-1] == ("responsible", "有关市、县人民政府")


# 数智贵州建设 2026年工作要点 (dev; round 49's unit_names, lists49.yaml,
# https://www.mingjiangtw.com/xinwenzhongxin/20260215/195.html): 各市〔州〕、贵安新区数据管理部门 names the data departments
# of the prefectures and of 贵安新区, one collective; it was cut at its 、 into a bare 各市〔州〕 and the zone's department.
def test_bare_collective_shares_the_zone_department():
    text = f"{_LEAD}(责任单位:省大数据局,各市〔州〕、贵安新区数据管理部门)"
    assert _rows(text) == [("responsible", "省大数据局"), ("responsible", "各市〔州〕、贵安新区数据管理部门")]
    text = f"{_LEAD}(牵头单位:省大数据局;责任单位:省工业和信息化厅,各市(州)、贵安新区数据管理部门)"
    assert _rows(text) == [("lead", "省大数据局"), ("responsible", "省工业和信息化厅"),
                           ("responsible", "各市(州)、贵安新区数据管理部门")]


# What stays apart: a collective that names its own body before the zone's body (贵州 2017 城镇化, dev,
# tests/fixtures/real/passages/gz-guizhou-czh2017.json: 各市〔州〕人民政府、贵安新区管委会), a bare collective before a zone's
# own body (管委会 is the zone's, not a department the places share) and the plan's own zone after 各镇街 (seed 001).
def test_collectives_that_stay_apart():
    text = f"{_LEAD}(牵头单位:省公安厅;责任单位:省人力资源社会保障厅、省教育厅,各市〔州〕人民政府、贵安新区管委会)"
    assert _rows(text)[-2:] == [("responsible", "各市〔州〕人民政府"), ("responsible", "贵安新区管委会")]
    assert _rows(f"{_LEAD}(责任单位:各市(州)、贵安新区管委会)") == [("responsible", "各市(州)"),
                                                                 ("responsible", "贵安新区管委会")]
    assert _rows(f"{_LEAD}(责任单位:各镇街、开发区)") == [("responsible", "各镇街"), ("responsible", "开发区")]
    # a collective of kinds joined by 、 as before (芜湖 2019, 滁州 2020)
    assert _rows(f"{_LEAD}(责任单位:市发改委,各县区政府、开发区管委会)")[-1] == ("responsible", "各县区政府、开发区管委会")
    assert _rows(f"{_LEAD}(责任单位:市发改委,各县、市、区政府)")[-1] == ("responsible", "各县、市、区政府")


def test_collective_reading_stays_linear():
    assert_linear(lambda text: split_units(text, 0),
                  lambda n: "各市〔州〕、贵安新区数据管理部门," * n + "相关市、县政府、各县(市、区)、开发区管委会")
