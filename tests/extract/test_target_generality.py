"""Round-2 target rules, each from a family of real sentences of at least two documents (address above each).

The expected values are read from the sentences by hand, per spec/plan-format.md and the conventions of
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text

# hainan-policy.com/policies2.asp?id=161&m=4&type=2 (海南省打好科技创新翻身仗行动计划)
HAINAN = ("1.总体目标\n到2023年,主要科技创新指标实现“六个倍增、六个突破”。\n“六个倍增”——全社会研发(R&D)经费投入占"
          "地区生产总值(GDP)比重增加一倍,达到1.2%,实现研发经费年均增长34%;高新技术企业数量增加一倍,达到2000家。")
# z.askci.com/news/20220307/0919197555.shtml (江西省全面推进创新型省份建设行动方案)
JIANGXI = ("(二)工作目标。\n到2023年,迈入创新型省份行列并向更高水平迈进。\n自主创新能力大幅提升。全社会研究与开发(R&D)"
           "经费支出年均增长14%以上;基础研究经费占R&D经费比重提高至4.68%。")
# A year that only dates the plan is no end of a period (README): 2023年我省实施50项民生实事,具体安排如下
# (the first, dated paragraph is no goals section), so a 年均 commitment under it keeps year null.
DATED_ONLY = "2023年我县实施10项民生实事,具体安排如下:\n一、就业\n城镇居民人均可支配收入年均增幅不低于4.5%。"

# jiaxiang.gov.cn/art/2023/4/28/art_25761_2745236.html (嘉祥县2023年国民经济和社会发展计划)
JIAXIANG = ("做好2023年的经济社会发展工作,我们要坚持稳中求进工作总基调。"
            "主要预期目标为:地区生产总值增长6.5%左右,城乡居民人均可支配收入分别增长7%、10%左右。")
# www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html (2025年金乡县政府重要工作事项责任分工)
JINXIANG = "一、2025年主要预期目标\n6.城乡居民人均可支配收入分别增长6%、6.5%。(牵头单位:县发展和改革局)"

# kjj.cxz.gov.cn/info/1064/1763.htm (关于实施创新驱动发展战略加快创新型永仁建设的实施意见, 云南)
YONGREN = ("到2020年,建成5个以上现代高原特色农庄。并对14个重点工作目标及24项任务指标分解落实到7个乡镇和14个县级部门,"
           "充分发挥科技对经济社会发展的支撑引领作用。")
# ahjx.gov.cn/OpennessContent/show/2668526.html (泾县人民政府关于分解落实政府工作报告目标任务的通知, 安徽)
JINGXIAN = "现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。"
# xyexam.com/html/2509/2021-05-25/content-93597.html (盤錦市…任務分解和責任分工方案的通知, 辽宁; traditional)
PANJIN = "并就抓好《方案》確定的146項工作任務落實通知如下:"


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


def test_a_per_year_commitment_runs_to_the_year_its_goals_section_states():
    assert ("研发经费", "growth", 34, "%", 2023, True) in _rows(HAINAN, 2020)
    rows = _rows(JIANGXI, 2022)
    assert ("全社会研究与开发(R&D)经费支出", "growth", 14, "%", 2023, True) in rows
    assert ("基础研究经费占R&D经费比重", "level", 4.68, "%", 2023, False) in rows


def test_a_year_that_only_dates_the_plan_ends_no_period():
    rows = [r for r in _rows(DATED_ONLY, 2023) if r[5]]
    assert [(r[2], r[4]) for r in rows] == [(4.5, None)]


def test_one_indicator_respectively_grown_by_several_values_gives_one_target_each():
    rows = _rows(JIAXIANG, 2023)
    assert ("城乡居民人均可支配收入", "growth", 7, "%", 2023, False) in rows
    assert ("城乡居民人均可支配收入", "growth", 10, "%", 2023, False) in rows
    rows = _rows(JINXIANG, 2025)
    assert [r for r in rows if r[0] == "城乡居民人均可支配收入"] == [
        ("城乡居民人均可支配收入", "growth", 6, "%", 2025, False),
        ("城乡居民人均可支配收入", "growth", 6.5, "%", 2025, False)]


def test_counts_of_the_plans_own_tasks_and_of_the_units_they_go_to_are_no_targets():
    assert _rows(YONGREN, 2014) == [("现代高原特色农庄", "level", 5, "个", 2020, False)]
    assert _rows(JINGXIAN, 2023) == []
    assert _rows(PANJIN, 2021) == []


# www.dazu.gov.cn/zwgk_175/zfxxgkml01/zfgzbg/zxqk/202405/t20240529_13245952.html (大足区…目标任务, 重庆): one cell a line
DAZU = ("2023年度政府工作报告超额完成任务一览表\n\n序号\n\n目标任务\n\n具体任务\n\n牵头单位\n\n任务进度\n1\n\n狠抓工业投资,加速"
        "工业项目落地建设、投产达效、技改扩能,工业投资增长20%以上\n\n实现工业投资增长20%以上。\n\n区经济信息委、经开区经发局"
        "\n\n完成工业投资35.28亿元、同比增长29.7%,高于全市16.8个百分点(全市为12.9%)。")
# www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html (绍兴市政府2020年重点工作一季度进展情况表, 浙江)
SHAOXING = ("市政府2020年重点工作(预下达)一季度进展情况表\n\n序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n2\n\n持续推进重大"
            "项目攻坚,市县长项目落地率50%以上。\n\n1-2月,全市固定资产投资同比下降12.7%。4个结构性指标中,生态环保、城市更新"
            "和水利设施投资增长12.5%;市县长项目目前已安排36个项目,总投资882.1亿元。\n\n市发改委")
# www.linan.gov.cn/art/2022/11/3/art_1229299207_4099657.html (临安区2022年民生实事项目进展情况表, 浙江): cells between |
LINAN = ("2022年区政府民生实事项目进展情况表(截至9月底)\n序号 | 项目内容 | 进展情况 | 责任单位 |\n4 | 新建成保障性住房1700套。 | "
         "新建成保障性住房共2处合计1721套。 | 住建局 |\n完成公共租赁住房保障家庭800户。 | 完成公共租赁住房保障家庭872户。 | ||")


def test_the_reported_column_of_a_progress_table_is_history():
    assert [r[2:5] for r in _rows(DAZU, 2023)] == [(20, "%", 2023), (20, "%", 2023)]
    assert [r[0:3] for r in _rows(SHAOXING, 2020)] == [("市县长项目落地率", "level", 50)]
    assert [r[2:4] for r in _rows(LINAN, 2022)] == [(1700, "套"), (800, "户")]


# www.huichang.gov.cn/hcxxxgk/hc1373/202403/ac532136c88e40c999782114a0b6a02f.shtml (会昌县民生实事进展通报, 江西)
# www.zyx.gov.cn/Content-2463854.html (紫阳县常务会议确定事项落实情况的通报, 陕西)
ZIYANG = "2022年第八次县政府常务会议确定事项22件,截至9月14日,已办结6件,占比27%;正在办理16件,占比73%(详见附件)。"
HUICHANG = "截至1031日,65件民生实事已完成26件,完成率40%;已开工事项65件(含政策类),开工率达100%"
# sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html (巴中市2017年“十件民生实事”1—9月进度公示, 四川)
BAZHONG = ("截至9月底,已提前完成或超额完成年度目标任务的有3项,占目标任务的30%;正常推进的有4项,占目标任务的40%;推进缓慢"
           "的有3项,占目标任务的30%。")
# m.yybnet.net/meishan/news/202105/11444635.html (1—4月眉山市30件民生实事稳步推进, 四川)
MEISHAN = "截至4月底,已累计筹集拨付项目资金35.7亿元,其中上级补助资金15.52亿元、市本级资金0.56亿元。"


def test_a_sentence_dated_as_of_a_month_or_day_reports_progress():
    for text in (HUICHANG, ZIYANG, BAZHONG, MEISHAN):
        assert _rows(text, 2023) == [], text


# www.xhzhou.com/policy/detail?id=15952 (浙江省…科技创新投入…, traditional characters)
ZHEJIANG_TR = ("到2027年,全省科技創新投入達到9000億元以上,全社會研究與試驗發展經費支出超3600億元且占GDP比重3.4%以上,"
               "支撐區域創新能力保持全國前列。")
# gsbjzl.com/html/.zwgkzcfg.201703t20170324_414324.html (黄石市科技创新“十三五”规划, 湖北; a sentence of its 现状)
HUANGSHI = "高新技术企业总量104家,占规模以上工业企业数量的比重达到14.4%,在全省排名第三位。"


def test_a_share_without_its_subject_takes_the_subject_of_the_target_before_it():
    rows = _rows(ZHEJIANG_TR, 2025)
    assert ("全社會研究與試驗發展經費支出", "level", 3600, "億元", 2027, False) in rows
    assert ("全社會研究與試驗發展經費支出占GDP比重", "level", 3.4, "%", 2027, False) in rows
    # (without its closing standing: 在全省排名第三位 makes the sentence a report, tests/extract/test_target_round8.py)
    assert ("高新技术企业占规模以上工业企业数量的比重", "level", 14.4, "%", None, False) in _rows(
        HUANGSHI.replace(",在全省排名第三位", ""), 2017)
    assert _rows(HUANGSHI, 2017) == []
    # under a heading on the past the same sentence is history
    assert _rows("一、发展基础\n" + HUANGSHI, 2017) == []


# www.zjxc.gov.cn/art/2021/5/6/art_1229656389_59006338.html (2021年新昌县政府十方面民生实事进展情况登记表, 浙江)
XINCHANG = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n3.农村道路改造提升项目 | 投资5000万元,提升改造低等级公路40公里;"
            "投资4000万元,路面维修等养护工程60公里。 | 10月 | 交通运输局 |")


def test_no_indicator_runs_across_a_table_cell():
    rows = _rows(XINCHANG, 2021)
    assert all("|" not in r[0] for r in rows), rows
    # the funding before the work is no target since the audit of batch 8 (test_target_round10.py); the work is
    assert ("低等级公路", "level", 40, "公里") in [r[:4] for r in rows]


# www.gangu.gov.cn/info/1481/326551.htm (甘谷县2020年民生实事, 甘肃)
GANGU = "(13)积极引导1000名以上高校毕业生到基层、到企业就业。"
# soolun.net/periodical/9bf77123b3824dc72052401d6b6e1f5b.html (on the 8 ministries' notice of 2006 on graduates)
SOOLUN = "从今年开始连续5年,国家将每年招募2万名高校毕业生到乡镇从事支教、支农、支医和扶贫工作。"


def test_graduates_guided_or_recruited_to_the_grassroots_are_counted():
    assert [r[2:5] for r in _rows(GANGU, 2020)] == [(1000, "名", None)]
    # 连续5年 from the plan's year: the per-year commitment runs to 2010
    assert [r[2:] for r in _rows(SOOLUN, 2006)] == [(2, "万名", 2010, True)]


# www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html (绍兴, above) and www.xhzhou.com/policy/detail?id=15952 (浙江)
SHAOXING_EACH = "持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。"
ZHEJIANG_EACH = "力爭11個設區市研究與試驗發展經費支出占GDP比重均超全國平均水平,形成良好創新生態。"


def test_the_size_of_a_set_each_member_of_which_meets_a_goal_is_no_target():
    assert all(r[2:4] != (4, "个") for r in _rows(SHAOXING_EACH, 2020))
    assert ("市县长项目落地率", "level", 50, "%") in [r[:4] for r in _rows(SHAOXING_EACH, 2020)]
    assert _rows(ZHEJIANG_EACH, 2025) == []
