"""Round-77 target rules (targ77): counts printed before their noun that the open-count reading refused.

- The people an item serves (``targets/beneficiaries.py``): 惠及 or a place before a count of households or people
  that a people noun follows (惠及5027户居民, 提高城区4万户用热居民) is a beneficiary count, a target by the corpus's
  convention (tests/fixtures/real/README.md, ninth batch); 惠及 before a count of places stays a scope.
- A whole province, city or county between a count verb and a count of things (完成全省7701个…, 推进全省20个…)
  leaves the verb counting the thing after the count (``targets/scoped_counts.py``); a count of the places the scope
  holds (组织全县18个乡镇…) stays a scope (review 6's guards in test_target_rev6.py).

Every text is real text of a dev page, its address cited; the expected targets are read by hand per the spec."""

from __future__ import annotations

from tests.extract.passages import passage
from tests.extract.passages import target_rows as _rows

# 蓟州 2019 民心工程 (http://news.googvv.com/20191230/2630644.html, dev)
_JIZHOU = ("美化街景游园,修缮鼓楼广场公共配套设施,完成主干道路人行道改造3875米,平整公园场地、草木绿化7.57万平米;推进老旧"
           "小区水、电、暖、路综合提升改造,惠及5027户居民;建设“四好”农村公路,大修乡村公路85公里。")
# 涉县 2025 民生实事 (http://www.wrujm.cn/mobile/quote/1597.html, dev)
_SHEXIAN_HEAT = "四、集中供热扩建工程\n铺设将军大道(龙山电厂-状元街段)供热主管网,全长约4.3公里,有效提高城区4万户用热居民的供热安全。"
_SHEXIAN_ROADS = ("一、2025年村内基础设施提升工程\n在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏,惠及17个乡镇"
                  "(街道办),全力补齐农村基础设施短板。")
# 泉州 2024 news (http://house.mnw.cn/quanzhou/20240326/66140.html, dev)
_QUANZHOU = ("下达9900万元用于支持我省农村人居环境整治提升,惠及21个县(市、区)。其中,南安、德化各获补助金额500万元。")

# 山西 2023 老龄工作意见 (https://cnwlgc.com/n/a100025.html, dev)
_SHANXI = ("日前,山西省发布《中共山西省委、山西省人民政府关于加强新时代老龄工作的实施意见》,意见指出,山西将在2025年年底前,"
           "基本完成全省7701个城镇老旧小区改造任务,新建城区、新建居住区实现配套建设养老服务设施全覆盖。")
# 云南 2017 稳增长意见 (https://yaoan.gov.cn/Pages_31_18539.aspx, dev)
_YUNNAN = ("实行省、州市联动,聚集要素保障,全力推进全省20个具有支撑性、关键性、标志性的重点项目;全省各级财政、税务等部门要"
           "加大财源培育力度,确保实现财政收入增长4%的目标。")


def _counts(rows: list[tuple]) -> set[tuple]:
    return {(value, unit) for _name, _kind, value, unit, _year in rows}


def test_a_count_of_households_served_after_hui_ji_is_a_target():
    rows = _rows(_JIZHOU, None, "天津市蓟州区出台新一轮20项民心工程")
    assert ("居民", "level", 5027, "户", None) in rows
    assert (3875, "米") in _counts(rows) and (85, "公里") in _counts(rows)  # the works around it keep their reading


def test_a_count_of_residents_served_after_a_place_is_a_target():
    rows = _rows(_SHEXIAN_HEAT, 2025, "涉县2025年度十件民生实事项目")
    served = [r for r in rows if r[2:4] == (4, "万户")]
    assert len(served) == 1 and served[0][0].startswith("用热居民") and served[0][1:] == ("level", 4, "万户", 2025)
    assert (4.3, "公里") in _counts(rows)


def test_hui_ji_before_a_count_of_places_stays_a_scope():
    rows = _rows(_SHEXIAN_ROADS, 2025, "涉县2025年度十件民生实事项目")
    assert _counts(rows) == {(10, "万平方米"), (1000, "盏")}
    assert (21, "个") not in _counts(_rows(_QUANZHOU, 2024))


def test_a_count_verb_then_the_whole_province_still_counts_the_noun():
    assert ("城镇老旧小区改造任务", "level", 7701, "个", 2025) in _rows(_SHANXI, 2023)
    rows = _rows(_YUNNAN)
    assert ("具有支撑性、关键性、标志性的重点项目", "level", 20, "个", None) in rows


def test_a_count_of_a_whole_province_in_a_report_stays_a_fact():
    # 湖南 2023 民生实事 news (https://blog.bobobk.com/financial/2024/02-02/10157851.html, dev): 完成全省999家… is
    # what the year did, a report
    text = passage("hn-hunan-mssx2023", 0)
    assert (999, "家") not in _counts(_rows(text, 2024))
