"""yr65 (sibling_items.py): a year stated inside one item of a list (a labelled paragraph `X:…`, a bullet `·…`) dates
that item, not the sibling item after it; a lead that is no item (到2025年,主要目标是:) still dates the items it heads.
Real dev sentences, each with its source address (MISSES-fresh64 row 2)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

LANZHOU = "https://zhenguoke.com/read/-dy-article-JPP1KI2M05529FEW.html"  # 兰州 国土空间 2021-2035 (dev)
LANZHOU_TEXT = (
    "统筹划定三条控制线\n\n"
    "耕地和永久基本农田保护红线:到 2035 年,耕地保有量不低于 2542.47 平方千米(381.37 万亩),永久基本农田保护面积不低于"
    " 1982.2 平方千米(297.33 万亩)。\n\n"
    "生态保护红线:划定生态保护红线面积 1226.85 平方千米,主要分布在永登县西北部、榆中县南部、中心城区南部和北部的自然保护地,"
    "以及永登县、榆中县的水土流失极脆弱区。\n\n"
    "城镇开发边界:划定城镇开发边界面积 732.66 平方千米,重点保障兰州新区等外围城市组团在产业发展、省市级公共服务功能的空间需求,"
    "扭转人口向中心城区单向流动的趋势,优化城镇发展格局。")
NINGXIA = "http://8mav1163.com/2020-03/04/content_75773287.html"  # 宁夏 2020 制造业高质量发展 (dev)
HUBEI = "https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm"  # 湖北 2025 政府工作报告摘要 (dev)
NINGXIA_TEXT = "·到2022年每年新增上規企業100家左右\n\n    ·數字經濟總規模占地區生產總值的比重達到30%左右"


def _read(text, year, title=None):
    return {t.value: t for t in extract_text(text, plan_year=year, title=title).targets}


def test_sources_are_dev():
    assert split_of(LANZHOU) == split_of(NINGXIA) == split_of(HUBEI) == "dev"


def test_a_labelled_item_keeps_its_year_to_itself():
    got = _read(LANZHOU_TEXT, 2021)
    assert got[2542.47].year == got[1982.2].year == 2035  # the item's own 到 2035 年
    assert got[1226.85].year is None and got[732.66].year is None  # the sibling items state none


def test_a_bullet_keeps_its_year_to_itself():
    got = _read(NINGXIA_TEXT, 2020, "關于推動制造業高質量發展的實施方案")
    assert got[100].year == 2022
    assert got[30].year is None


def test_a_lead_still_dates_its_items():
    # a lead that is no item passes its year on (the spec's colon lead; news prints' unheaded goals leads)
    text = "到2025年,主要目标是:\n\n·數字經濟總規模占地區生產總值的比重達到30%左右\n\n·每年新增上規企業100家左右"
    got = _read(text, 2020)
    assert got[30].year == 2025
    text = "到 2035 年,全市国土空间开发保护格局全面优化。\n\n生态保护红线:划定生态保护红线面积 1226.85 平方千米。"
    assert _read(text, 2021)[1226.85].year == 2035


def test_a_caption_with_a_bullet_still_dates_its_list():
    # `■ 2024年成绩单` (HUBEI) is a caption: its bullet items below are the year's results
    assert _read("■ 2024年成绩单\n\n●粮食总产达到557亿斤\n\n●城乡居民收入稳步增长", 2025,
                 "政府工作报告摘要与导读") == {}

