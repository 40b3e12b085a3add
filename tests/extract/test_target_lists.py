"""Target rules of round 36 (lists): counts inside lists that the extractor did not read, from dev documents of the
real corpus (tests/fixtures/real/README.md, batch lists and before); the sentences are quoted from the pages named,
the expected values read by hand per spec/plan-format.md and the corpus README."""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from tests.extract.passages import target_rows as _rows
from tests.extract.test_target_trec4 import _cpu
from tests.timing import assert_scaled, assert_under

# 1. A named place between a count verb and its count (targets/placed.py): the verb counts the thing after the number.
# https://sd.china.com/2022sdlh/gsx/20002334/20230109/25706076.html (长清 2023 重点民生实事; dev)
CHANGQING = "三、实施城区雨污分流改造。完成主城区3条道路、158个小区的雨污分流改造,完善城区排水排涝管网。"
# https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085
# (崇明 水务 十四五 规划, 专栏1; dev)
CHONGMING = "三堤：建设三岛79公里大堤、13座水闸。三网：整治疏浚190公里骨干河网。"
# https://www.ixian.cn/archiver/tid-1783299.html (长安 2022 惠民实事; dev)
CHANGAN = "推进王曲、滦镇、五台3个街道新型农村社区后续安置房建设、完成小居安村287户群众回迁安置。"
# http://yhg994208.cn/news/qa/201502112048124472.html (秦安 2015 十件民生实事, traditional with readings; dev)
QINAN = "這十件民生實(shí)事分別是:解決劉坪、中山等鄉(xiāng)鎮(zhèn)4萬(wàn)人的飲水不安全問(wèn)題;"
# https://sx.sina.com.cn/news/b/2024-03-19/detail-inanvpww9509665.shtml (西安 2024 为民实事; dev, batch lists)
XIAN = ("11。解决沿山区县农村居民季节性缺水。完成蓝田县、周至县两处规模化供水设施建设,改造提升临潼区、长安区、鄠邑区、"
        "蓝田县、周至县等沿山区县19处农村供水设施。")


def test_a_place_between_a_count_verb_and_its_count_is_counted():
    rows = _rows(CHANGQING, 2023)
    assert [r[2:4] for r in rows] == [(3, "条"), (158, "个")]
    assert rows[0][0].startswith("道路") and rows[1][0].startswith("小区")
    rows = _rows(CHONGMING)
    assert [r[2:4] for r in rows[:2]] == [(79, "公里"), (13, "座")] and rows[0][0] == "大堤"
    assert [r[2:4] for r in _rows(CHANGAN, 2022)] == [(287, "户")]
    rows = _rows(QINAN, 2015)
    assert [r[2:4] for r in rows] == [(4, "萬(wàn)人")]
    rows = _rows(XIAN, 2024)
    assert [r[2:4] for r in rows] == [(19, "处")] and "农村供水设施" in rows[0][0]


def test_a_scope_a_project_a_list_named_in_full_or_a_history_list_is_no_placed_count():
    # a place with no count verb before it is a scope, and so is a scope word after a count verb (review 6)
    assert _rows("全市31个乡镇完成改造。", 2023) == []
    assert _rows("组织全县18个乡镇参加培训。", 2022) == []
    # a project named with its size (崇明 水务, dev gold: no target) and a one-character place (四川 2019, dev gold)
    assert [r[2:4] for r in _rows("1.管网安全保障工程。实施崇明岛57公里原水管线复线项目,保障全岛供水安全。")] == []
    assert _rows("命名县两个层次。") == []
    # a thing that ends like a place is no place: the count after it has no noun of its own, and a count with a noun
    # after it is no placed count (review 6: these gave nothing before round 36 and must still give nothing)
    assert [r[2:4] for r in _rows("改造老旧小区3个。", 2023)] == [(3, "个")]
    for text in ("改造老旧小区3栋住宅楼。", "建设园区3个标准化厂房。", "完成老旧小区3个单元改造。", "建设景区5个停车场。"):
        assert _rows(text, 2023) == [], text
    # named places with no count (钢城 2021 为民办十件实事, batch lists; dev): nothing to count
    assert _rows("實施道路品質提升工程,完成西外環、東外環和南外環大修,改造提升朝陽路、友誼大街等城市道路。", 2021) == []
    # a list of places named in full before their count counts the names (兰州 2019, dev gold: no target)
    assert _rows("新建兰州东、兰州北2个收费站。", 2019) == []
    # a history list (黑龙江 2024 老旧小区改造, batch lists; dev): what was done stays history
    assert _rows("据统计,已累计开工改造城镇老旧小区213.8万户,其中,已完成改造主城区供热管线4400余公里。") == []


