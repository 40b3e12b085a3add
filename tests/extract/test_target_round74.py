"""Round-74 target rules (targ74): names of elliptical clauses and goal words left in names (docs/fresh-misses.md,
rows E1 and E3). Every text is real text of a dev page, its address cited; the expected targets are read by hand per
the spec (spec/plan-format.md: the indicator is the measured thing as written; `growth` for a growth rate)."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# 宝应县氾水镇 2025 (http://www.baoying.gov.cn/html/1317/2025-04-02/content-24451.html, dev)
_FANSHUI = ("今年,氾水镇将以更大力度稳定实体经济,确保全年实现地区生产总值增长6.5%;一般公共预算收入1.5亿元、增长6.4%;"
            "工业开票销售突破100亿元、增长14.2%;新增20亿元企业1家、规上工业企业15家。")
# 太仓 2024 农业经济 (http://www.jpedc.org.cn/html/xingyezixun318/42267.html, dev)
_TAICANG = "鼓励海洋捕捞渔船安全作业生产,争取一季度海洋捕捞产量达226吨、增幅达3%。"
# 山东 深化改革创新促进数字经济高质量发展的若干措施 (https://95yunying.com/664.html, dev), as the mirror prints it
_SHANDONG = ("推動數字經濟做強做優做大,力争經過5年努力,全省數字經濟增加值增長(cháng)55%以上、達到5.5萬億元,"
             "數字經濟核心産(chǎn)業增加值占GDP比重實現翻番。")


def _named(rows: list[tuple], value) -> list[tuple]:
    return [r for r in rows if r[2] == value]


def test_a_growth_after_a_level_in_its_clause_measures_the_levels_thing():
    rows = _rows(_FANSHUI, 2025)
    assert _named(rows, 6.4) == [("一般公共预算收入", "growth", 6.4, "%", 2025)]
    assert _named(rows, 14.2) == [("工业开票销售", "growth", 14.2, "%", 2025)]
    # the targets around them stay as they were read
    assert _named(rows, 6.5) == [("地区生产总值", "growth", 6.5, "%", 2025)]
    assert _named(rows, 1.5) == [("一般公共预算收入", "level", 1.5, "亿元", 2025)]
    assert _named(rows, 100) == [("工业开票销售", "level", 100, "亿元", 2025)]
    assert [r[0] for r in _named(_rows(_TAICANG, 2024), 3)] == ["一季度海洋捕捞产量"]


def test_a_level_after_a_growth_in_its_clause_measures_the_growths_thing():
    rows = _rows(_SHANDONG, 2022)  # 经过5年努力 from 2022: 2026 (the spec's durations)
    assert _named(rows, 5.5) == [("全省數字經濟增加值", "level", 5.5, "萬億元", 2026)]
    assert _named(rows, 55) == [("全省數字經濟增加值", "growth", 55, "%", 2026)]


def test_a_stretch_goal_of_the_same_unit_stays_the_stretch_rules():
    # 西藏 2025 政府工作报告 (http://customartwest.com/2025zt/2025xzlh/content_6427421.html, dev): 力爭達到8% after a
    # growth of 7% stretches it (count_parts.stretched), no level of the growth's thing
    text = "經濟社會發展主要預期目標是:地區生產總值增長7%以上、力爭達到8%,全社會固定資產投資增長15%以上、力爭達到20%。"
    assert [r[:4] for r in _rows(text, 2025)] == [
        ("地區生產總值", "growth", 7, "%"), ("地區生產總值", "growth", 8, "%"),
        ("全社會固定資產投資", "growth", 15, "%"), ("全社會固定資產投資", "growth", 20, "%")]


# 香港01 2026: 31省 GDP 增长目标 (https://www.hk01.com/即時中國/60326626/, dev): a growth goal and the change made to it
_HK01 = ("例如海南，2025年GDP增速為4%，2026年增長目標大幅上調為6%左右。遼寧、江蘇則明確下調了增長目標。"
         "遼寧2025年GDP增速4.8%，2026年增速目標下調為4.5%；")


def test_a_growth_goal_moved_is_a_growth_named_by_the_goal():
    rows = _rows(_HK01, 2026)
    assert _named(rows, 6) == [("增長目標", "growth", 6, "%", 2026)]
    assert _named(rows, 4.5) == [("增速目標", "growth", 4.5, "%", 2026)]


def test_a_growth_goal_with_no_change_keeps_round_59s_name():
    # 陕西 2024 政府工作报告 news (https://yunxiqiu.com/2024/0126/631824.shtml, dev; tests/extract/test_target_round59.py)
    assert _rows("陕西2024年GDP增长目标5.5%左右,城镇新增就业40万人以上。", 2024)[0][:4] == \
        ("陕西2024年GDP", "growth", 5.5, "%")


# 山东 数字经济 措施 (https://95yunying.com/664.html, dev): the total after a count of new ones, as the mirror prints it
_SHANDONG_5G = "統籌5G網絡建設布局,新(xīn)開通5G基站15萬個以上,總數達到30萬個以上。"


def test_a_total_after_a_count_of_new_ones_names_the_things_total():
    assert [r[:4] for r in _rows(_SHANDONG_5G, 2022)] == [
        ("新(xīn)開通5G基站", "level", 15, "萬個"), ("5G基站總數", "level", 30, "萬個")]


def test_a_total_of_other_words_keeps_the_counts_name():
    # 上海 白玉兰 2024 (总计, not 总数: the gold keeps the count's name), dev:
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=23cc5d7a-cd50-4024-ad3d-8d0f72a09b63&siteId=0039
    rows = _rows("新增白玉兰栽植及观赏点位30个，总计达60个；特色道路10条，总计达20条。", 2024)
    assert [r[0] for r in rows] == ["白玉兰栽植及观赏点位"] * 2 + ["特色道路"] * 2
    # 徐汇 2017 垃圾分类 (累计: the count's name stays), dev:
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160&siteId=0073
    rows = _rows("2017年本区绿色账户要新增覆盖14.3万户，累计达到30.3万户，实现垃圾分类居住区绿色账户的全覆盖。", 2017)
    assert [r[:3] for r in rows] == [("本区绿色账户要新增覆盖", "level", 14.3), ("本区绿色账户要新增覆盖", "level", 30.3)]


# 宁夏 2020 推动制造业高质量发展的实施方案, news in traditional characters (http://8mav1163.com/2020-03/04/
# content_75773287.html, dev): a share given the subject of the clause before is printed in the page's own script
_NINGXIA = ("到2020年,規模以上工業戰略性新興產業增加值增速保持20%以上,占規模以上工業比重提高5個百分點。"
            "制造業投資年均增速保持10%以上,其中技術改造投資年均增速保持在15%以上,占工業投資比重達到65%以上。")


def test_a_share_given_the_subject_before_is_printed_as_the_page_prints_it():
    rows = _rows(_NINGXIA, 2020)
    assert _named(rows, 5) == [("規模以上工業戰略性新興產業增加值占規模以上工業比重", "increase", 5, "個百分點", 2020)]
    # the subject is the clause's thing without its growth word: 年均增速 is one word since num66 (session 37), so 年均
    # no longer stays behind in it (技術改造投資年均占… before)
    assert _named(rows, 65) == [("技術改造投資占工業投資比重", "level", 65, "%", 2020)]
    # the same sentence in simplified characters reads the same names in them
    assert _named(_rows("技术改造投资年均增速保持在15%以上,占工业投资比重达到65%以上。", 2020), 65)[0][0] == \
        "技术改造投资占工业投资比重"
