"""Round-3 target rules, each from real sentences of at least two documents (address above each); the expected
values are read from the sentences by hand, per spec/plan-format.md and tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


# Pages converted from PDF or Word keep a space around numbers: tongxin.gov.cn (同心县科技创新高质量发展工作方案, 宁夏:
# 达到 1.2 亿元, 达到9 家, 每年登记科技成果 5 个, 年均增长不低于 10%, 到 2026 年); mengcheng.gov.cn (蒙城县, 安徽:
# 皖政〔2022〕64 号, 8 号); gcs66.com/document_detail/45606.html (庐江县“十四五”规划, 安徽: 2035 年远景目标).
TONGXIN = ("二、工作目标\n到 2026 年,全县创新意识显著提升。全社会研究与试验发展经费(R&D)投入达到 1.2 亿元,国家高新技术企业达到9 家,"
           "科技型企业达到 76 家。每年登记科技成果 5 个,转移转化科技成果15 项以上,技术合同成交额年均增长不低于 10%。")


def test_a_space_between_a_number_and_its_verb_or_unit():
    rows = _rows(TONGXIN, 2024)
    assert rows[:3] == [("全社会研究与试验发展经费(R&D)投入", "level", 1.2, "亿元", 2026, False),
                        ("国家高新技术企业", "level", 9, "家", 2026, False),
                        ("科技型企业", "level", 76, "家", 2026, False)]


# A goals section whose first sentence states the deadline (到 2026 年,…) ends the per-year commitments of its
# paragraph (tongxin, above; hainan-policy.com 海南省打好科技创新翻身仗行动计划: 1.总体目标 / 到2023年,… 年均增长34%,
# tests/extract/test_target_generality.py); a year that only dates a fact (2025年,人才数达2500人。…每年引进…40名, seed
# 001) does not.
def test_the_deadline_opening_a_goals_paragraph_ends_its_per_year_commitments():
    rows = _rows(TONGXIN, 2024)
    assert rows[3] == ("登记科技成果", "level", 5, "个", 2026, True)
    assert rows[5] == ("技术合同成交额", "growth", 10, "%", 2026, True)
    assert _rows("一、主要目标\n2025年,人才数达2500人。加大引进力度,每年引进高层次人才40名。", 2022)[1][4] is None


# A sentence that states a year-on-year change (同比) reports what was done: zj yinzhou 2023年科技进步报告 (区本级完成高新
# 技术产业投资 65.35 亿元,同比增长42.3%), cq-dazu 2023 超额完成任务一览表 (完成工业投资35.28亿元、同比增长29.7%).
def test_a_sentence_with_a_year_on_year_change_is_a_report():
    assert _rows("区本级完成高新技术产业投资 65.35 亿元,同比增长42.3%;区本级实现技术交易额 99.8 亿元,同比增长75.2%。", 2024) == []
    assert _rows("完成工业投资35.28亿元、同比增长29.7%,高于全市16.8个百分点。", 2023) == []


# Forms of performance targets (绩效目标申报表) print each value in a cell of its own after the indicator's cell, with ≥
# before it: taoyuan.gov.cn 2021 (全年培育指导高新技术企业数量 | 15家以上, 全年全县完成技术交易数量 | 2个亿以上) and 2022
# (高新技术企业新增申报成功数 ≥6家, one space between cells).
def test_a_value_in_the_cell_after_its_indicator():
    text = ("桃源县科学技术局2021年度部门整体支出绩效目标申报表\n产出指标 | 数量指标 | 培育指导高新技术企业数量 | 全年培育指导高新技术企业数量 | 15家以上 | |||\n"
            "新认定高新技术企业数量 | 新认定高新技术企业数量 | 6家以上 | |||||\n"
            "技术交易额 | 全年全县完成技术交易数量 | 2个亿以上 | |||||")
    assert _rows(text, 2021) == [("培育指导高新技术企业数量", "level", 15, "家", 2021, False),
                                 ("新认定高新技术企业数量", "level", 6, "家", 2021, False),
                                 ("全县完成技术交易数量", "level", 2, "个亿", 2021, False)]
    assert _rows("培育指导高新技术企业数量 培育指导高新技术企业数量 ≥10家", 2022)[0][2:4] == (10, "家")


# A per-period word opening the indicator is no part of it: huarong.gov.cn (华容县科技局…清单: 每季度完成发明专利30件),
# tongxin (每年登记科技成果 5 个, above).
def test_a_per_period_word_is_no_part_of_the_indicator():
    assert _rows("每季度完成发明专利30件", 2017)[0][:4] == ("发明专利", "level", 30, "件")


# Forms of performance targets printed one cell a line, the year in a caption of its own: the dev corpus'
# hn-yueyangxian-gbnt2022 (岳阳县乡村振兴衔接资金绩效目标申报表: (2022年度) / 脱贫村村内道路硬化里程 / ≥100公里),
# hn-lixian-syj-jxmb2021 (澧县食用菌研究所: 研究培育食用菌品种数量 / 2种) and hn-taoyuan-jxmb2022 (科技成果转化项目数量 / ≥8项).
def test_a_form_printed_one_cell_a_line():
    text = ("绩效目标申报表(基础设施建设类)\n\n(2022年度)\n\n产出指标\n\n数量指标\n\n脱贫村村内道路硬化里程\n\n≥100公里\n\n"
            "脱贫户供水设施数量\n\n≥20座\n\n质量指标\n\n项目(工程)验收合格率\n\n100%\n\n成本指标\n\n财政资金补助\n\n1600元/亩")
    assert _rows(text, 2022) == [("脱贫村村内道路硬化里程", "level", 100, "公里", 2022, False),
                                 ("脱贫户供水设施数量", "level", 20, "座", 2022, False),
                                 ("项目(工程)验收合格率", "level", 100, "%", 2022, False)]  # a subsidy is no outcome
    text = "部门整体支出项目绩效目标申报表\n( 2021 年度)\n创建食用菌生产基地创建食用菌生产基地\n2个\n机关事务正常运转率\n100%"
    assert [(r[2], r[3], r[4]) for r in _rows(text, 2021)] == [(2, "个", 2021), (100, "%", 2021)]


# A cumulative period of months since the year began reports progress: the dev corpus' hn-hengdong-gqpy2018
# (2018年1-9月高新技术产业产值27.6亿), zj-shaoxing-zdgz2020 (1-2月,全市固定资产投资同比下降12.7%).
def test_months_since_the_year_began_are_a_report():
    assert _rows("2018年1-9月高新技术产业产值27.6亿,占全县规模工业产值达52%。", 2018) == []
    assert _rows("1-2月,全市固定资产投资完成120亿元。", 2020) == []


# Milestones per quarter of the target stated just before (huarong.gov.cn 华容县科技局2017年重点工作清单, two tasks:
# 年末,全县高新技术产业增加值占地区生产总值比重达到21% / 一、二、三、四季度,占比分别达18%、19%、20%、21%); 年末 and
# 年底 are the plan's year, as 年内 is; and 一、二、三、四季度 opens no heading.
def test_quarterly_milestones_of_the_target_before():
    text = "年末,全县高新技术产业增加值占地区生产总值比重达到21%\n\n一、二、三、四季度,占比分别达18%、19%、20%、21%"
    rows = _rows(text, 2017)
    assert [r[2] for r in rows] == [21, 18, 19, 20, 21]
    assert {(r[0], r[1], r[3], r[4]) for r in rows} == {("全县高新技术产业增加值占地区生产总值比重", "level", "%", 2017)}
    assert not extract_text(text, plan_year=2017).headings


# Tables of tasks with a deadline column: no noun runs across a cell, and the row's deadline (| 2023年6月 |, or
# 完成时限:2023年12月底 where a Word or web table became a task line) dates the row's targets. Shapes of the dev
# corpus' zj-xinchang-msss2021 (工作任务 | 计划完成时间 | 牵头单位) and sc-dazhu-msss2016 (民生实事 / 责任单位 / 完成时限).
def test_the_deadline_cell_of_a_task_row():
    text = ("序号 | 工作任务 | 责任单位 | 完成时限 |\n1 | 新建5G基站200个 | 市工信局 | 2023年6月 |\n"
            "2 | 完成老旧小区改造15个 | 市住建局 | 2023年12月底 |")
    assert [(r[0], r[2], r[3], r[4]) for r in _rows(text, 2022)] == [("5G基站", 200, "个", 2023), ("老旧小区改造", 15, "个", 2023)]
    assert _rows("1.新建城市书房3家。完成时限:2024年9月底前。", 2023)[0][2:5] == (3, "家", 2024)
    past = "序号 | 工作任务 | 责任单位 | 完成时限 |\n1 | 新建城市书房3家 | 市文旅局 | 2022年9月 |"
    assert _rows(past, 2023)[0][4] is None  # a past deadline dates nothing


# A growth rate after a clause that reached a value is the growth of that clause's subject: 弋江区规划纲要
# (yjq.gov.cn: 财政收入达42.6亿元,年均增长9.4%), and the goal shape 高新技术企业达到1000家,年均增长15%以上.
def test_a_growth_after_a_reached_value_takes_its_subject():
    assert _rows("到2025年,全市高新技术企业达到1000家,年均增长15%以上。", 2021)[1][:3] == ("全市高新技术企业", "growth", 15)
    assert _rows("到2025年,财政收入达42.6亿元,年均增长9.4%。", 2021)[1][:2] == ("财政收入", "growth")


# A growth written as the noun after its rate (实现N%以上增长, 实现N%左右的增长): the dev corpus' zj-shaoxing-zdgz2020
# (4个结构性指标均实现10%以上增长) and dzwww.com/2013/sdlh/jdzfgzbg/201301/t20130125_7950194.htm (山东省政府工作报告:
# 从这两年我省经济增长的趋势看,实现9.5%左右的增长,必须付出艰苦努力).
def test_a_growth_after_its_rate():
    assert _rows("到2020年,4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。", 2020) == [
        ("结构性指标", "growth", 10, "%", 2020, False), ("市县长项目落地率", "level", 50, "%", 2020, False)]
    assert _rows("到2025年,规上工业增加值保持8%左右的增长。", 2021)[0][:3] == ("规上工业增加值", "growth", 8)


# A round Chinese magnitude inside a name is a class of size, not a count: hn-hunan-jhzx2023 (新增百亿工业企业8家),
# the spec's names (千亿级产业集群); a magnitude that closes its clause is a value (产值突破千亿).
def test_a_round_magnitude_inside_a_name():
    assert _rows("到2025年,新增百亿工业企业8家、国家级专精特新“小巨人”企业116家。", 2023) == [
        ("百亿工业企业", "level", 8, "家", 2025, False), ("国家级专精特新“小巨人”企业", "level", 116, "家", 2025, False)]
    assert _rows("到2025年,培育千亿级产业集群2个。", 2023)[0][:4] == ("千亿级产业集群", "level", 2, "个")
    assert _rows("到2025年,高新技术产业产值突破千亿。", 2023)[0][2:4] == (1000, "亿")
