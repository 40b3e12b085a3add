"""A count before the things a work is done to, the work's noun closing the name, with no count verb right before the
count (MISSES-fresh54.md, row 3): the count is the goal and the things and their work name it, whatever stands before
the count (a scope, a road's stretch, a heading's number) — dev pages of three places:
  3. 农村公路90座三类桥梁加固维修(其中:县道17座、…)                      (建湖 2026 民生实事,
                                                         http://www.jianhu.gov.cn/art/2026/1/19/art_17335_4396733.html)
  完成秦南路南小河桥至花船子3.4公里道路拓宽改造工程                       (秦安 2015 民生实事,
                                                         http://yhg994208.cn/news/qa/201502112048124472.html)
  确保国家专项规划内的127座病险水库除险加固工程全部开工建设              (黑龙江 2009 水利,
                                                         http://ask.fsou.com/html/text/lar/170828/17082848.html)
The name ends with the work (and 工程 or 项目 after it): what follows (全部开工建设) is the predicate. A size before 的
(303平方米的综合楼) names no such work, and a noun that opens with 的 is refused here; so is an amount (money for the
work, no count of things: 150万元危房改造专款, 三原 2005, http://szb.sxworker.com/m/content/2005-08/31/234425.html) and
a noun holding its own verb (a headline's subject and predicate, not the things: 56.2万户江苏提前超额完成老旧小区改造
年度任务, 江苏 2022, http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm) — both dev.
"""

from __future__ import annotations

import re

_GATE = ("改", "修", "固")
# the things (two to sixteen characters, as few as can be), then a work done to them, then 工程 or 项目
_WORKED = re.compile(r"[^\W\d_]{2,16}?(?:加固维修|维修加固|除险加固|加固改造|维修改造|改造提升|提升改造|升级改造"
                     r"|拓宽改造|拓寬改造|改造|维修|維修|加固)(?:工程|项目|項目)?")


_OWN_VERB = re.compile(r"完成|实施|實施|推进|推進|开展|開展")
# A count right after a place, a scope or a thing named like one (全区15个街道污水管网改造, 老旧小区3个单元改造) counts
# the parts of that place, no things of their own (review 6; tests/extract/test_target_rev6.py, test_target_lists.py).
_AFTER_PLACE = re.compile(r"(?:[区區县縣镇鎮乡鄉村州市省]|街道|社区|社區) ?$")


# A project's description names what the project holds, no goal of its own (review 40: 项目概况:该工程涉及12座桥梁
# 加固维修; 该项目包括12座桥梁加固维修及配套设施). The project named as the subject (该工程, 本项目) or the heading of
# its description (概况) also keeps a verb of reach from counting (count_candidate.py, refused45).
DESCRIBED_PROJECT = re.compile(r"[该該此本](?:工程|项目|項目)|概况|概況")
_DESCRIBED = re.compile(rf"{DESCRIBED_PROJECT.pattern}|涉及|包括")


def worked(after: str, noun: str, unit: str | None, counted: str) -> str:
    """The name of the things a count counts and the work done to them (三类桥梁加固维修; 病险水库除险加固工程全部开工
    建设 → 病险水库除险加固工程), when the noun after the count opens with it; else empty. ``counted``: the words
    before the count."""
    if not any(w in noun for w in _GATE) or after.lstrip()[:1] == "的" or (unit or "").endswith("元") \
            or _AFTER_PLACE.search(counted, max(0, len(counted) - 3)) \
            or _DESCRIBED.search(counted, max(0, len(counted) - 12)):
        return ""
    m = _WORKED.match(noun)
    return m.group() if m and not _OWN_VERB.search(m.group()) else ""
