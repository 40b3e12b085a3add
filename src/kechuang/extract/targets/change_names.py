"""A change verb left at the end of a level's name: the value is the change, not the level (round 59).

The level readers take the words before a number as its name; when those words end with the change they set, the
target is a change and the verb no part of the name:
  陕西2024年GDP增长目标5.5%左右                       → GDP, growth 5.5 (陕西 2024 政府工作报告 news)
  单位工业增加值能耗下降控制在3%左右                 → 单位工业增加值能耗, growth −3 (宁夏 2021 工业经济)
  目标单产提高10%以上                                → 单产, growth 10 (新疆 2023 粮食)
  全员劳动生产率年均增长1万元                         → 全员劳动生产率, increase 1 万元 (三门峡 "十四五" 目标)
  農牧民人均純收入增加一百元                          → 農牧民人均純收入, increase 100 元 (新疆 2004 政府工作报告)
  糧食作物面積2.15億畝以上,比上年增加近50萬畝         → 糧食作物面積, increase 50 萬畝 (黑龙江 2020 粮食)
all dev. 增加 with a count (增加1000辆公租自行车, 医疗床位再增加5000张) or a capacity (清洁能源装机容量增加30万千瓦)
adds new things, a level as the corpus reads it: 增加 makes an increase only against the year before (比上年增加) or
of a measure per head or per unit (人均, 亩均, 单产, 劳动生产率).
"""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.goal_changes import changed_goal
from kechuang.extract.targets.goal_settings import GROWTH_CEILING, set_growth_name
from kechuang.extract.targets.naming import economy_total
from kechuang.extract.targets.vocab import alt, fall_verbs

# a growth set as a goal (GDP增长目标5.5%): a percentage only. Report and meeting news word the same goal with 的
# between, or as the growth's plan (fresh57 row 3, mis60; the reader was goal_wording.py, folded here: review 45):
#   2009年上海市生產總值增長的預期目標為9%、上海地方財政收入增長的預期目標為6%   (上海 2009 report news, dev:
#       http://nakedoat.com/jrzg/2009-01/13/content_1203936.htm)
#   延吉市确定今年GDP增长计划为6%                                            (延吉 2025 发改局 news, dev:
#       http://7kfd-www.plus.jlntv.cn/folder3676/folder3677/folder3766/folder13762/2025-02-20/FV4JGxkgjlY4g9r6.html)
# with 陕西2024年GDP增长目标5.5%左右 and 广西经济增长预期目标6.5%以上 (武宣 2022, dev): the value is the goal's
# growth rate (the spec: `growth`), the name the thing before the words. Forms dev does not show in two documents
# stay unread (增长的目标定为7%: none; 今年预期目标设定为6%以上 with no growth word: one, 国务院 2021).
_GROWTH_GOAL = re.compile(r"(?:增长|增速)(?:的?(?:预期)?目标|的?计划)(?:为|是)?$")
# a percentage change at the name's end, after a verb of limits (下降控制在: the limit stripped already)
# (or a rate held: 制造業投資年均增速保持10%以上 as …增速保持在6%以上 is read: 宁夏 2020 制造业 news; round 64)
# (a fall: the verbs of one class, vocab.fall_verbs — 检查频次压减超75%: 海口 2026, dev; dec39)
_PERCENT_CHANGE = re.compile(rf"(?:年均)?(?P<down>{alt(fall_verbs())})$|(?:年均)?(?:增长|增速|提高)$"
                             r"|(?:年均)?(?:增速|增幅)(?:保持|稳定)$")
# an amount (not a percentage) changed: 增长 always, 增加 against the year before or of a measure per head or unit
_AMOUNT_GROWTH = re.compile(r"(?:比上年|比去年|较上年|较去年)?(?:年均)?增长$")
_AMOUNT_ADDED = re.compile(r"(?P<cmp>比上年|比去年|较上年|较去年)(?:再)?增加$|(?:再)?增加$")
_PER_MEASURE = re.compile(r"人均|亩均|畝均|单产|單產|劳动生产率|勞動生產率")
_POINTS = ("个百分点", "個百分點")
# an amount raised to a level (增加到20万元), the value the level, though the change before it lent its kind
_TO_REACH = re.compile(r"(?:增加|提高|提升|增长)[到至][近约超逾]?\s*$")
# the words right before a value: the name's end, then at most a limit verb and an approximation
_BEFORE_VALUE = re.compile(r"(?:控制在|控制|为|是)?[近约超逾]?\s*$")
# A clause with no name of its own right after the clause of a rate or a doubling (MISSES-fresh58 row 5): the
# level it states is the same indicator's, as five-year goals print them, all dev:
#   地区生产总值年均递增14%,将达260亿元 (吉木萨尔 十三五 news, https://wulumuqi.baogaosu.com/xinwen/…/40306199)
#   地區生產總值(GDP)設定為年均增長8.5%左右,到2020年將達到2.6萬億元 (江西 十三五,
#   http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm)
#   生產總值翻一番以上,實現26億元以上 (台江 2011, http://www.zhxpm.cn/news/tj/201110/70700.shtml; its 實現 clause is
#   refused before it comes here, count_candidate.py)
# The gap between the two values is one comma and at most a stretch word, a year and a verb: a clause of its own
# words (建成一批项目,将达…) breaks it. A rate with no name after a level has its name run across the comma already
# (生产总值年均): no dev text asks more, so only a level continues.
_NAMELESS = ("", "将")
_RATE_NAME = re.compile(r"率|比重|占比|强度|比例|指数")
_CONTINUED_GAP = re.compile(r"(?:以上|左右|以内)?[,，]\s?(?:" + PLEDGE + r")?(?:到\d{4}年(?:底|末)?)?将?"
                            r"(?:实现|达到|达|突破|超过)?到?\s?")
