"""Review 29's mends (rev29, session 28), each test failing on main 0da3c984 before its fix."""

from __future__ import annotations

from kechuang.extract.targets.goal_names import named_goal


def _at(text: str, cue: str) -> bool:
    return named_goal(text, text.index(cue), cue)


# F1: 完成 or 实现 after a word of a goal to come (确保, 努力, 为) states a goal of the page's own, no goal reached.
# The goals' heading of 安徽's 重点工作 分解 (http://www.chuzhou.gov.cn/public/152523227/567017766.html, 2020; the same
# heading on http://junpark.com.cn/article_detail/1450 and https://fishermanscry.com/p6608561/9612995.html, 2021),
# 立山 2023 (http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html), 漳州 2022
# (http://www.kangjiegd.com/news/fj/mn/zz/202201/06/2043092.shtml), 包头 2011
# (http://fsou.com/html/text/lar/173664/17366417.html): all dev.
def test_a_goal_to_come_is_no_goal_reached():
    heading = "一、确保完成全年主要预期目标"
    assert not _at(heading, "目标") and not _at(heading, "预期")
    assert not _at("做好今年政府工作,努力实现全年经济社会发展的目标任务,现就全区2023年重点工作", "目标")
    assert not _at("为实现上述目标,漳州将重点抓好以下七个方面工作", "目标")
    assert not _at("坚决淘汰落后产能,确保完成工业节能目标", "目标")


def test_a_goal_reached_still_is_one():
    # round 65's shapes stay goals reached (test_target_round65.py holds their pages)
    assert _at("经济总量首次突破140万亿元大关,圆满完成预期目标", "目标")
    assert _at("实现重点企业“应有尽有”的目标", "目标")
    assert _at("完成年度计划的114%", "计划")
