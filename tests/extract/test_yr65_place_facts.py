"""yr65 (place_facts.py): a place's facts — its area, length or population stated as it is (`国土面积为…`, `面积约…`,
`境内…长度N`), no verb of work and no goal's word in the sentence — are no targets; the goals and works beside them
stay read. Real dev sentences, each with its source address (MISSES-fresh64 row 3, MISSES-fresh63 row 6)."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

XIANGYANG = "http://xywygl.cn/news/content/4333.html"  # 襄阳都市圈 2035 (dev)
XIANGYANG_TEXT = ("襄阳都市圈包括:襄阳全市域,国土面积为1.97万平方公里,2021年末常住人口约527.1万。\n"
                  "力争到2025年,中心城区人口达到190万,到2035年,中心城区建设成300平方公里、300万人口的现代都市。")
LANZHOU = "https://zhenguoke.com/read/-dy-article-JPP1KI2M05529FEW.html"  # 兰州 国土空间 2021-2035 (dev)
LANZHOU_TEXT = ("市域规划范围为兰州市行政辖区;中心城区规划范围为城关区、七里河区、安宁区、西固区的行政辖区范围,"
                "面积约 1500 平方千米。\n\n"
                "生态保护红线:划定生态保护红线面积 1226.85 平方千米,主要分布在永登县西北部、榆中县南部、中心城区南部和北部的自然保护地。")
FENGXIAN = ("https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd"
            "&siteId=0084")  # 奉贤 2024 违法用地综合整治 (dev)
FENGXIAN_TEXT = ("(一)“两评估、一清单、一盘活”中产业用地综合绩效评估为C类(观察整改)、D类(整治退出)的违法用地，"
                 "我区涉及此类整治面积约1068亩;\n(三)“二调”后“三调”前发生的违法用地，我区涉及此类整治面积约99亩;")
QINGHAI = "https://xny365.com/huanbao/article-61910.html"  # 青海 2022 黄河流域 (dev)
QINGHAI_TEXT = ("青海是“三江之源”“中华水塔”和国家重要的生态安全屏障,境内黄河干流长度1694公里,占黄河总长的31%,"
                "多年平均出境水量达264.3亿立方米,占全流域径流量的49.4%,既是源头区,也是干流区。")
XILINGUOLE = "http://hblexin.com/news/yaowen/2023/102N46242023.html"  # 锡林郭勒 2023 浑善达克沙地 (dev)
XILINGUOLE_TEXT = ("錫林郭勒盟境內(nèi)渾善達克沙地區(qū)域面積達到5294.2萬畝,是打好渾善達克沙地殲滅戰(zhàn)的主戰(zhàn)場。"
                   "圍繞堅決打贏渾善達克沙地殲滅戰(zhàn),錫林郭勒盟…規(guī)劃沙化土地綜合治理面積3199萬畝,爭取2025年前治理面積1120萬畝。")


def _values(text, year, title=None):
    return {t.value for t in extract_text(text, plan_year=year, title=title).targets}


def test_sources_are_dev():
    assert {split_of(s) for s in (XIANGYANG, LANZHOU, FENGXIAN, QINGHAI, XILINGUOLE)} == {"dev"}


def test_a_place_area_and_population_are_no_goals():
    got = _values(XIANGYANG_TEXT, None, "襄阳都市圈发展规划")
    assert not got & {1.97, 527.1}
    assert {190, 300} <= got  # the goals after them stay


def test_a_planning_scope_area_is_no_goal():
    got = _values(LANZHOU_TEXT, 2021)
    assert 1500 not in got
    assert 1226.85 in got  # an area to delimit (划定) is a target


def test_the_extent_concerned_is_no_goal():
    assert not _values(FENGXIAN_TEXT, 2024) & {1068, 99}


def test_a_place_geography_is_no_goal():
    assert not _values(QINGHAI_TEXT, 2022)


def test_a_place_standing_reached_is_no_goal():
    got = _values(XILINGUOLE_TEXT, 2023)
    assert 5294.2 not in got  # 境内…面积达到: the extent the place has
    assert 1120 in got  # the plan's goal in the next sentence stays


def test_goals_and_works_of_the_same_measures_stay():
    assert 300 in _values("到2035年,中心城区常住人口约为300万。", 2021)
    assert 1000 in _values("年内完成整治面积约1000亩。", 2024)
    assert 100 in _values("治理境内河道面积100亩。", 2024)  # a work within the place
    assert 50 in _values("到2025年,全市森林面积为50万亩。", 2021)
    # a lead's year passed down to a list (the spec's colon lead): the list states goals, not facts
    assert 300 in _values("到2035年,主要指标如下:\n中心城区常住人口约为300万。", 2021)
