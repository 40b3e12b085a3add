"""cand61 (plan_verbs.py): an area before the thing it is of, after a word in no count list, is a target in a plan's
sentence only, and names no next clause. Real dev sentences, each with its source address."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.extract.corpus import split_of

XIAMEN = "http://snsxw.org.cn/show-59464.html"  # 厦门 2021 春季农业生产 (dev)
XIAMEN_TEXT = "要抓好蔬菜生产,重点保障春季8000亩绿叶菜生产基地建设。要抓好生猪稳产保供。"
QIEMO = "http://www.sdlsmy.com/dfpd/xj/bwzg/2013-01/15/content_16121717.htm"  # 且末 2013 (dev)
QIEMO_TEXT = ("其次是加快发展畜牧业,将今年定为畜牧业发展年,加快一期5万亩饲草料基地建设和1.8亿元定居兴牧饮水工程建设,"
              "推进10万只肉羊和万头肉牛建设;三是大力发展设施农业和特色农业,规划建设萨尔瓦墩5000亩设施农业示范基地、新建300座温室大棚。")
SHEXIAN = "http://www.wrujm.cn/mobile/quote/1597.html"  # 涉县 2025 民生实事 (dev)
SHEXIAN_TEXT = "建设二中北路排水管网及其他附属设施,主要铺设雨水管网345米,铺设污水管网348米及其他附属设施,进一步提升排放能力。"


def _read(text, year):
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_sources_are_dev():
    assert split_of(XIAMEN) == split_of(QIEMO) == split_of(SHEXIAN) == "dev"


def test_an_area_of_a_base_in_a_plan():
    assert any(v == 8000 and "基地" in ind for ind, v, _ in _read(XIAMEN_TEXT, 2021))
    got = _read(QIEMO_TEXT, 2013)
    assert any(v == 5000 and "示范基地" in ind for ind, v, _ in got)
    assert any(v == 5 and "饲草料基地" in ind for ind, v, _ in got)
    assert not any(v == 1.8 for _, v, _ in got)  # the money after 和 shares no verb of an area


def test_no_next_clause_named():
    assert not any("及其他" in ind for ind, _, _ in _read(SHEXIAN_TEXT, 2025))


def test_no_reading_without_a_plan_cue():
    # the same shape in a sentence with no plan cue (no 要, 将, 力争, 到20XX年…) is left as it was
    assert not any(v == 8000 for _, v, _ in _read("重点保障春季8000亩绿叶菜生产基地建设。", 2021))


# 的 + N + noun after a plan's verb (plan_verbs.planned_of)
JIANGSU = "http://jiangsu.china.com.cn/html/jsnews/society/11091721_1.html"  # 江苏 2023 乐享园林 (dev)
JIANGSU_TEXT = "作为江苏省政府民生实事项目,今年计划建设的100处“乐享园林”活力空间名单日前出炉。"
SHANXI = "http://bipartisanpress.com/GB/314133/314213/10193563.html"  # 山西 2024 高素质农民培育 (dev)
SHANXI_TEXT = "全年高素质农民培育要覆盖到拟建设的360个精品示范村。"


def test_planned_things_after_de():
    assert split_of(JIANGSU) == split_of(SHANXI) == "dev"
    assert any(v == 100 and "活力空间" in ind for ind, v, _ in _read(JIANGSU_TEXT, 2023))
    assert any(v == 360 and "精品示范村" in ind for ind, v, _ in _read(SHANXI_TEXT, 2024))


def test_existing_things_after_de_are_left():
    # 既有的 names what stands already, no plan's verb (虹口 2026 is read otherwise: left as it was)
    assert not any(v == 40 for _, v, _ in _read("老旧小区内既有的40个电动自行车集中充电场所。", 2026))


# a count of times in a period before the work it counts (plan_verbs.recurring_count)
GUOWUYUAN = "http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm"  # 国家职业教育改革实施方案 (dev)
GUOWUYUAN_TEXT = "原则上每5年修订1次职业院校专业目录,学校依据目录灵活自主设置专业,每年调整1次专业。每3年修订1次教材。"
HUANGPU = "https://www.shanghai.gov.cn/zhengce/detail/0071::76c272cc-80e8-4155-b4e0-fe239cdffb07"  # 黄浦 消防 (dev)
HUANGPU_TEXT = "落实全区各类学校每学期2课时以上消防教育和1次以上逃生疏散演练,普及避险逃生知识和技能。"
HEZE = "http://xuexiaosujiaopaodao.com/baike/6434"  # 菏泽 2016 全民健身 (dev): 1次 qualifies a group
HEZE_TEXT = "到2020年,每周参加1次及以上体育锻炼的人数达到53%以上。"


def test_times_in_a_period():
    assert split_of(GUOWUYUAN) == split_of(HUANGPU) == split_of(HEZE) == "dev"
    got = _read(GUOWUYUAN_TEXT, 2019)
    assert sum(1 for ind, v, u in got if v == 1 and u == "次") == 3
    # once every period: recurring (review 45 found no test of it)
    plan = extract_text(GUOWUYUAN_TEXT, plan_year=2019)
    assert all(t.recurring for t in plan.targets if t.value == 1 and t.unit == "次")
    assert any(v == 2 and u == "课时" and "消防教育" in ind for ind, v, u in _read(HUANGPU_TEXT, 2013))
    assert not any(v == 1 for _, v, _ in _read(HEZE_TEXT, 2016))
