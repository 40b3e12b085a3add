"""cand62: a count of things in a plan's goal sentence is a target whatever its verb (goal_counts.py), unless a scope,
a standing word or a report stands before it; and 超过 starts the next item after 、 (count_shapes.NEXT_CLAUSE).
Real dev sentences, each with its source address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

# 山西省工业发展明确“新目标” (dev)
SHANXI = "http://bbs.dakotacollectibles.net/archiver/showtopic-2931.aspx"
SHANXI_TEXT = ("同时,在制造业绿色发展工程方面,要确定20余个省级绿色制造重点项目,重点推进太重风电装备制造、阳煤R-GAS粉煤气化等"
               "绿色制造项目建成投产。")
# 武清再推20项惠民工程 (dev)
WUQING = "http://new.aaosu.com/myys/33045.html"
WUQING_TEXT = ("其中,为了改,年内将完成大王古庄、三期、汊沽港一期3个还迁小区的建设工作,64栋住宅楼将于年内建设完成并还迁入住。")
# 深圳市卫生健康事业发展“十四五”规划 (dev)
SHENZHEN = "http://news.wybstv.com.cn/xw/2022/0511/30412.html"
SHENZHEN_TEXT = ("规划提出一系列总目标,包括到2025年人均预期寿命达到84.53岁,千人床位数达到4.5张,三甲医院达到30家,"
                 "社康机构达到1000家以上,10家医院进入全国医院排行榜百强,争取建成20个国家级和100个省级重点学科。")
# 重庆 加快科技创新中心建设行动 2023 (dev): …10%以上、研发投入强度超过…
CHONGQING = "https://epaper.cqrb.cn/cqrb/2023-03/25/003/content_rb_314656.htm"
CHONGQING_TEXT = ("到2027年,重庆建成区域协同创新体系,力争产生3项重大科学发现和技术成果,全社会研发经费投入年均增长10%以上、"
                  "研发投入强度超过全国平均水平,科技进步贡献率达到65%。")
# 陕西 2016 政府工作报告 (dev): 3万亿元、人均超过1万美元 keeps its reading
SHAANXI = "http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html"
SHAANXI_TEXT = "2020年,生产总值达到3万亿元、人均超过1万美元,城乡居民收入赶超全国平均水平。"
# what the reading leaves: the plan's own parts (威县 2023 政务公开工作要点),
# what stands (郑州 2015 学校建设), a whole counted (广西 2021 县域经济) — all dev
WEIXIAN = "http://www.weixian.gov.cn/xxgkinfo/gkzn.jsp?deptid=359"
WEIXIAN_TEXT = "本工作要点共分为5个部分、16项具体工作举措、4项工作保障。"
ZHENGZHOU = "http://www.kaqiz.cn/XiaoXueZiXun/484099.html"
ZHENGZHOU_TEXT = "预计年底还有6个项目投入使用,全年将有39所幼儿园投入使用,能够确保超额完成年度目标任务。"
GUANGXI = "http://focus.dongchanet.com/20210719/77437.html"
GUANGXI_TEXT = "《行动方案》提出,到2023年,全区111个县(市、区)经济综合实力明显增强,财政保障能力稳步提升。"


def test_sources_are_dev():
    for src in (SHANXI, WUQING, SHENZHEN, CHONGQING, SHAANXI, WEIXIAN, ZHENGZHOU, GUANGXI):
        assert split_of(src) == "dev", src


def _targets(text, year):
    return {(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets}


def _values(text, year):
    return {(t.value, t.unit) for t in extract_text(text, plan_year=year).targets}


def test_a_count_in_a_goal_sentence():
    assert (20, "个") in _values(SHANXI_TEXT, 2017)  # 要确定20余个…: the verb is in no list, 要 makes it a goal
    assert (64, "栋") in _values(WUQING_TEXT, 2018)  # 64栋住宅楼将于年内建设完成: the cue (年内将) before it
    assert (10, "家") in _values(SHENZHEN_TEXT, 2022)  # 到2025年…10家医院进入…百强


def test_the_next_item_starts_at_chaoguo():
    got = _targets(CHONGQING_TEXT, 2023)
    assert any(v == 10 and u == "%" for _, v, u in got)
    got = _values(SHAANXI_TEXT, 2016)
    assert (3, "万亿元") in got or (30000, "亿元") in got


def test_no_count_outside_a_goal():
    assert not {v for v, _ in _values(WEIXIAN_TEXT, 2023)} & {5, 16, 4}
    assert (39, "所") not in _values(ZHENGZHOU_TEXT, 2015)
    assert (111, "个") not in _values(GUANGXI_TEXT, 2021)
