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
    assert _rows(SHANDONG, 2021) == [("新型数据中心", 50, "个"), ("链接各类物联网终端", 2.5, "亿个"),
                                     ("高质量工业数据", 1000, "EB")]
    assert ("模型微调语料", 100, "万条") in _rows(SHANGHAI, 2026)

