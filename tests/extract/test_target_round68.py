"""Round-68 target rules (targ68): dev counts missed because of the shape around their number, each shape seen on
three dev pages or more (addresses above each sentence, all dev by their address); the expected values are read from
the sentences by hand, per spec/plan-format.md (indicator: the thing counted, as printed; unit as printed)."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


# A unit the vocabulary lacked: each page prints its own unit of measure after the number, and the count was lost
# (or its unit read into the name). 河北 2020 空气质量目标 (http://m.bm463.com/2020-01/21/c_1210447284.htm); 山东 2021
# 大数据中心 (https://idctalk.com/2148.html); 上海 2026 量子城市 (https://www.shanghai.gov.cn/zhengce/detail?businessId=
# 1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032).
HEBEI = ("同時,堅定不移實施去產能和退城搬遷攻堅。全省壓減煉鋼產能1400萬噸、平板玻璃產能840萬重量箱、焦炭產能200萬噸、"
         "煤炭產能600萬噸,淘汰火電產能50萬千瓦,9月底前停止排污。")
SHANDONG = ("“十四五”期间,创建50个以上的新型数据中心,布局一批低时延敏捷型的边缘数据中心,链接各类物联网终端总量超过2.5亿个,"
            "汇聚1000EB以上高质量工业数据,初步建成全国领先的一体化大数据中心省级节点。")
SHANGHAI = ("1.持续迭代“云宇星空”行业基座大模型。完成不少于100万条模型微调语料和10万条思维链语料生产，建设涵盖管理、实务、"
            "科研3大类100个专题领域、不少于22亿词元的专业知识库。")


def test_a_unit_of_measure_the_vocabulary_lacked_is_read():
    assert ("平板玻璃產能", 840, "萬重量箱") in _rows(HEBEI, 2020)
    assert ("高质量工业数据", 1000, "EB") in _rows(SHANDONG, 2021)
    assert ("专业知识库", 22, "亿词元") in _rows(SHANGHAI, 2026)


def test_the_counts_around_a_new_unit_keep_their_readings():
    assert _rows(HEBEI, 2020) == [("全省壓減煉鋼產能", 1400, "萬噸"), ("平板玻璃產能", 840, "萬重量箱"),
                                  ("焦炭產能", 200, "萬噸"), ("煤炭產能", 600, "萬噸"), ("淘汰火電產能", 50, "萬千瓦")]
    # (…终端总量超过2.5亿个: the name keeps its 总量, as the dev gold does — name38, test_name38_total_nouns.py)
    assert _rows(SHANDONG, 2021) == [("新型数据中心", 50, "个"), ("链接各类物联网终端总量", 2.5, "亿个"),
                                     ("高质量工业数据", 1000, "EB")]
    assert ("模型微调语料", 100, "万条") in _rows(SHANGHAI, 2026)



# 完工, the last stage of work, counts the thing after its number as 新开工 does, an item of its own after 、 (the
# noun before had run on: 小区、完工). 朝阳 2023 民生实事 (http://zgcounty.com/news/24588.html); 西湖 2023 民生实事
# (https://www.xjnnet.com/e/wap/show.php?classid=189&id=127690); 龙文 2018 (https://gmntv.com/edu/1910602.html).
CHAOYANG = ("继续推进老旧小区综合整治,全年新开工15个小区、完工15个小区,进一步提升老旧小区居住环境和居住质量。"
            "全年开工老楼加装电梯50部以上,竣工150部以上。")
XIHU = "此外,实施老旧小区综合改造提升工程,开工25个、竣工11个,完成老旧小区住宅加装电梯80台。实施二次供水设施改造30个,开工未来社区5个,完工3个。"
LONGWEN = "坚持每月开竣工一批项目,全年新开工77个、竣工63个。"
# history: a report of work done (准格尔 2023 政府工作报告, http://www.pernod-ricard-cesam.com/gk_128120/ghjh/zfgzbg/
# 202303/t20230307_3357188.html, dev)
ZHUNGEER = "重大項目建設成效顯著,193項重點項目順利完工123項,民間投資增長28.9%。"


def test_a_count_after_the_last_stage_of_work_is_an_item_of_its_own():
    assert _rows(CHAOYANG, 2023) == [("小区", 15, "个"), ("小区", 15, "个"), ("开工老楼加装电梯", 50, "部"),
                                     ("竣工老楼加装电梯", 150, "部")]


def test_a_stage_with_no_noun_names_the_thing_of_the_stage_before():
    assert _rows(XIHU, 2023) == [("开工老旧小区综合改造提升工程", 25, "个"), ("竣工老旧小区综合改造提升工程", 11, "个"),
                                 ("老旧小区住宅加装电梯", 80, "台"), ("二次供水设施改造", 30, "个"),
                                 ("开工未来社区", 5, "个"), ("完工未来社区", 3, "个")]
    assert _rows(LONGWEN, 2018) == [("新开工", 77, "个"), ("竣工", 63, "个")]


def test_a_report_of_work_completed_stays_no_target():
    assert _rows(ZHUNGEER, 2023) == []
