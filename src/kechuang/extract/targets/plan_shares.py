"""Shares of a plan or task reported done: `分别完成年度计划的116.24%、100.06%、91.12%和91.12%` (a list of the
shares that towns or bureaus reached), `分别完成年度目标任务的112%和120%`, `占任务1000户的24%` (the task's size
quoted, then the share of it done) measure progress against a plan; they are no targets of their own (the spec's
history; tests/fixtures/real/README.md: a report's completion figures are history). A single share at or below the
whole (`6月底前完成年度任务的50%`) may be a milestone and is left to targets/completed.py; a clause with a deadline
or a commitment before the share (年底前, 确保, 力争, 要) looks ahead and is kept.
Dev pages of the family, three places: 吴江 2025 重点项目 progress (hu51.cn/zgwj/zdxmu/202509/
f4fd292af32a4bd49b121b0…: 分别完成年度计划的116.24%…), 江苏 2022 老旧小区 news (guwao.cn/xwzx/PoliticsNews/202211/
t20221123_12489887…: 分别完成年度目标任务的112%和120%), 漳县 设施畜牧业 (www.jn720.com/news/show.php?itemid=22992:
占任务1000户的24%); the same shape with one share is already no target on 两当 2021 改厕 (完成省上下达任务380座的89%)
and 武山 2023 (完成市上下达任务16家的93.7%) (page57)."""

from __future__ import annotations

import re

_REACH = 56  # a clause's lead before the shares: 完成/占, the plan's name, a quoted size, 的, the shares before
# …完成|占 <words> 计划|任务|目标 [a quoted size: 1000户] 的 [shares before this one, each closed by 、 和 及 与]
_SHARE = re.compile(r"(?:完成|占)[^,，;；。\d%]{0,16}?(?:计划|任务|目标|計劃|任務|目標)"
                    r"(?P<size>\d{1,7}(?:\.\d{1,2})?[^\d,，;；。的%]{1,3})?[^\d,，;；。的%]{0,6}的[ \t]*"
                    r"(?P<before>(?:\d{1,3}(?:\.\d{1,2})?[ \t]*%[ \t]*[、和及与與][ \t]*){0,8})$")
# the share at ``at`` and the next share of its list after it
_NEXT = re.compile(r"\d{1,3}(?:\.\d{1,2})?[ \t]*%[ \t]*[、和及与與][ \t]*\d")
_AHEAD_REACH = 40
# a deadline or a commitment in the lead before the shares: a milestone of a plan (6月底前、9月底前分别完成…)
_AHEAD = re.compile(r"月底|月末|年底|年末|半年|季度|(?<![目提当此以])前|确保|確保|力争|力爭|争取|爭取"
                    r"|(?<![主重])要|须|須|应当|應當|将|將|计划到|計劃到")


def plan_share(sentence: str, at: int) -> bool:
    """Whether the value at ``at`` of ``sentence`` is a share of a plan or task reported done (one of a list, or of
    a task whose size is quoted)."""
    lo = max(0, at - _REACH)
    if "的" not in sentence[lo:at]:  # cheap gate: the shares follow the 的 of their plan
        return False
    m = _SHARE.search(sentence, lo, at)
    if m is None:
        return False
    listed = m.group("before") or _NEXT.match(sentence, at)  # one of a list: a share before it, or one after it
    if not (listed or m.group("size")):
        return False
    # the lead of the shares' clause only (a bounded reach: a line of many repeats is read in linear time)
    return _AHEAD.search(sentence, max(0, m.start() - _AHEAD_REACH), m.start()) is None