# 3. A count after 、 in a list whose verb opens the clause and whose first item is named with no count
# (targets/placed.py named_first): the verb counts the thing after the number.
# https://m.shzx.org/a/40-6340-0.html (拉萨 2018 政府工作报告; dev)
LASA = "完善城市基础设施,建成投用柳东大桥、19条市政道路等项目,推进城市轨道交通、滨河路、东环线等项目。"
# http://zuoy.net/19/183805.html (贵州 2020 十件民生实事; dev)
GUIZHOU = "(2)为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次,为80万农村35—64岁妇女免费做宫颈癌筛查。"


def test_a_count_after_a_named_first_item_is_counted_by_the_lists_verb():
    rows = _rows(LASA, 2018)
    assert [r[2:4] for r in rows] == [(19, "条")] and rows[0][0].startswith("市政道路")
    rows = _rows(GUIZHOU, 2020)
    assert [r[2:4] for r in rows] == [(4.5, "万名"), (80, "万")] and rows[0][0].startswith("脱贫攻坚一线干部")
    # a review's clause that opens with its year, and names right before a count (长安 2022, dev gold: no target)
    assert _rows("2017年,建成投用柳东大桥、19条市政道路等项目。", 2018) == []
    assert _rows("完成靖宁路、长兴南路2个积水点改造。", 2022) == []


# 2. A count of a list that names no thing of its own takes its neighbour's thing (targets/shared_noun.py).
# http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml (庆元 2018 旅游工作; dev)
QINGYUAN = "同时,新增24个、提升10个A级景区村庄,其中创成3个3A级景区村。"
# https://jjcn.hczyw.com/2024/0314/72876.html (通辽 2024 国民经济和社会发展计划; dev)
TONGLIAO = "实施城镇老旧供热管网改造68处、36.6公里、更新改造换热站20处。"


def test_a_nameless_count_of_a_list_takes_its_neighbours_thing():
    rows = _rows(QINGYUAN, 2018)
    assert [r[2:4] for r in rows] == [(24, "个"), (10, "个"), (3, "个")] and rows[0][0] == rows[1][0] == "A级景区村庄"
    rows = _rows(TONGLIAO, 2024)
    assert [r[2:4] for r in rows] == [(68, "处"), (36.6, "公里"), (20, "处")] and rows[1][0] == rows[0][0]


def test_amounts_and_counts_of_one_unit_share_no_thing():
    # two nameless counts of one unit: no thing to share; amounts of a reward rule (凤台 2024, 嵊州 2022: dev gold)
    assert _rows("新增5家、10家。", 2023) == []
    assert [r[2:4] for r in _rows("分别给予5万元、8万元奖励。", 2023)] == []
    # a count with words of its own keeps them
    rows = _rows("新增24个景区、提升10个A级景区村庄。", 2018)
    assert rows[0][2] == 24 and rows[0][0].startswith("景区")


@pytest.mark.parametrize(("unit", "repeats"), [
    ("完成主城区3条道路、", 3_000), ("改造提升临潼区、长安区等沿山区县19处农村供水设施、", 3_000),
    ("临潼区、", 30_000), ("完成小居安村", 30_000), ("新增24个、提升10个A级景区村庄,", 1_000), ("改造68处、36.6公里、", 1_000),
])
def test_the_placed_count_stays_linear_on_a_line_of_many_repeats(unit, repeats):
    # ten times the repeats must cost about ten times the time, not a hundred
    _cpu(unit)  # the vocabularies load outside the measure
    assert_scaled(_cpu, unit * repeats, unit * repeats * 10, 20, unit)


def test_a_line_of_ten_thousand_list_items_and_the_issues_bad_input():
    assert_under(lambda: extract_text("完成主城区3条道路、" * 10_000, plan_year=2025), 30)
    # the issue's bad input: 、 repeated 100,000 times gives no target and no slowdown
    def bad_input() -> list:
        targets = extract_text("、" * 100_000, plan_year=2025).targets
        extract_text("完成" + "、" * 100_000 + "3条道路", plan_year=2025)  # a run of 、 inside a place: no slowdown
        return targets
    assert assert_under(bad_input, 10) == []
