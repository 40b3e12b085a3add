"""Round-65 target rules (targ65): reviews of past work read as goals, the mechanism the fresh batches trec22 and trec23
showed above all others. Every sentence is real text of a dev page, its address cited; the expected targets are read
by hand per spec/plan-format.md (targets: history and baselines are no targets)."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.goal_names import named_goal
from kechuang.extract.targets.report_tense import reports_throughout
from tests.extract.passages import target_rows as _rows

# 黑龙江 2025 工业和信息化工作会议 news (https://www.ytzp.cc/show-19136.html, dev; trec23): the meeting reviews 2024.
_HEILONGJIANG = (
    "会议指出,到2024年,黑龙江省加快培育新生产力,重点新兴产业产值增长6.8%,占规模以上工业总产值的比重达到20.7%,"
    "增幅比上年提高1.7个百分点。培育和催生未来产业20家骨干企业、20个标志性产品和成果。入围国家创新任务项目数量位居"
    "东北三省一区第一。来自主要国家的一批重要装备打破世界纪录、填补全球空白,研制出首台、首批、首版产品55个。充分发挥"
    "保联企业机制作用,实现重点企业“应有尽有”的目标。共有创新型中小企业1597家、专精特新中小企业1181家、专精特新"
    "“小巨人”企业71家、国家和省单项冠军企业119家、省级制造业创新中心24家、培育省级制造业创新中心。拥有企业技术中心"
    "429个,开发省级重点新产品226个。")


# Goal words inside a name (未来产业, 科技计划项目, 创新任务项目, 国家重点研发计划) or a goal reached (实现…的目标,
# 圆满完成预期目标) weigh as no goal's cue in a text weighed as a whole (targets/goal_names.py).
def test_goal_words_in_names_are_no_goals_cues():
    text = simplified_all(_HEILONGJIANG)
    assert named_goal(text, text.index("未来产业"), "未来")
    assert named_goal(text, text.index("任务项目"), "任务")
    assert named_goal(text, text.index("的目标") + 1, "目标")
    # 国家统计局 2025 统计公报 news (cn-quanguo-tjgbpd2025, dev): 圆满完成预期目标任务
    done = "经济总量首次突破140万亿元大关,圆满完成预期目标任务"
    assert named_goal(done, done.index("预期"), "预期") and named_goal(done, done.index("目标"), "目标")
    # 旌德 2022 科技创新 news (ah-jingde-kjcx2022, dev): 国家、省各类科技计划项目40余项
    jingde = "累计实施国家、省各类科技计划项目40余项"
    assert named_goal(jingde, jingde.index("计划"), "计划")
    # ...but a goal's word of a plan stays one: 力争 has no name, 计划 of 计划改厕 is the plan's
    assert not named_goal("该县计划改厕12000个", 2, "计划")
    assert not named_goal("培育壮大新兴产业和未来", 9, "未来")


# The 2025 meeting's review of 2024: its names and goals reached no longer outweigh its report cues, and 到2024年 (a
# year gone by in a 2025 page) opens no deadline in its sentence: 17 of its 20 numbers read as history. (Its last
# sentence, 新认定…新增…, states new work with no report word and keeps its three, as report_tense reads it.)
def test_a_meetings_review_of_the_year_gone_by_is_history():
    assert reports_throughout(simplified_all(_HEILONGJIANG), 2025)
    assert _rows(_HEILONGJIANG, 2025) == []


# 到/至 a year gone by is no deadline in its sentence (report_tense ``_sentence``): the meeting's first sentence alone,
# with the count after it, in a text that reports throughout on main already (比上年 and 到2024年 in 2025 are its cues).
def test_a_year_gone_by_after_dao_keeps_no_target():
    text = ("会议指出,到2024年,黑龙江省加快培育新生产力,重点新兴产业产值增长6.8%,占规模以上工业总产值的比重达到20.7%,"
            "增幅比上年提高1.7个百分点。共有创新型中小企业1597家、专精特新中小企业1181家。")
    assert _rows(text, 2025) == []


# 红桥 “十五五” 科技创新规划's review of the last five years
# (http://www.tjhq.gov.cn/zwgk/zdxzjc/jcjg/202601/t20260122_7229335.html, dev): 国家重点研发计划 names a programme.
def test_a_programmes_name_in_a_review_is_no_goal():
    text = ("自主创新能力明显增强。引导和支持各类创新主体加大研发投入,提升创新能力,国家科技重大专项、国家重点研发计划和"
            "国家自然科学基金共立项7项,天津市科技项目立项18项,*项科技成果荣获天津市科学技术奖。支持企业在洗煤选煤智能化建设、"
            "化工新材料、量子科技等领域关键核心技术方面实现较大突破。实施促进科技成果转移转化行动,打通科技成果转化“中梗阻”,"
            "全区技术合同成交额突破400亿元,全区有效专利总量累计达5876件,其中有效发明专利3330件,有效实用新型专利2152件,"
            "发明专利数量居全市第七位,市内六区第二位。")
    assert _rows(text, 2026) == []


# A report's reach (report_reach.py) runs on over a goal reached: 完成阶段目标任务的100% states progress, no goal. A city's
# 十件实事 progress notice (https://bbs.cnhubei.com/thread-2961648-1-1.html, dev).
def test_a_goal_reached_ends_no_reports_reach():
    text = ("市政府督办室通报了今年3月份“十件实事”和重点工程进展情况。截至目前,各个项目基本实现时间、任务与进度同步。\n"
            "全市“十件实事”包含子项目18个,其中创业带动就业工程完成阶段目标任务的100%,元至3月份,共扶持创业206人,"
            "带动就业1020人。农村安全饮水问题已完成建设工程1处,开工建设3处,准备动工9处。")
    assert _rows(text) == []


# ...while plans that print the same words keep their goals: 黑龙江 2025 科技成果产业化 行动 (未来产业先导区;
# https://hlj.gov.cn/hlj/c107856/202504/c00_31830021.shtml, dev) and 静安 2022 重点工作安排 (均完成市下达目标;
# https://www.jingan.gov.cn/govxxgk/JA0/2022-03-22/cc69a660-aa58-4a5a-b141-6f7da14f9093.html, dev).
def test_plans_with_the_same_words_keep_their_goals():
    rows = _rows("建设战略性新兴产业项目600个以上,战略性新兴产业营业收入增长10%以上,建设未来产业先导区2个,"
                 "自创区(国家级高新区)园区生产总值增速达到7%。", 2025)
    assert [(r[2], r[3]) for r in rows] == [(600, "个"), (10, "%"), (2, "个"), (7, "%")]
    rows = _rows("实现全年区级一般公共预算收入增长6%,社会消费品零售总额1600亿元,实现外贸进出口总额520亿元,全社会固定资产"
                 "投资额增长8%以上,城镇登记失业人数、单位增加值能耗下降率均完成市下达目标。", 2022)
    assert [(r[2], r[3]) for r in rows] == [(6, "%"), (1600, "亿元"), (520, "亿元"), (8, "%")]


# A deadline of the plan's own year keeps its goals: 宁夏 2020 制造业高质量发展 实施方案 news
# (http://8mav1163.com/2020-03/04/content_75773287.html, dev): 到2020年 in 2020 is no year gone by.
def test_a_deadline_of_the_plans_year_keeps_its_goals():
    rows = _rows("到2020年, 規模以上工業增加值年均增速保持在6%以上,制造業增加值年均增速保持在7%以上,每年新增上規企業100家"
                 "左右,規模以上制造業企業利潤年均增速保持在8%以上。", 2020)
    assert [r[2] for r in rows] == [6, 7, 100, 8]
