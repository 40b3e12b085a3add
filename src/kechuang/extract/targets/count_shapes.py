"""The word shapes around a number that ``candidate`` (count_candidate.py) tests: where an item of a list ends,
baselines (从…), reports (了), ages, goal tails, batches, rises, hedges, existing and held things, comparisons.
"""

from __future__ import annotations

import re

# Items of a list of targets inside one clause: "…2家、…5家".
_ITEM_TAIL = re.compile(r"\d(?:[^\d、]{1,5})?(?:以上|左右)?、$")
ITEM_END = re.compile(r"^[^、,;]{1,40}?\d")
# prose46: 和/及/与 between two counted items joins them as 、 does (提档升级村35个和生态移民村212个: 和林格尔 2016;
# 新增城镇就业4万人和政策性扶持创业5000人: 市北 2022 — dev): a count's unit (Chinese, 1–2 characters, no year or
# date) then the joiner ends the item before it, when a name follows it (…1.27万家和8.6万家: two values of one
# 分别, respective.py's); 及以上, 及其 and 涉及 join nothing.
_JOINER = r"(?:以及|和|与|(?<!涉)及(?!以[上下]|其))"
_JOINED_TAIL = re.compile(rf"\d(?![年月日号])[\u4e00-\u9fff]{{1,2}}?(?:以上|左右)?{_JOINER}(?=[^\d\s.])")
ITEM_JOINED = re.compile(rf"^{_JOINER}(?=[^、,;\d]{{1,30}}?\d)")
# An item after 、 with a comparison or verb of its own and no number (进出口总额增长9%左右、增速高于全国平均水平: 安徽
# 重点工作; 覆盖率达到98%以上、耕种收综合机械化率高于所在省份平均水平: 农业农村部 2021): the value's item ends at 、.
# 超过 too (cand62: 年均增长10%以上、研发投入强度超过全国平均水平: 重庆 2023,
# https://epaper.cqrb.cn/cqrb/2023-03/25/003/content_rb_314656.htm; 生产总值达到3万亿元、人均超过1万美元: 陕西 2016,
# http://covid-19.chinadaily.com.cn/micro-reading/china/2016-01-24/content_14506022.html — dev).
NEXT_CLAUSE = re.compile(r"^[^、,;\d]{1,30}?(?:高于|低于|快于|慢于|不低于|明显|同步|超过)")
FROM = re.compile(r"[从由][^从由,;]{0,8}?[\d.]{1,12}[^从由,;]{0,6}$")
DONE = re.compile(r"^[^,;了]{0,6}(?<![为除])了")
AGE = re.compile(r"^\d{1,3}(?:[-—~至]\d{1,3})?周?岁(?:及以上|以上|以下|及以下)?的?")
# …增长4%的目标。, …1家”目标 end it; so does a goal named by its kind (tail50: 冲刺3000亿元的奋斗目标, 湖北 2023 软件业
# news, hb-hubei-rjcyl2023; 将城镇调查失业率维持在5.5%左右的预期目标, 广东 2024 就业 news, gd-guangdong-jy2024 — dev)
GOAL_TAIL = re.compile(r"^[”\"]?的?(?:奋斗|奮鬥|奮斗|预期|預期)?(?:目标任务|目标|任务)[\s。;;!!]*$")
WHEN_END = re.compile(r"(?:全年|年内|当年|今年)$")
BATCH = re.compile(r"(?:、|以及|和|及|与)(?:一批|若干|一系列|一些|多个)")
RISE_AFTER = re.compile(r"的?(?:增长|增幅)(?=$|[,;。、])")
RISE_VERB = re.compile(r"(?:实现|保持|达到|力争|确保)\s*$")
# a space or a hedge between a counting word and its number (对约80个, 开放 200 个, 为 14.65 万名): not part of the verb
GAP_END = re.compile(r"(?:\s|约|近|超过|超|逾){1,3}$")
# the items that exist, the object of the work (为老旧小区内既有的1000个…加装消防设施: 上海 2021 实事, 虹口 2026;
# 完成现有2条…治理任务: 杨浦 2025 — dev, round 40): the verb or 为 before them counts the noun after the number
EXISTING = re.compile(r"(?:[^,;。、\d\s为对]{1,8}?内)?(?:现有|既有)的?$")
# the part of a set the verb counts (完成剩余1620亩整治任务量: 嘉定 2026; 推进第一批75个基本建设项目: 兴庆区 2025 — dev,
# horizon49): the verb before it counts the noun after the number, as with 现有
SET_PART = re.compile(r"(?:剩余|剩下|首批|第[一二三四五六七八九十]{1,2}批)的?$")
HELD = re.compile(r"(?:确保|守住) ?$")  # 确保185万亩粮播面积, 守住18亿亩耕地红线: what is held (round 41)
HELD_STATE = re.compile(r"(?:稳定|穩定)$")  # 确保…粮播面积稳定: the state held is no name (review 12)
# 单产提高7公斤, 寿命…继续提高1岁: a rise by a quantity (round 40); 提升 likewise (review 11)
RAISED_BY = re.compile(r"(?:继续|繼續|再)?提[高升]$")
# A standing moved forward by a number of places (fresh49, the corpus convention "Rank moves"):
# 全市综合科技创新指数在全省排位前移1-2位 (九江 2025 工作要点, jx-jiujiang-kjfn2025),
# 在市综合考核…中前进不少于1个位次 (庆元 2018, zj-qingyuan-lygz2018), both dev; 上升 likewise.
# Only with MOVE_UNITS: 上升 before another count is no move of a standing.
MOVED_BY = re.compile(r"(?:前移|前进|前進|上升)(?:不少于|不少於|至少)?$")
MOVE_UNITS = frozenset({"位", "个位次", "個位次"})
TO_REACH = re.compile(r"达到|提高到|提升到|提高至|提升至")  # a level stated as one to reach (review 11)
# 比全省平均水平提高1000元: a comparison with another place, not with a year (review 11)
COMPARED = re.compile(r"比(?!\d{4}|上年|去年)")


# After a growth word, another rate (的…率, 贡献率) makes the growth part of that rate's name:
# 科技进步对经济增长的贡献率 (阜新 2015; 甘肃 “十三五”科技创新规划, held out), not 年均增长的目标为15%.
NAMED_RATE = re.compile(r"的[^,;。]{0,6}率|[^,;。的]{0,6}贡献率")


def item_start(before: str) -> int:
    """Where the last item of a list in ``before`` starts ("…2家、" → after the 、; "…35个和" → after the 和), else 0;
    looks only at the characters before each 、, from the right, and then for a joiner after the last item's 、 (or
    over the whole of ``before`` when no 、 ends an item: a window of the value's clause, not the text)."""
    k = len(before)
    while (k := before.rfind("、", 0, k)) >= 0:
        if _ITEM_TAIL.search(before, max(0, k - 12), k + 1):
            k += 1
            break
    else:
        k = 0
    joined = [j.end() for j in _JOINED_TAIL.finditer(before, k)]
    return joined[-1] if joined else k
