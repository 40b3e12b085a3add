"""Round 49: more shapes of ``X、Y分别 V A、B`` (the measure of the round is in docs/extraction.md, "Round 49, targets").

The reader of 分别 pairs names and values in order. On dev pages of six documents it gave up, or paired a name with
the whole list, when (targets/respective.py):
- a base stands before the verb (分别比2010年下降20%和30%: two growths of −20 and −30, not levels of 20 and 30);
- the verb is one of keeping or a floor (稳定在, 控制在, 不低于, 不少于) or 减少;
- a note in brackets holds 和 (公益性、商业性（含经营性和自设性）…抽检率: two names, not three);
- an adverb closes the last name (产量将 → 产量);
- years are listed right before one name (2023和2025年,…分别达60%、70%; 到2023年底和2030年,…分别不低于24%和30%): they
  date the values in order, unless one of them is before the plan's year;
- no 分别 is printed, but names and values are as many (化学需氧量、氨氮、二氧化硫、氮氧化物排放量比2015年减少3.52%、3.54%、
  10.17%、9.63%以上; 畜禽、奶肉牛饲养量增长4.8%和4.4%): they pair as after 分别 (values in % only);
- 分别 opens its clause after clauses that each state one value (全省接待游客4.3亿人次,实现收入3250亿元,分别增长15%、25%):
  each value is the growth of that clause's subject, not of the last clause's words (收入3250亿元) or of 分别.

A count of a plan's sub-items (48个子项目, 31个子项目, 42个子项) is the size of the plan, as 50项民生实事 is: no target
(rules/targets.yaml sub_item_nouns; 电子项目 is no sub-item).

Measures written another way are units (rules/targets.yaml measure_units): 吨标准煤, 平米, ㎡ (m2 once the text is
normalised), 标台 — four dev documents.
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.timing import assert_linear


def _read(text: str, plan_year: int | None) -> list[tuple]:
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


# 江西 2011 水利改革 (http://www.gzjrw.com.cn/Item/41130.aspx) — dev.
JIANGXI = ("到2015年,全省将新增总供水能力35亿立方米,用水总量控制在300亿立方米以内,万元GDP、万元工业增加值耗水量分别比"
           "2010年下降20%和30%,工业用水重复利用率达到65%以上。")
# 浙江省农业农村现代化“十四五”规划 news (https://peopleweekly.cn/html/2021/sannong_0825/86006.html) — dev.
ZHEJIANG = "根据计划,到2025年底,浙江粮食播种面积和产量将分别稳定在1500万亩、120亿斤以上,生猪年出栏1400万头。"
# 普陀区绿化建设和市容景观提升“十五五”规划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075)
# — dev.
PUTUO = ("公益性、商业性（含经营性和自设性）户外广告设施安全检测年抽检率分别达到10%、5%以上，户外招牌安全检测年抽检率达到"
         "35%以上。")
# 贵州省新型城镇化实施方案(2023—2025年) news (https://static.h2o-china.com/news/345016.html) — dev.
GUIZHOU = ("实现县域生活垃圾焚烧处理全覆盖,市州中心城市餐厨垃圾处理全覆盖,2023和2025年,城市生活垃圾资源化利用率分别达60%、"
           "70%。")
# 健康鲅鱼圈行动实施方案
# (http://www.ykdz.gov.cn/004/004007/20230509/d0222d24-5f4c-4d74-a7e5-fe221bd6a4fe.html) — dev.
BAYUQUAN = "积极开展健康促进医院创建工作。到2023年底和2030年,全区居民健康素养水平分别不低于24%和30%。"
# 西藏 2025 政府工作报告 (http://customartwest.com/2025zt/2025xzlh/content_6427421.html) — dev.
XIZANG = "规上工业增加值增长16%,城乡居民人均可支配收入分别增长8%和10%,城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。"


def test_a_base_before_the_verb_keeps_the_fall_of_each_name():
    got = _read(JIANGXI, 2011)
    assert ("万元工业增加值耗水量", "growth", -30, "%", 2015) in got
    first = [t for t in got if t[2] == -20]
    assert len(first) == 1 and first[0][0].startswith("万元GDP") and first[0][1] == "growth"
    assert not [t for t in got if t[2] in (20, 30)]  # no level of 20% or 30%
    base = [t.base_year for t in extract_text(JIANGXI, plan_year=2011).targets if t.value in (-20, -30)]
    assert base == [2010, 2010]


def test_a_verb_of_keeping_pairs_names_and_values():
    got = _read(ZHEJIANG, 2021)
    assert ("产量", "level", 120, "亿斤", 2025) in got  # 产量将 → 产量
    assert [t[0] for t in got if t[2] == 1500] == ["浙江粮食播种面积"]
    names = {t[2]: t[0] for t in _read(XIZANG, 2025)}
    assert names[5] == "城镇调查失业率" and names[3] == "居民消费价格涨幅"


def test_a_note_in_brackets_is_no_list_of_names():
    names = {t[2]: t[0] for t in _read(PUTUO, 2026)}
    assert names[10] == "公益性"
    assert names[5].startswith("商业性") and names[5].endswith("户外广告设施安全检测年抽检率")


@pytest.mark.parametrize(("text", "plan_year", "dated"), [
    (GUIZHOU, 2023, [(60, 2023), (70, 2025)]),
    (BAYUQUAN, 2023, [(24, 2023), (30, 2030)]),
])
def test_years_listed_before_one_name_date_its_values_in_order(text, plan_year, dated):
    got = [(t[2], t[4]) for t in _read(text, plan_year)]
    for pair in dated:
        assert pair in got


def test_a_listed_year_before_the_plan_dates_nothing():
    # the same sentence in a plan of 2024: 2023 is a past year, so the list dates neither value
    got = [(t[2], t[4]) for t in _read(GUIZHOU, 2024)]
    assert (60, 2023) not in got


def test_the_respective_reader_stays_linear():
    assert_linear(lambda text: extract_text(text, plan_year=2023),
                  lambda n: "2023和2025年,万元GDP、耗水量分别比2010年下降20%和30%。氨氮、二氧化硫比2015年减少3.5%、3.4%。"
                  * 100 * n, n=4)


# 甘肃 2024 文旅发展目标 news (http://shennongbaicaogaogw.com/html/1660/2024-01-23/content-482072.html) — dev; the shape
# also on 甘肃 2021 政府工作报告 (五年接待游客13.2亿人次、实现综合收入8995亿元,分别是“十二五”的2.5倍和2.8倍, dev) and 湖南 2015
# 旅游 (全省接待国内外游客达到4.12亿人次,实现旅游总收入3046.19亿元,同比分别增长达14.39%和13.58%,
# http://finance.china.com.cn/roll/20150128/2930711.shtml), both reports of the past.
GANSU = ("2024年,我省文旅發(fā)展目標(biāo)是:全省接待游客4.3億人次,實(shí)現(xiàn)收入3250億元,分別增長15%、25%;完成招商引資項(xiàng)目"
         "投資增長20%以上。")
# 科尔沁右翼前旗 2024 政府工作报告 (http://www.kyqq.gov.cn/kyqq/zwgk3/zfxxgk65/fdzdgknr57/zfgznb/5902155/index.html) — dev.
KEYOUQIANQI = "城乡常住居民人均可支配收入分别达36913元和17017元,分别增长7.1%和8.9%。"


def test_clauses_before_a_leading_respectively_name_its_values():
    got = [(t[0], t[1], t[2]) for t in _read(GANSU, 2024)]
    assert ("全省接待游客", "growth", 15) in got
    assert ("收入", "growth", 25) in got
    assert not [t for t in got if t[0] in ("分別", "分别") or "3250" in t[0]]


def test_a_clause_with_its_own_respectively_is_no_list_of_subjects():
    got = [t for t in _read(KEYOUQIANQI, 2023) if t[2] in (7.1, 8.9)]
    assert all(not t[0].startswith("分别") for t in got)


# 蓟州 民心工程 news (http://news.googvv.com/20191230/2630644.html), 杭州 2024 民生实事 news
# (https://news.qq.com/rain/a/20241230A06MRR00), 宁波 2025 民生实事 news (https://www.ncmc.nbtv.cn/xwdsg/nb/40359827.shtml)
# — dev.
JIZHOU = ("日前,天津市蓟州区新一轮20项民心工程出台,包括大修乡村公路、改善城乡环境、加强医疗资源供给、推进国家卫生区创建等20个"
          "大项、42个子项,涵盖教育、医疗、就业、养老等群众最关心最直接最现实的问题。")
HANGZHOU = "今日,杭州市第十四届人民代表大会常务委员会第二十一次会议召开。2024年10件民生实事48个子项目具体完成情况公布。"
NINGBO = ("2025年民生实事项目由市十六届人大五次会议票决产生,包括了 交通“安全”畅行、噪声污染整治、老年人暖心服务等15个项目和31个"
          "子项目。")


@pytest.mark.parametrize(("text", "plan_year", "value"), [(JIZHOU, None, 42), (HANGZHOU, 2024, 48), (NINGBO, 2025, 31)])
def test_a_count_of_sub_items_is_no_target(text, plan_year, value):
    assert value not in [t[2] for t in _read(text, plan_year)]


def test_an_electronics_project_is_no_sub_item():
    assert (10, "个") in [(t[2], t[3]) for t in _read("2023年,引进电子项目10个。", 2023)]


# 国务院 2024-2025年节能降碳行动方案 news (http://m.moneyyizhan.com/news/0_59762), 泰州 2018 城市品质提升
# (http://tech.jiangsulong.com/a/2018/0727/54807_2.html), 郑州 2005 十件实事 (https://www.zzrd.gov.cn/news/print.aspx?nid=74),
# 蓟州 民心工程 (above) — dev.
@pytest.mark.parametrize(("text", "plan_year", "value", "unit"), [
    ("2024年,規(guī)模以上工業(yè)單位增加值能源消耗降低3.5%左右,重點領(lǐng)域和行業(yè)節(jié)能降碳改造形成節(jié)能量約5000萬噸標準煤、"
     "減排二氧化碳約1.3億噸", 2024, 5000, "萬噸標準煤"),
    ("■到2020年,全市完成200万㎡棚户区改造", 2018, 200, "万m2"),
    ("六、优化、新增公交线路30条,新增公交车300标台", 2005, 300, "标台"),
    ("美化街景游园,修缮鼓楼广场公共配套设施,完成主干道路人行道改造3875米,平整公园场地、草木绿化7.57万平米;", None, 7.57,
     "万平米"),
])
def test_measures_written_another_way_are_units(text, plan_year, value, unit):
    assert (value, unit) in [(t[2], t[3]) for t in _read(text, plan_year)]


# 江西 2019 生态环境质量目标 news (https://news.gangguwang.com/html/2019/01/28/198069.html), 甘州 2026 政府工作报告
# (http://www.gsgz.gov.cn/gzzfxxgk/fdzdgknr/qtfdxx/zfgzbg_6090/202602/t20260204_1506335.html) — dev.
JIANGXI_2019 = ("1月24日,记者从全省生态环境局长会议上获悉,2019年江西省生态环境质量主要目标是:PM2.5全省平均浓度控制在每立方米"
                "42微克以内,地表水省考断面Ⅰ—Ⅲ类水体比例达到89.81%以上,化学需氧量、氨氮、二氧化硫、氮氧化物排放量比2015年减少"
                "3.52%、3.54%、10.17%、9.63%以上,单位GDP二氧化碳排放下降2.5%以上。")
GANZHOU = "畜禽、奶肉牛饲养量增长4.8%和4.4%。"


def test_names_and_values_as_many_pair_without_respectively():
    got = {t[2]: t for t in _read(JIANGXI_2019, 2019)}
    assert [got[v][0] for v in (-3.52, -3.54, -10.17)] == ["化学需氧量", "氨氮", "二氧化硫"]
    assert got[-9.63][0].startswith("氮氧化物") and all(got[v][1] == "growth" for v in (-3.52, -9.63))
    assert [(t[0], t[2]) for t in _read(GANZHOU, 2026)] == [("畜禽", 4.8), ("奶肉牛饲养量", 4.4)]
