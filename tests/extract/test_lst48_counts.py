"""lst48 (session 31): counts of listed items and numbers inside names are not targets (targets/listed_counts.py,
targets/name_numbers.py). The sentences are quoted from the dev pages named beside them; each shape has its
counter-test from dev gold: a count that names fewer items than it counts, a count of works (工程), a programme's
projects, a count with a floor, a word that holds 和, a list of verbs."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.model import Target
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.listed_counts import count_value, listed_counts
from kechuang.extract.targets.name_numbers import name_numbers
from tests.extract.passages import target_rows


def _values(text: str, year: int | None) -> list:
    return [r[2] for r in target_rows(text, year)]


def _count_at(text: str, number: str, unit: str, value: int) -> Target:
    """A count target over ``number`` + ``unit`` in ``text``, as a reader would propose it."""
    k = text.index(number + unit)
    return Target(indicator="x", kind="level", value=value, unit=unit, year=None, recurring=False,
                  quote=text[k:k + len(number) + len(unit)], path="", start=k, end=k + len(number) + len(unit))


def _kept(text: str, number: str, unit: str, value: int) -> bool:
    lines = split_lines(text)
    index = LineIndex(lines, "\n".join(line.text for line in lines))
    target = _count_at(text, number, unit, value)
    return listed_counts([target], index) == [target]


def test_count_values():
    assert [count_value(n) for n in ("5", "八", "十", "十二", "二十", "两", "二十三")] == [5, 8, 10, 12, 20, 2, 23]
    assert count_value("十二十") is None


# feiyi.bjrbrm.cn/df/show-67375.html (新疆 2024 科技工作会议); www.wenshang.gov.cn/art/2025/8/1/art_73230_2785759.html
# (汶上 2025 进展情况表); chinafeed.com.cn/xumu/201202/10/69622.html (青海 2012 农牧业)
XINJIANG = "记者从3月8日召开的新疆维吾尔自治区科技工作会议上获悉,2024年,新疆将实施八个专项行动,以科技创新引领现代化产业体系建设。"
WENSHANG = "坚持产业立县、制造强县战略不动摇,大力实施五个倍增计划,健全完善链长制工作机制。"
QINGHAI = "使推广面积达到100万亩,实现推广面积的新突破。加快实施8个百里百万计划,围绕河湟流域百里长廊建设,加快发展特色农牧业。"


def test_a_count_of_the_plans_own_programmes_is_no_target():
    assert 8 not in _values(XINJIANG, 2024)
    assert 5 not in _values(WENSHANG, 2025)
    values = _values(QINGHAI, 2012)
    assert 8 not in values and 100 in values


def test_name_numbers_reads_n_da_and_clause_end_zhuanxiang():
    # jdgc.hati.edu.cn/info/1032/2431.htm (河南 职业技能培训: 十大培训专项); qichun.cjyun.org/p/59548.html (蕲春: 五大工程)
    for text, number, unit, value in (("(一)精准实施十大培训专项。坚持服务发展。", "十", "大", 10),
                                      ("全面实施农村公路提档升级、安全保障、公路管养等五大工程,着力打造交通网络。", "五", "大", 5)):
        lines = split_lines(text)
        index = LineIndex(lines, "\n".join(line.text for line in lines))
        assert name_numbers([_count_at(text, number, unit, value)], index) == []


def test_counts_of_works_and_of_a_programmes_projects_stay():
    # cqnews.net/1/detail/1330489203470204928/web/content_1330489203470204928.html (重庆 2025 民生实事, gold)
    values = _values("实施165个农村饮水水源保障工程和25个城乡供水一体化工程。", 2025)
    assert 165 in values and 25 in values
    # house.hebei.com.cn/system/2019/04/01/019552238_01.shtml (河北 2019, gold 50 项 twice)
    values = _values("每年谋划实施50项重点基础研究和应用基础研究项目、50项重点研发计划项目,着力培育人工智能。", 2019)
    assert values.count(50) == 2
    # sn-xixiang: 9个专项工作组 is bodies set up, not a programme's name: name_numbers leaves it to the others
    text = "成立了由县委书记任政委的“美丽乡村”建设指挥部和9个专项工作组,县财政每年安排资金。"
    lines = split_lines(text)
    target = _count_at(text, "9", "个", 9)
    assert name_numbers([target], LineIndex(lines, text)) == [target]


# m.163wenku.com/p-7149484.html (象山 产业集群); izzymizzy.com/news/fj/fz/201903/25/1727692.shtml (福州 2019)
XIANGSHAN = ("到2025年,在汽模配、纺织服装为代表的传统优势产业领域实现较大提升,培育形成临港装备1个五百亿级产业集群,汽模配、纺织服装、"
             "功能材料、绿色能源、海洋生物等5个百亿级产业集群,实现“五年翻一番、挺进千百亿”的总体目标。")
FUZHOU = ("《若干措施》提出,为培育龙头企业、壮大“142产业集群”(即纺织化纤1个三千亿元产业,轻工食品、机械制造、冶金建材、电子信息4个"
          "两千亿元产业,石油化工、新能源2个一千亿元产业),对满足条件的规模以上企业予以奖励。")


def test_a_named_class_counted_by_its_names_is_no_target():
    assert 1 not in _values(XIANGSHAN, 2021) and 5 not in _values(XIANGSHAN, 2021)
    assert _values(FUZHOU, 2019) == []
    assert not _kept(XIANGSHAN, "5", "个", 5)  # 5 names of 5 (the filter alone, whatever the readers propose)


def test_a_verb_before_one_counted_class_keeps_it():
    assert 1 in _values("到2025年,打造1个千亿级产业集群。", 2021)


def test_a_list_that_names_fewer_items_than_its_count_stays():
    # the README's fourth batch: 干塘等6座水库 (a target), 5 names of 5 none
    assert _kept("2023年,完成干塘等6座水库除险加固。", "6", "座", 6)
    assert not _kept("2023年,完成干塘、马鞍山、萨车、小龙潭、九山等5座水库除险加固。", "5", "座", 5)
    # a name holding its own 、 inside brackets or quotes is one name
    assert not _kept("2023年,实施城东片区(含东关、西关)、城南片区、城北片区等3个片区改造。", "3", "个", 3)
    assert _kept("2023年,实施城东片区(含东关、西关)、城南片区等3个片区改造。", "3", "个", 3)
    assert not _kept("2023年,建成包括东区、西区、南区在内的3个产业园。", "3", "个", 3)
    # with no 等 the count reader refuses a list closed by 和 (count_candidate), so listed_counts does not scan for it
    assert _values("2023年,新建政务服务中心、便民服务站和综合文化站3个项目。", 2023) == []


def test_gold_counts_beside_lists_stay():
    # cqcb.com/dyh/government/dyh1433/2018-08-01/998377.html (荣昌 2018): a list of counts, not of names
    assert _kept("到2020年,全区创建国家4A级旅游景区3个、3A级旅游景区2个;建设特色旅游镇5个。", "2", "个", 2)
    # www.baoying.gov.cn/html/1317/2025-04-02/content-24451.html (宝应 2025): 和美 joins nothing
    assert _kept("因地制宜建设美丽乡村,年内建成省级宜居宜业和美乡村2个、新打造1个。", "2", "个", 2)
    # 219.145.244.73:88/html/zwgk/czysjs/45113.html (柞水 2014): a list of verbs before a bare count
    assert _kept("专利申请量90项,授权16件;培育、评审、鉴定科技成果3项;成果转化技术市场交易额600万元。", "3", "项", 3)
    # www.yandu.gov.cn/art/2026/1/29/art_3553_4400126.html (盐都 2026): a floor
    assert _kept("围绕“四新”项目“1643”、重大项目2个以上的目标,鼓足干劲。", "2", "个", 2)
