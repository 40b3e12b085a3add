"""Session 39 (share39): a value whose clause goes on with ``等`` and a word naming a list of goals or indicators
(等11个重要定量目标, 等内容将作为主要绩效考核指标) closes its own item: the words after 等 name the list, not the thing
the value counts, so the long tail does not refuse it (targets/goal_lists.py).

Family (dev): 河北省科技创新“十四五”规划 news (http://49.213.0.198/doc/10_253_106274615_1.html) and 奉贤区深化农村公路
管理养护体制改革实施方案 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084).
"""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.targets.goal_lists import closes_goal_list


def _read(text: str, plan_year: int | None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# 河北省科技創新“十四五”規劃 news (http://49.213.0.198/doc/10_253_106274615_1.html) — dev.
HEBEI = ("到2025年,全社會研究與試驗發展經費投入年均增長10%,基礎研究經費占全社會研發經費比重達到4%,國家高新技術企業達到"
         "15000家,技術市場成交合同額達2000億元等11個重要定量目標。")
# 奉贤区深化农村公路管理养护体制改革实施方案 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084)
# — dev.
FENGXIAN = ("为落实乡村振兴战略，进一步提升我区农村公路服务功能、切实改善农村人居环境，对农村公路管养工作进行绩效考核，其中"
            "安全事故发生率、成本控制、日常养护及养护专项工程(含预防养护、修复养护、专项养护、应急养护)一次性验收合格、节能减排"
            "达标、群众满意度不低于95%等内容将作为主要绩效考核指标。")


def test_the_last_value_before_a_list_of_goals_is_read():
    found = _read(HEBEI, 2021)
    assert ("技術市場成交合同額", "level", 2000, "億元") in found
    assert ("國家高新技術企業", "level", 15000, "家") in found


def test_the_count_of_the_goals_stays_unread():
    assert not [t for t in _read(HEBEI, 2021) if t[2] == 11]  # 11个重要定量目标: the plan's own goals


def test_a_floor_before_the_contents_of_an_assessment_is_read():
    # (the clause from its last name: in the whole sentence the name runs over the list before it, whose 一次性验收合格
    # refuses it — left as it was)
    clause = FENGXIAN[FENGXIAN.index("群众满意度"):]
    assert ("群众满意度", "level", 95, "%") in _read(clause, 2021)


def test_only_a_list_of_goals_closes_the_value():
    assert closes_goal_list("等11个重要定量目标。")
    assert closes_goal_list("等内容将作为主要绩效考核指标。")
    assert closes_goal_list("等主要指标")
    assert not closes_goal_list("等企业入驻园区")  # the words after 等 name no list of goals
    assert not closes_goal_list("个项目等目标")  # the value's thing comes first: no 等 right after it
    assert not closes_goal_list("等" + "一" * 30 + "目标")  # too far to be the list's own word


def test_a_value_before_other_words_after_deng_stays_unread():
    # (built: the long tail still refuses a value whose 等 lists no goals)
    assert not [t for t in _read("力争全市工业总产值达到1200亿元等企业集聚发展态势明显形成。", 2021) if t[2] == 1200]
