"""Report helpers: CJK display widths and the Chinese wording of targets."""

from __future__ import annotations

from kechuang.extract.model import Target
from kechuang.reports.widths import display_width, pad
from kechuang.reports.xlsx import target_text


def test_cjk_characters_take_two_columns():
    assert display_width("科技局ab") == 8
    assert pad("科技局", 8) == "科技局  "
    assert display_width(pad("灵寿县县域科技创新跃升计划工作方案", 12)) == 12


def _t(**kw) -> Target:
    base = dict(indicator="高新技术企业", kind="level", value=30, unit="家", year=2022, recurring=False,
                quote="", path="一", start=0, end=0)
    return Target(**{**base, **kw})


def test_target_wording():
    assert target_text(_t()) == "2022年 高新技术企业:30家"
    assert target_text(_t(kind="multiple", value=2, unit="倍", base_year=2013)) == "2022年 高新技术企业:翻一番(以2013年为基数)"
    assert target_text(_t(kind="growth", value=15, unit="%", year=None, recurring=True)) == "每年 高新技术企业:年增长15%"
    assert target_text(_t(kind="category", value="B", unit=None, comparator=None)) == "2022年 高新技术企业:B类"


def test_wording_of_ranks_increases_and_ranges():
    assert target_text(_t(kind="rank", value=10, unit="名", comparator=None)) == "2022年 高新技术企业:进入前10名"
    assert target_text(_t(kind="increase", value=2, unit="个百分点")) == "2022年 高新技术企业:提高2个百分点"
    assert target_text(_t(value=1, value_max=2, unit="所")) == "2022年 高新技术企业:1~2所"
    assert target_text(_t(kind="growth", value=-5, unit="%", year=2022)) == "2022年 高新技术企业:年下降5%"
