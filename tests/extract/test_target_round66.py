"""Round-66 target rules (targ66): the largest dev target families left after the tense family, each rule from real
sentences of at least three documents (addresses above each, all dev by their address); the expected values are read
from the sentences by hand, per spec/plan-format.md (``category``: a class to reach, the class as a string)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


def _classes(text: str, plan_year: int | None):
    return [r for r in _rows(text, plan_year) if r[1] == "category"]


# A class of water quality to keep or reach is a category target, the water named its indicator and the class as
# printed its value (the text read after NFKC: Ⅱ → II). 重庆 2023 行动计划 (https://epaper.cqrb.cn/cqrb/2023-03/25/003/content_rb_314656.htm); 河北 2023
# 美丽河北 (http://biocind.com/html/news/hb/2023_02/09/14280002.html, traditional characters with readings); 江西 2011
# 水利改革 (http://www.gzjrw.com.cn/Item/41130.aspx).
CHONGQING = ("此外,《行动计划》还提出,到2027年,全市社会消费品零售总额达到1.65万亿元;全市空气质量优良天数稳定在338天左右,"
             "长江干流水质稳定保持Ⅱ类;新增市属国企控股上市公司3个以上。")
HEBEI = ("到2023年,全省優(yōu)良天數(shù)比率持續(xù)改善。地表水國省考斷面優(yōu)良水體比例達(dá)到80%,國省考斷面消除Ⅴ類,"
         "京津水源上游流域優(yōu)良水體比例保持100%,白洋淀水質(zhì)鞏固保持Ⅲ類。碳資產(chǎn)價值實現(xiàn)機(jī)制初步形成。")
JIANGXI = ("到2015年,全省将新增总供水能力35亿立方米,鄱阳湖区水功能区达标率达到90%以上,水质常年稳定在Ⅲ类以上。"
           "全省水土流失综合治理面积、生态修复面积达到1万平方公里以上。")


def test_a_class_of_water_quality_to_keep_is_a_category_target():
    assert _classes(CHONGQING, None) == [("长江干流水质", "category", "II类", None, 2027)]
    assert _classes(HEBEI, 2023) == [("白洋淀水質(zhì)", "category", "III類", None, 2023)]
    assert _classes(JIANGXI, 2011) == [("水质", "category", "III类", None, 2015)]
    # the targets around the class keep their readings and order
    assert [r[0] for r in _rows(CHONGQING, None)] == [
        "全市社会消费品零售总额", "全市空气质量优良天数", "长江干流水质", "市属国企控股上市公司"]


def test_a_class_that_qualifies_a_share_or_a_water_body_is_no_class_target():
    # 水污染防治行动计划 (国务院 2015, dev): the class names the share's waters, the share is the target
    share = "到2020年,地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例总体高于93%。"
    assert _classes(share, 2015) == []
    assert [(r[2], r[3]) for r in _rows(share, 2015)] == [(93, "%")]
    # 崇明 水务“十四五” (dev): a table's indicator holding classes
    assert _classes("市、区管河道断面水质稳定在Ⅲ类（含Ⅲ类）以上水体比重。", 2021) == []
    # the class removed is no class reached (国省考断面消除Ⅴ類 above; 渭河干流消灭劣Ⅴ类水体: 大西安 2017)
    assert _classes("到2021年,渭河干流消灭劣Ⅴ类水体。", 2017) == []


# An open verb (a word that is no listed count verb) before a count of vehicles, trees or copies counts the thing after
# it, as before a count of 个/家/名. 西城 2015 (http://epaper.bjnews.com.cn/html/2015-03/18/content_566920.htm?div=-1);
# 象山 2025 民生实事 (https://www.xiangshan.gov.cn/art/2025/3/19/art_1229679987_59187648.html); 普陀 “十五五” 绿化
# (https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205155&siteId=0075, the sentence without its aside).
XICHENG = ("交通出行方面,今年将实现南中轴路南段等3条道路建成通车,并新增、优化调整老旧小区内停车位600个。"
           "今年西城区还将增加1000辆公租自行车,方便市民出行。")
XIANGSHAN = "1 | 安康颐养项目:新改建农村互助颐养小院6个;为80周岁及以上老年人投保2.5万份意外伤害保险 |"


def test_an_open_verb_counts_vehicles_trees_and_copies():
    assert _rows(XICHENG, 2015)[-1] == ("公租自行车", "level", 1000, "辆", 2015)
    assert len(_rows(XICHENG, 2015)) == 3  # the two targets before keep their reading
    assert _rows(XIANGSHAN, 2025, title="2025年象山县民生实事项目") == [("农村互助颐养小院", "level", 6, "个", 2025),
                                      ("意外伤害保险", "level", 2.5, "万份", 2025)]
    assert _rows("到2030年,新种2500株行道树。", 2026) == [("行道树", "level", 2500, "株", 2030)]
    # a scope or a subject before the count is still no verb (全市, 其中): nothing read
    assert _rows("全市1000辆公租自行车。", 2015) == []
