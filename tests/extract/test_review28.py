"""Review 28's mends (rev28, session 28), each test failing on main 385afbc2 before its fix."""

from __future__ import annotations

from kechuang.extract.metadata.named_areas import named_area
from kechuang.extract.pipeline import extract_text


def test_a_kind_of_area_to_foster_is_no_named_area():
    # 国家发展改革委关于培育发展现代化都市圈的指导意见 (发改规划〔2019〕328号), printed on
    # http://jumpstarthappiness.com/doc/60420.html (dev): reprinted without its issuer, the title opens with 关于 and a
    # verb of fostering, not a place; meta25's named areas read 培育发展现代化都市圈 as the region
    title = "关于培育发展现代化都市圈的指导意见"
    assert named_area(title) is None
    text = (f"{title}\n发改规划〔2019〕328号\n各省、自治区、直辖市人民政府,国务院有关部门,铁路总公司:\n"
            "为加快培育发展现代化都市圈,经国务院同意,现提出以下意见。\n")
    # addressed to 各省、自治区、直辖市: a central document, placed in 全国 as at 1297fcc5, before the named areas
    assert extract_text(text).document.region == "全国"


def test_named_areas_still_read():
    # the module's own pages (通州 2024, 遵义 2022, 厦门 2018, 临港 2022) and a place before 现代化都市圈
    assert named_area("北京城市副中心科技创新“三量齐升”行动计划") == "北京城市副中心"
    assert named_area("《遵义都市圈发展规划》主要目标分工方案") == "遵义都市圈"
    assert named_area("厦门经济特区社会信用条例") == "厦门经济特区"
    assert named_area("沈阳现代化都市圈发展规划") == "沈阳现代化都市圈"
