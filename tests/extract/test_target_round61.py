"""Round-61 target rules (targ61): a count of the document's own parts is no target (own_parts.py). Every sentence is
real text of a dev page, its address cited; the expected targets are read by hand per spec/plan-format.md."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


def _values(text: str, plan_year: int | None = None) -> list[tuple]:
    return [(r[2], r[3]) for r in _rows(text, plan_year)]


# The parts a plan is issued with: 蓟州 民心工程 news (http://news.googvv.com/20191230/2630644.html, dev); 武清 2018
# 惠民工程 news (http://new.aaosu.com/myys/33045.html, dev), whose own goal (15所 大院) stays.
def test_the_projects_a_plan_is_issued_with_are_no_targets():
    assert _values("天津市蓟州区出台新一轮20项民心工程。") == []
    assert _values("天津市蓟州区新一轮20项民心工程出台,包括大修乡村公路、改善城乡环境等20个大项、42个子项,"
                   "涵盖教育、医疗等问题。") == []
    assert _values("武清再推20项惠民工程年内建15所农村幸福大院。", 2018) == [(15, "所")]


# The projects a plan draws up or a vote fixes: 国务院 十三五 news
# (http://cn.chinagate.cn/photonews/2016-03/06/content_37948966.htm, dev); 淮安区 2024 民生实事 news
# (http://bbs.hao0517.com/thread-468453-1-1.html, dev).
def test_the_projects_drawn_up_or_fixed_are_no_targets():
    assert _values("其中,针对不同的目标任务,制定出100个重大工程及项目。", 2016) == []
    assert _values("经投票表决,确定以下八类11个项目为2024年度淮安市淮安区政府民生实事项目:", 2024) == []


# The directions and projects a plan gathers: 马鞍山 十四五 科技 news (http://ouyq.cn/kauixun/20220326/40096.html, dev).
def test_the_directions_a_plan_gathers_are_no_targets():
    assert _values("凝煉32項重點攻關技術方向,收錄145項重點科技項目。", 2021) == []


# The chapters and the indicators of a plan: 内蒙古 十三五 科技 news (http://www.8xym.cn/news/show-36984.html, dev);
# 福建 十四五 review (http://wangyicn.com/article/gongsidongtai/5896.html, dev); 上海 2023 为民办实事 news
# (https://www.jiemian.com/article/8860721.html, dev), whose listed items stay targets.
def test_the_chapters_and_indicators_of_a_plan_are_no_targets():
    assert _values("《規劃》共分3大部分6個篇目25章,圍繞建設創新型內蒙古,明確了總體思路。", 2016) == []
    assert _values("《规划》共提出四类主要指标20个(进展情况详见附件)。", 2021) == []
    assert _values("上海2023年为民办实事项目正式公布,共10方面32项,包括新增5000张养老床位、开设500个小学生爱心暑托班。",
                   2023) == [(5000, "张"), (500, "个")]


# A plan's tasks keep their counts: 国办 2018 体育竞赛表演 意见 (http://www.gov.cn/zhengce/content/2018-12/21/content_5350734.htm,
# dev); 湖北 2022 工业经济 news (http://m.igdzc.com/shehui/20220425/2536211.html, dev).
def test_a_plans_tasks_keep_their_counts():
    assert _values("推出100项具有较大知名度的体育精品赛事,打造100个具有自主知识产权的体育竞赛表演品牌。", 2018) == [
        (100, "项"), (100, "个")]
    assert _values("包括抓好东风本田四厂等200个以上传统产业改造升级重点项目,实施华星光电t5等482个亿元以上新兴产业重点项目。",
                   2022) == [(200, "个"), (482, "个")]