# a level continues a change of its indicator
_CONTINUES = {"level": ("growth", "multiple", "increase")}


def _previous(para, sentence: int) -> str | None:
    """The name of the target read before in the same sentence of ``para``, if any."""
    if not para.targets:
        return None
    last = para.targets[-1]
    return last.indicator if last.start >= para.line.start + para.sentences[sentence][0] else None


def change_continued(para, sentence: int, pos: int, kind: str, unit: str | None) -> str | None:
    """The name of the target right before a value whose clause names nothing (``_CONTINUED_GAP``), if any; also
    for a count no other reading names (count_candidate.py: 生產總值翻一番以上,實現26億元以上, shared40)."""
    last = para.targets[-1] if para.targets else None
    if last is None or last.kind not in _CONTINUES.get(kind, ()) \
            or last.start < para.line.start + para.sentences[sentence][0]:
        return None
    # a share after an amount's growth in per cent is another measure's (研发经费投入年均增长15%,将达到2.5%: the 2.5 %
    # is the spending's intensity, not a level of the spending — review 44)
    if unit == "%" and last.kind == "growth" and last.unit == "%" and not _RATE_NAME.search(last.indicator):
        return None  # (森林覆盖率年均提高0.5%,将达到45%: a rate's own level continues it — review 45)
    end = last.end - para.line.start
    if not 0 <= end < pos <= end + 24 or not _CONTINUED_GAP.fullmatch(para.mtext, end, pos):
        return None
    return last.indicator  # (as printed: a page of traditional characters keeps its name so, as continued_name does)


def changed(para, sentence: int, pos: int, indicator: str, kind: str, value, value_max, unit: str | None):
    """(indicator, kind, value, value_max) of a level whose name ends with the change it sets; a change named only by
    its comparison (比上年增加近50万亩) takes the name of the target before it in the same sentence. Only a name that
    the value follows (``pos``: the value's place in ``para.mtext``): a name carried to a later value names a level
    there, and so does a change carried to a value raised to (年均增长1万元、从目前的14.4万元增加到20万元)."""
    if indicator in _NAMELESS and (name := change_continued(para, sentence, pos, kind, unit)):
        return name, kind, value, value_max
    if unit == "%" and kind == "level" and isinstance(value, (int, float)) and value <= GROWTH_CEILING and (
            name := set_growth_name(para.text, para.mtext, pos, indicator)):
        return name, "growth", value, value_max  # 今年我们定的是6%以上: the growth its sentence or paragraph named
    indicator = economy_total(para, indicator, pos)  # 深圳经济总量超过4万亿元: the name keeps 总量 (naming.py)
    if kind == "increase" and unit != "%" and _TO_REACH.search(para.mtext, max(0, pos - 6), pos):
        return indicator, "level", value, value_max  # 年均增长1万元、从目前的14.4万元增加到20万元: the level to reach
    unchanged = indicator, kind, value, value_max
    if kind != "level" or not isinstance(value, (int, float)) or len(indicator) < 2 or not unit or unit in _POINTS:
        return unchanged
    # 增长目标大幅上调为6% (goal_changes.py); the name and the page both read without the 为 before the value (a name
    # may keep it: 经济增长目标确定为9.5%, 山东 2013; review 30's F1)
    if unit == "%" and (goal := changed_goal(indicator)) and _BEFORE_VALUE.sub(
            "", para.mtext[max(0, pos - 12):pos]).endswith(_BEFORE_VALUE.sub("", indicator)[-2:]):
        return goal[0] if len(goal[0]) >= 2 else goal[1], "growth", value, value_max
    if unit == "%":
        m = _GROWTH_GOAL.search(indicator) or _PERCENT_CHANGE.search(indicator)
    elif (m := _AMOUNT_GROWTH.search(indicator)) is None and (added := _AMOUNT_ADDED.search(indicator)) \
            and (added.group("cmp") or _PER_MEASURE.search(indicator)):
        m = added
    # (both stripped of the words before a value: a name may keep its 是 — 增长的预期目标是6%至6.5%, 全国 2019; fresh42)
    if m is None or not _BEFORE_VALUE.sub("", para.mtext[max(0, pos - 12):pos]).endswith(
            _BEFORE_VALUE.sub("", indicator)[-2:]):
        return unchanged  # (a name carried to a value further on)
    name = indicator[:m.start()].rstrip()
    if unit == "%":
        if len(name) < 2:
            return unchanged
        if m.re is _PERCENT_CHANGE and m.group("down"):
            return name, "growth", -value, -value_max if isinstance(value_max, (int, float)) else value_max
        return name, "growth", value, value_max
    if len(name) < 2:
        name = _previous(para, sentence) or ""
    return (name, "increase", value, value_max) if len(name) >= 2 else unchanged
