"""Round-24 target rules (shtargets): indicator tables of Shanghai district plans printed one cell a line, from the
twenty-second batch (whole plans of the Shanghai-Gov-Docs-Index repository, all dev by their official address); the
expected values are read from the tables by hand, per spec/plan-format.md and tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A period's column named with its role — in one cell (“十四五”现状 | “十五五”目标) or wrapped over two lines (“十四五” /
# 完成值, “十五五” / 目标值): the finished period's column is history, the coming period's values are targets of its end
# year; a 属性 cell (约束性/预期性) before the unit or the values is skipped. 闵行 2026 城市更新“十五五”规划
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=9ce0e2a0-ff5a-41c8-9e91-341424340c4c&siteId=0079); 普陀 2026
# 绿化建设和市容景观提升“十五五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075).
MINHANG = ("主要指标表\n类别\n序号\n一级指标\n二级指标\n单位\n属性\n“十四五”\n完成值\n“十五五”\n目标值\n"
           "建设全龄友好宜居城区\n1\n既有居住建筑改造\n旧住房成套改造任务\n万平方米\n预期性\n25\n1.4\n"
           "2\n推进老旧小区整治改造\n老旧小区整治改造面积\n万平方米\n预期性\n240\n300\n"
           "构筑安全韧性生态城区\n9\n加强城市基础设施建设改造\n燃气老化管道改造数量\n公里\n约束性\n355\n421\n"
           "10\n人均应急避难面积\n平方米\n约束性\n＞1.5\n＞1.7")
PUTUO_GREEN = ("表2 “十五五”绿化建设和市容景观提升主要指标表\n板块\n序号\n指标名称\n属性\n单位\n“十四五”现状\n“十五五”目标\n"
               "绿化\n1\n新建绿地\n约束性\n万平方米\n90.87\n35\n其中 公园绿地\n58.46\n17.5\n"
               "2\n绿化覆盖率\n约束性\n%\n31.46\n31.5\n3\n人均公园绿地面积\n约束性\n平方米\n6.07\n6.2")


def test_a_period_column_named_with_its_role_dates_its_values():
    assert _rows(MINHANG, 2026) == [
        ("旧住房成套改造任务", "level", 1.4, "万平方米", 2030), ("老旧小区整治改造面积", "level", 300, "万平方米", 2030),
        ("燃气老化管道改造数量", "level", 421, "公里", 2030), ("人均应急避难面积", "level", 1.7, "平方米", 2030)]
    # 其中 公园绿地: a part of the row above, in its unit
    assert [r[1:] for r in _rows(PUTUO_GREEN, 2026)] == [
        ("level", 35, "万平方米", 2030), ("level", 17.5, "万平方米", 2030), ("level", 31.5, "%", 2030),
        ("level", 6.2, "平方米", 2030)]
    # the finished period alone is history: no target
    assert _rows("序号\n指标名称\n单位\n“十四五”完成值\n1\n新建绿地\n万平方米\n90.87", 2026) == []


# A header in two levels (the roles 现状 | 近期规划 under 指标值, then their years (2025年) | (2030年)): each year takes its
# role; 指标类别 and 类型 name columns, and a row's 约束性 after its unit is no value. 普陀 2026 国土空间近期规划
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205517&siteId=0075), with the 十五五 tables above.
PUTUO_LAND = ("专栏1 普陀区国土空间近期规划核心指标表\n指标类别\n序号\n指标项\n单位\n类型\n指标值\n现状\n近期规划\n"
              "（2025年）\n（2030年）\n发展规模\n1\n建设用地总规模\n平方千米\n约束性\n53.75\n53.74\n"
              "城市经济\n23\n全社会研发经费支出相当于地区生产总值比例\n%\n预期性\n3.7\n4.1左右\n"
              "24\n新增区级及以上科技研发平台数\n个\n预期性\n/\n18")


def test_a_header_in_two_levels_gives_each_year_its_role():
    assert [r[1:] for r in _rows(PUTUO_LAND, 2026)] == [
        ("level", 53.74, "平方千米", 2030), ("level", 4.1, "%", 2030), ("level", 18, "个", 2030)]


# A row measured in words (— | 基本消除 | 约束性; 20.26 | 动态调整): no target, and the table reads on. 黄浦 2021 历史风貌
# 保护和利用“十四五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=dbf2cdd5-821e-4231-a93e-b66be159a285&
# siteId=0071); 普陀 2026 国土空间近期规划 (above).
HUANGPU = ("“十四五”时期黄浦区历史风貌保护和利用规划指标\n序号\n类型\n指标名称\n指标单位\n2025年目标值\n属性\n"
           "5\n民生改善\n消除老旧小区手拎马桶\n—\n基本消除\n约束性\n6\n老旧住房综合修缮改造累计面积\n万平方米\n100\n约束性\n"
           "7\n老旧住宅综合修缮改造受益户数\n万户\n>2\n约束性")


def test_a_row_measured_in_words_is_no_target_and_the_table_reads_on():
    assert _rows(HUANGPU, 2021) == [("老旧住房综合修缮改造累计面积", "level", 100, "万平方米", 2025),
                                    ("老旧住宅综合修缮改造受益户数", "level", 2, "万户", 2025)]
    words = PUTUO_LAND.replace("城市经济\n23", "5\n住宅用地面积\n平方千米\n预期性\n20.26\n动态调整\n23")
    assert [r[2] for r in _rows(words, 2026)] == [53.74, 4.1, 18]


# Planning tables by place, one cell a line (module place_tables): each town's planned cells — the period's task (its
# end year), each year's task, each dated milestone of a one-year table (its year) — are targets in the caption's unit;
# the stock columns before them are history, and the header's milestone cells (3月底前完成20%) are no targets. 奉贤
# 2024–2026 违法用地综合整治三年行动 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b
# 8369e9019cd&siteId=0084); 嘉定 2026 违法用地综合整治实施方案 (https://www.shanghai.gov.cn/zhengce/detail?businessId=
# 5_196146&siteId=0080).
FENGXIAN = ("附件1\n奉贤区违法用地综合整治三年行动（2024-2026）任务量分解表\n面积单位：亩\n街镇\n产业类\n存量违法用地\n"
            "整治重点类型\n重点开发区域\n2024-2026年任务量\n图斑面积\n分年度任务量图斑面积\nC类\nD类\n开发边界外不符合规划\n"
            "二调后\n三调前\n大吴泾\n奉贤\n新城\n土地整备引导区\n生态\n网络面\n战略\n预留区\n2024年\n30%\n2025年\n40%\n2026年\n30%\n"
            "图斑\n面积\n个数\n" + "图斑\n面积\n" * 9 +
            "金海街道\n19.09\n8\n0.84\n0.00\n4.21\n6.00\n0.00\n19.09\n0.00\n0.00\n0.00\n19\n10\n9\n0")
JIADING = ("嘉定区2026年度违法用地综合整治各街镇（管委会）整治任务表\n制表日期：2026.1          单位：亩\n序号\n街镇\n"
           "2026年\n任务量\n2026年度任务量约1625亩\n1-2月前\n3月底前完成20%\n6月底前完成60%\n9月底前完成80%\n"
           "11月中旬完成100%\n其中CD类整治任务量\n1\n马陆镇\n122.52\n完成制定方案、\n计划和动员部署等。\n24.50\n73.51\n98.02\n"
           "122.52\n136.94\n9\n真新街道\n3.41\n0.68\n2.05\n2.73\n3.41\n0")


def test_a_planning_table_by_place_gives_one_target_per_planned_cell():
    # a zero task commits to nothing (fifth batch)
    assert _rows(FENGXIAN, 2024) == [("金海街道2024-2026年任务量", "level", 19, "亩", 2026),
                                     ("金海街道2024年任务量", "level", 10, "亩", 2024),
                                     ("金海街道2025年任务量", "level", 9, "亩", 2025)]
    rows = _rows(JIADING, 2026)
    assert [r[0] for r in rows[:6]] == ["马陆镇2026年任务量", "马陆镇3月底前完成任务量", "马陆镇6月底前完成任务量",
                                        "马陆镇9月底前完成任务量", "马陆镇11月中旬完成任务量", "马陆镇CD类整治任务量"]
    assert [r[2] for r in rows] == [122.52, 24.5, 73.51, 98.02, 122.52, 136.94, 3.41, 0.68, 2.05, 2.73, 3.41]
    assert {(r[1], r[3], r[4]) for r in rows} == {("level", "亩", 2026)}
    # no caption naming a task table, or no unit: not read as one
    assert _rows(JIADING.replace("整治任务表", "整治情况"), 2026)[:1] != rows[:1]


# Second part (after the rules above, from the batch's second part): a unit per unit (元/平方米, 长宁 2026; 千米/平方千米,
# 普陀 2026 国土空间近期规划) is the row's unit; a value cell in words that ends its row — before the next row's number,
# wrapped over two lines (与全市经济增速 / 保持同步) — is no target and shifts nothing (长宁 2026 十五五规划纲要,
# https://www.shanghai.gov.cn/zhengce/detail?businessId=007480816&siteId=0074; 黄浦 2021 and 普陀 2026 above).
CHANGNING = ("长宁区“十五五”经济社会发展主要指标\n序号\n指标名称\n单位\n属性\n“十五五”目标\n"
             "1\n地区生产总值年均增速\n%\n预期性\n与全市经济增速\n保持同步\n2\n区级一般公共预算收入年均增速\n%\n预期性\n"
             "与全市保持同步\n3\n全员劳动生产率\n万元/人\n预期性\n55左右\n8\n重点楼宇单位面积产税\n元/平方米\n预期性\n≥8500\n"
             "17\n单位生产总值二氧化碳排放降低\n%\n约束性\n完成市下达目标\n19\n地表水优良水体比例\n%\n约束性\n100")
PUTUO_ROAD = ("专栏1 普陀区国土空间近期规划核心指标表\n指标类别\n序号\n指标项\n单位\n类型\n指标值\n现状\n近期规划\n"
              "（2025年）\n（2030年）\n综合交通\n12\n道路网密度\n千米/平方千米\n约束性\n5.8\n6.2")


def test_a_unit_per_unit_and_a_cell_in_words_that_ends_its_row():
    assert _rows(CHANGNING, 2026) == [("全员劳动生产率", "level", 55, "万元/人", 2030),
                                      ("重点楼宇单位面积产税", "level", 8500, "元/平方米", 2030),
                                      ("地表水优良水体比例", "level", 100, "%", 2030)]
    assert _rows(PUTUO_ROAD, 2026) == [("道路网密度", "level", 6.2, "千米/平方千米", 2030)]
