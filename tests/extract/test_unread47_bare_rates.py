"""unread47: a rate or a share whose value is printed with no ``%`` (issue 10, ``unread, prose``).

``scripts/miss_stages.py`` lost these gold targets at ``no candidate: digits, unit —``: a rate (率) or a share (比例,
比重), a verb of level, then a bare number closing its clause. The corpus keeps the value as printed, unit null (the
README's conventions: a value's unit is the one the page prints); the reader of unitless indices (指数达到160,
``unitless_heads``) read the same shape for indices only. From dev pages of two places:

  工业用水重复利用率保持在95以上。        (nx-pingluo-gyzx2022, 宁夏 平罗 2022 工业转型升级三年方案)
  地表水質量劣于V類水體比例為0,          (sc-luzhou-sthj145, 四川 泸州 “十四五”生态环境保护规划)

为 is a verb of level for these heads only (a share 为0 is the plan's own level, as 比例为0); the number has at most
three digits before its point (a share), and its clause ends after it (or after 以上/以下/以内/左右) — a number a
unit, a colon or a slash follows (3.85/10万, 3.3:96.7) is none of these.

What stays unread: a rate reported in a review (全区户籍孕产妇死亡率为0 in a work report: the paragraph's own report
gates hold it, as for every value), a rate with its % (read as before)."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

PINGLUO = ("预计到2025年,平罗县制造业占工业增加值比重达55%以上,轻重工业比由3.3:96.7增加到5:95;培育产值过100亿级企业5个以上,"
           "培育产值过 100亿级产业集群6个以上。绿色发展水平明显提升,一般工业固体废弃物综合利用率稳定在65%以上,"
           "工业用水重复利用率保持在95以上。")
LUZHOU = ("《規劃》明確指出:到2025年,我市單位地區生產總值能源消耗降低累計14.5%,城市空氣質量優良天數比例完成省下達任務,"
          "城市細顆粒物(PM2.5)平均濃度完成省下達任務,國省考斷面地表水質量達到或優于Ⅲ類水體比例100%,地表水質量劣于V類水體比例為0,"
          "縣城及以上集中式飲用水水源地水質達標率100%,鄉鎮集中式飲用水水源地水質達標率逐年提升,全市森林覆蓋率達到51%及以上,"
          "公眾對生態文明建設的滿意度達到80%及以上。")

DEV = [("nx-pingluo-gyzx2022", PINGLUO), ("sc-luzhou-sthj145", LUZHOU)]


def test_dev_sentences_are_quoted_exactly():
    for name, text in DEV:
        assert quoted(name, text), (name, text)


def test_a_rate_held_at_a_bare_number_is_read_with_no_unit():
    rows = _rows(PINGLUO, 2022)
    hit = [r for r in rows if r[2] == 95]
    assert hit and hit[0][3] is None and "重复利用率" in hit[0][0], rows
    assert any(r[2] == 65 and r[3] == "%" for r in rows), rows  # the rate with its % still reads


def test_a_share_that_is_zero_is_read_with_no_unit():
    rows = _rows(LUZHOU, 2022)
    hit = [r for r in rows if r[2] == 0 and r[3] is None]
    assert hit and "比例" in hit[0][0], rows
    assert any(r[2] == 100 and r[3] == "%" for r in rows), rows


def test_a_number_a_unit_or_a_ratio_follows_is_none():
    # (the colon in both widths: the clause is cut at it, and the bare number before it is one side of a ratio)
    assert not [r for r in _rows("到2025年,轻重工业比例为5：95。", 2022) if r[3] is None]
    assert not [r for r in _rows("到2025年,全人口孕产妇死亡率控制在3.85/10万。", 2022) if r[3] is None]
    assert not [r for r in _rows("到2025年,轻重工业比例达到5:95。", 2022) if r[3] is None]
    assert not [r for r in _rows("到2025年,森林覆盖率达到2025年的水平。", 2022) if r[3] is None]
    # review47's probes: a year, a class number, a count of items is no bare rate (the number must close its clause)
    for text in ("到2025年,城镇化率达到2025。", "到2025年,水质优良比例达到3类。", "到2025年,考核合格率达到3项以上。",
                 "到2025年,水质达标率保持在Ⅲ类。"):
        assert not [r for r in _rows(text, 2022) if r[3] is None], text


def test_a_bare_rate_after_an_item_is_named_alone():
    # review47 F1: the name of a unitless value was the WINDOW of the clause before its verb, so an item closed by 、
    # before it was taken into the name (…综合利用率稳定在65%以上、工业用水重复利用率 for 95); the name starts after
    # the last item that holds a value (PINGLUO, dev, with its comma printed as 、; an index as before, a share of LUZHOU)
    variants = [(PINGLUO.replace("65%以上,", "65%以上、"), 95, "工业用水重复利用率"),
                ("到2025年,区域科技创新指数达到160以上、地表水質量劣于V類水體比例為0。", 0, "地表水質量劣于V類水體比例"),
                ("到2025年,创新指数达到160以上、基尼系数达到0.3。", 0.3, "基尼系数"),
                ("到2025年,PM2.5、PM10达标率为95。", 95, "PM2.5、PM10达标率"),  # a number inside a name: no item
                ("到2025年,5G基站、千兆光网覆盖率达到95。", 95, "5G基站、千兆光网覆盖率")]  # nor one opening it
    for text, value, name in variants:
        rows = _rows(text, 2022)
        assert [r[0] for r in rows if r[2] == value and r[3] is None] == [name], rows
