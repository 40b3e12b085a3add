"""Round-70 target rules (targ70): a goal word that a review prints as its own estimate, not as a goal. 预计 before
全年, 实现 or 可 estimates the outcome of the year under review (targets/goal_names.py); 预计到2025年… of a plan and a
dated schedule stay goals' cues. Every sentence is real text of a dev page, its address cited; the expected targets
are read by hand per spec/plan-format.md (targets: history and results are no targets)."""

from __future__ import annotations

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets.goal_names import named_goal
from kechuang.extract.targets.report_tense import reports_throughout
from tests.extract.passages import target_rows as _rows

# 湖南 2023 十大重点民生实事 results, told at a 2024 press conference
# (https://blog.bobobk.com/financial/2024/02-02/10157851.html, dev): every number is a result; 预计可增加学位 estimates
# what a project started adds.
_HUNAN = (
    "2月2日,湖南省政府新闻办公室召开新闻发布会,湖南省人力资源和社会保障厅介绍了十大重点民生实事工作相关情况。2023年,"
    "该省十大重点民生实事20个项目34项指标全面完成,持续为民生“加温”,为幸福“加码”。\n"
    "在群众普遍关心的就业、就医、就学和政务服务等方面,湖南取得了新突破。实现城镇就新增业76.5万人,完成补贴性技能培训"
    "55.39万人次,促进了高质量充分就业;完成全省999家二级以上定点医疗机构普通门诊异地就医直接结算,广大群众异地就医医保"
    "报销“垫资、跑腿”问题基本解决;启动100所县域普通高中“徐特立项目”建设,预计可增加学位60480个;“湘易办”超级服务端"
    "汇聚政务服务、生活服务事项超过17000项。")


# 预计 as a review's estimate, in the words of three reviews of three pages
def test_a_reviews_estimate_is_no_goals_cue():
    # 思明 2020 政府工作报告 digest (http://mngood.com/xiamen/dzscb/14729.html, dev)
    siming = "多种利好纷纷兑现\n预计全年地区生产总值增长7.8%左右"
    assert named_goal(siming, siming.index("预计"), "预计")
    # 江岸 2025 计划执行情况, dev
    # (https://www.jiangan.gov.cn/jaxxw/zfxxgk/fdzdgk/ghjh/gmjjhshfzjh/202506/t20250604_2590605.shtml)
    jiangan = "经济增速保持在平稳增长区间,预计全年地区生产总值突破1700亿元"
    assert named_goal(jiangan, jiangan.index("预计"), "预计")
    # 赣榆 2025 工作报告 news (https://www.chaxiaohao.com/read-1751895401l5375864.html, dev)
    ganyu = "赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上"
    assert named_goal(ganyu, ganyu.index("预计"), "预计")
    # 福建 “十四五” 规划 mid-term review (http://wangyicn.com/article/gongsidongtai/5896.html, dev)
    fujian = "其余19项为预期性指标(7项已完成,12项预计可完成)"
    assert named_goal(fujian, fujian.index("预计"), "预计")
    hunan = simplified_all(_HUNAN)
    assert named_goal(hunan, hunan.index("预计"), "预计")


# ...while a plan's 预计到2025年… and a schedule stay goals' cues: 平罗 2022 工业 行动方案 news
# (http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2022-08-03/112640.html, dev) and 临泉 2021 民生实事
# (https://stmt-intl.com/Home/Content/?ClassId=6824&Id=1056419, dev)
def test_a_plans_estimate_stays_a_goals_cue():
    pingluo = "方案指出,预计到2025年全县工业经济实现量的合理增长"
    assert not named_goal(pingluo, pingluo.index("预计"), "预计")
    schedule = "建设长1575米宽40米的休闲绿道,预计2021年12月份完成。"
    assert not named_goal(schedule, schedule.index("预计"), "预计")


# The results told in 2024: with 预计可 no goal's cue, the text reports throughout and its numbers are history.
def test_a_results_review_with_an_estimate_reads_no_targets():
    assert not reports_throughout(simplified_all(_HUNAN), 2024)  # no report cue weighed: bare facts (了, 完成…)
    assert _rows(_HUNAN, 2024) == []


# A plan's goal after 预计到2025年 keeps its target: 平罗 2022 工业 行动方案 news (as above; the gold of the dev fixture).
def test_a_plans_goal_after_an_estimate_keeps_its_target():
    text = ("近日,记者从宁夏石嘴山市平罗县获悉,为深入实施创新驱动发展战略,推动工业转型升级,增强县域经济高质量发展支撑能力,"
            "平罗县制定了深入推进工业转型升级行动三年方案(2022-2024年)。\n"
            "方案指出,预计到2025年全县工业经济实现量的合理增长和质的稳步提升,产业结构更趋合理、创新驱动支撑增强、亩均产出"
            "效益提升、绿色发展能力凸显,新旧动能加快转换,初步形成工业高质量发展新体系,规上工业总产值达到1000亿元以上。")
    assert _rows(text, 2022) == [("规上工业总产值", "level", 1000, "亿元", 2025)]
