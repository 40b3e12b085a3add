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


# A news print of facts with no goal's cue, a year opening it in a page of no known year: 青海 人才 news
# (http://m.zxyp.net/20110217/142896.html, dev); 2022 政府工作报告 news
# (http://hbwmpx.com/hbwmpx/gjscxx/fxyjts/101633683364923.html, dev).
def test_facts_of_a_year_gone_by_are_no_targets():
    assert _values("2008年底,全省人才總量達29.99萬人。其中,黨政人才4.96萬人,企業經營管理人才0.81萬人。") == []
    assert _values("国务院总理李克强在政府工作报告中表示,2021年,我国国内生产总值达到114万亿元,增长8.1%。"
                   "城镇新增就业1269万人。") == []


# Facts with their statistics source, or a rank and a share of the nation held: 吉林 2013 粮食 news
# (https://cn.agropages.com/News/printnew-4517.htm, dev); 广西 农业产业 news
# (https://gx.cnipai.com/news/detail/105399.html, dev); 陕西 2026 政府工作报告 成绩单
# (http://paper.gjnews.cn/pc/content/202601/28/content_10139.html, dev).
def test_facts_with_their_source_or_rank_are_no_targets():
    assert _values("据国家统计局公布,吉林省粮食总产668.6亿斤。其中玉米512亿斤,稻谷124亿斤。", 2012) == []
    assert _values("特色农产品产量位居前列,特别是糖料蔗产量占全国60%以上,桑蚕茧产量占全国45%以上。") == []
    assert _values("●研发投入强度2.61%、居中国西部第1,企业研发经费增长59.61%,创新产出水平指数达到87.59%、居全国第4。",
                   2026) == []


# A plan's task list holds no goal's word either, and keeps its targets: 北京 2023 民生实事
# (http://epaper.shuozhounews.cn:8088/szrb/20230101/html/content_20230101010005.htm, dev); a goal after a rank keeps its target: 江西 创新型省份 (https://z.askci.com/news/20220307/
# 0919197555.shtml, dev).
def test_task_lists_and_goals_keep_their_targets():
    assert _values("新增中小学学位2万个、幼儿托位6000个,建设筹集保障性租赁住房8万套(间)。", 2023) == [
        (2, "万个"), (6000, "个"), (8, "万套(间)")]
    assert _values("到2023年,综合科技创新水平指数位居全国中上水平;基础研究经费占R&D经费比重提高至4.68%。") == [
        (4.68, "%")]
