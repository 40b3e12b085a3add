"""A size inside the thing counted: the count is the target, the size names the thing.

``counts.candidate`` refuses a thing that starts with a digit (482个亿元以上…项目: a class of size, no thing). A count
whose thing opens with a size, a class or an age of the thing and then names it is a count all the same (the corpus
README, thirteenth batch: "A size criterion before the thing counted … is no value; the count is"), from dev pages of
four documents:
  建设香积变等4座110千伏变电站                                  (长安 2022 十大惠民实事)
  对750台15年以上的老旧电梯进行安全评估                         (西湖 2023 十大民生实事)
  建成1处1万平方米以上的社区公园、3处500平方米以上的口袋公园      (历城 2022 为民办10件实事)
  创成3个3A级景区村                                             (庆元 2018 旅游工作)
The size's own number stays no target (its unit names the thing: 110千伏, 15年, 1万平方米).
"""

from __future__ import annotations

import re

# a number, its unit or class (at most four characters), a bound and 的, then the thing's name (two characters)
SIZED = re.compile(r"\d[\d.]*\s*[万千]?(?:[A-Z]级|[^\d\s、,,;;。()()的]{1,4}?)(?:以上|以下|及以上|及以下)?的?"
                   r"(?=[\u4e00-\u9fff]{2})")

# The size of one facility, before 的 and the facility (MISSES-fresh54.md, row 5), is a specification of the work, no
# goal; the count of the facilities, when one is printed, stays the target (建成1处1万平方米以上的社区公园: above).
# Dev pages of two places, whose gold reads none of these sizes:
#   打造500万吨的新型肥料产业园            (交城 2021, https://www.sxllnews.cn/xyllrb/pc/con/202104/23/c85787.html)
#   以及40个停车位的环卫车辆停车场和303平方米的综合楼
#       (扬中 2026, https://reportify.cn/tags/concept?page=2&tagValue=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E9%A1%B9%E7%9B%AE)
# An amount of work before 的 (实施400万平方米的旧楼区整修; 完成…9.59万亩的植树造林任务) names no facility: it stays.
_SLOTS = ("停车位", "车位", "泊位", "床位")
# The facility's word ends the noun (review 40: 50万平方米的老旧楼宇节能改造, 30万平方米的标准厂房, 10万平方米的农贸市场
# 升级 are amounts of work, their 楼/厂/场 inside a longer noun).
_FACILITY = re.compile(r"的[^\d,，;；。、和及与的]{1,16}?(?:产业园|园区|园|停车场|场|楼|馆|中心|站|厂|设施|基地)"
                       r"(?![\u4e00-\u9fff](?<![和及与]))")


def facility_size(unit: str | None, after: str, measure_units: frozenset[str]) -> bool:
    """Whether a value of ``unit`` with ``after`` after it is the size of the one facility it qualifies (500万吨的
    新型肥料产业园, 303平方米的综合楼, 40个停车位的环卫车辆停车场); ``measure_units``: the vocabulary's."""
    if not unit or "的" not in after[:4]:
        return False
    after = after.lstrip()
    if unit == "个" and after.startswith(_SLOTS):
        after = after[len(next(w for w in _SLOTS if after.startswith(w))):]
    elif unit.lstrip("万千亿") not in measure_units:
        return False
    return bool(_FACILITY.match(after))


# A plant's capacity printed right before what it makes and its 项目/厂/场, with no 的 between, names the project (the
# spec's numbers in names): the plan commits to the project, not to the tonnage (spur39). Dev pages of four places,
# whose gold reads none of these capacities:
#   昶辉生物100吨辅酶Q10项目,利牛生化30万吨燃料乙醇联产400万吨饲料项目年内开工建设  (开鲁, https://cn-ferment.com/news/show-8526.html)
#   榆树正榆1亿只肉鸡等投资亿元以上项目建设                              (吉林 2019, http://hunanfoods.net/news/internal/55239.html)
#   年产5万吨钢结构加工等10个工业项目                                    (临洮 2023, http://v-cnc.com/s-70090.html)
#   迪木那力克鐵礦二期300萬噸選礦廠和120噸球團廠                          (且末 2013, xj-qiemo-msss2013#2)
# Units of area, length or money (30万平方米的标准厂房, 1000亩…基地) are amounts of work and stay; a capacity before 的
# (总装机180万千瓦的光伏项目: 甘孜 2025, gold) is left to ``facility_size``, which reads no total; a count of the
# projects (建成…等5个…光伏项目) is no capacity and stays.
# (rev51) A comparison right after the unit (10万吨以上, 50万吨左右) closes a level reached, no name; the 场 of a
# market (市场, 商场) is where a product goes, no plant (实现10万吨农产品进入全国市场).
_CAPACITY = re.compile(r"[\d.,]{1,14}\s{0,2}[万萬亿億千]?\s{0,2}(?:吨|噸|只|隻|头|頭|羽|千瓦|兆瓦|吉瓦|立方米|标准箱)"
                       r"(?!以上|以下|以内|以內|左右|上下|及以上|多)"
                       r"[^,，。;；、:：\n|(（/每级級的]{1,16}?(?:项目|項目|厂|廠|(?<![市商])[场場])(?![所景次])")
_CAPACITY_UNITS = re.compile(r"[吨噸只隻头頭羽瓦米箱]")  # a cheap gate: one of the units' last characters


def capacity_named(sentence: str, at: int) -> bool:
    """Whether the value starting at ``at`` of ``sentence`` is the capacity in a project's or a plant's name
    (昶辉生物100吨辅酶Q10项目, 300萬噸選礦廠)."""
    return _CAPACITY_UNITS.search(sentence, at, at + 20) is not None and _CAPACITY.match(sentence, at) is not None
