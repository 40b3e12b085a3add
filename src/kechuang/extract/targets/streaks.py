"""连续N年 counts years gone by when a standing follows it (位居, 稳定在, 获评) or 过去/已 stands before it.

A streak is a standing, no deadline: ``连续七年位居全国工业百强区榜首`` (龙岗 2025 政府工作报告, the review of 2024)
dated the next clause 2031, and ``连续6年稳定在700亿斤以上`` (吉林 2019 农业重点任务, of 2018's harvest) became a 2024
target. Every 连续N年 of the dev split is such a streak, in the reviews of six documents (also 广西 科技强桂 2021
连续5年进入全国前十, 上高 2024 连续3年获评…先进县, 东乌旗 2022 连续33年位居…首位, 余杭 2023 连续两年夺得…) or a grant's
condition (台州 2023 连续两年主营业务收入比上年增长的, no goal either). But an ordinary plan commits to runs of
years in the same words (实施…行动,连续三年每年新建高标准农田5万亩; 全区要连续3年保持GDP增速8%以上; 实施“三年行动计划”,
连续三年实现粮食总产量稳定在60万吨以上: the review of round 28), so a streak needs a sign of one: 过去 or 已 just before
连续 (``力爭在過去連續兩年大幅增產的基礎上…``: 农业部 2012 方案, a news print, yizongshi.cn), or a standing verb just
after it (位居, 稳定在, 获评, 荣获, 进入, 夺得, 被评为, 名列, 保持…前列), as in all six reviews above. A start
(``从今年开始连续5年``, the 2006 notice on graduates, soolun.net), a commitment (力争, 将, 计划…) or a duty (要, 坚持,
实施, 启动) before it, or 每年 after it, keeps it a duration (``years.DURATION``) whatever verb follows.

The bare verbs of a line crossed or a growth kept (超, 突破, 保持, 增长, 增产: sum58) read a plan's own
runs as streaks too (review 42, finding 3: `全县地区生产总值连续三年增长8%以上`, `推动粮食生产连续两年增产`,
`实现连续5年增长`, `实施…行动,全市粮食产量连续3年突破60万吨` in a plan). After one of them the streak needs
more (mend58): a past mark in its sentence before it (已, 了, 截至, 以来) makes it one; else a commitment or a
plan's verb in its sentence before it (实现, 推动, 推进, 实施, 力争, 确保, 争取, 要, 将, 计划), or a value to
reach after the verb (增长8%以上), makes it a run to come. 超额 and 超前 are no 超 of a line crossed
(全市上下连续三年超额完成任务). A rank or an honour (居, 获, 领跑) is a state whatever verb its sentence holds
(山西 2024 发布会 news, www.ccpua.org/page130.html?article_id=6463, dev: `推动高质量发展…”系列主题发布会上,
…山西原煤产量连续三年居全国第一`, the title of the meeting before it). sum58's sources (the reviews above)
hold none of these and stay streaks.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.common import CLAUSE_END

# a start (从今年开始, 2024年起) or a commitment (力争, 争取, 确保, 将, 计划, 今后, 未来) in the words before 连续
_PROSPECT = re.compile(r"开始|\d年起|今年起|今后|未来|" + PLEDGE + "|将|计划")
_PAST_BEFORE = re.compile(r"(?:过去|過去|已经|已經|已)的?$")
# a duty (要, 坚持) or an action launched (实施, 启动) in the window before 连续: a run to come even across a comma
# (实施高标准农田建设行动,连续三年每年新建…; 全县上下要持续发力,连续3年…: the review of round 28)
_DUTY_BEFORE = re.compile(r"要|坚持|实施|启动")
# a standing held or a title won (位居…榜首, 稳定在…以上, 获评, 夺得), just after 连续N年: what a review counts back
_STANDING = re.compile(r"[^,,;;。]{0,4}?(?:位居|稳定在|获评|荣获|进入|夺得|被评为|名列|保持[^,,;;。]{0,8}前列)"
                       # a state held or a line crossed, just after N年 (sum58; fresh57's row 7), all dev:
                       # 连续3年保持高速增长 (朝阳 2024 前三季度 news, chaoyang.gov.cn/html/CYSZF/202410/
                       # 0173024610292721.html), 连续三年居全国第一 (山西 2024, www.ccpua.org/page130.html?
                       # article_id=6463), 连续2年超1600亿斤 (黑龙江 2026, www.hrbtv.net/folder137/2026-03-07/
                       # 1136573.html), 连续5年保持正增长 (河北区 2026 执行情况, www.tjhb.gov.cn/…/202602/
                       # t20260224_7249069.html), 连续6年增产,连续4年突破百万吨 (青海 2012, chinafeed.com.cn/xumu/
                       # 201202/10/69622.html), 连续五年增长 (贵州 2022, webtv.i2863.com/qzdst/gd/kgz/27940146.shtml);
                       # a run to come has its commitment or duty before it (力争, 要, 确保…), read first above
                       r"|居|获|领跑|(?P<bare>超(?![额前])过?|突破|保持|增长|增产)")
# after a bare verb (mend58): a past mark, or a commitment or a plan's verb, in the sentence before 连续
_SENTENCE_BACK = 60  # characters of the sentence read back from 连续: a bounded window
_SENTENCE_END = re.compile(r"[。!?;]")
_PAST_MARK = re.compile(r"已|(?<![为除])了|截至|截止|以来")
_PLAN_VERB = re.compile(f"实现|推动|推进|实施|{PLEDGE}|要|将|计划")
# a value to reach right after the verb: 增长8%以上, 突破60万吨以上 (bounded: a number and up to six characters)
_TO_REACH = re.compile(r"\s{0,2}\d+(?:\.\d+)?[^\d,;。]{0,6}?以上")
_LOOK_BACK = 12  # characters before 连续 read for its start or commitment: a bounded window, so a line stays linear


# a year printed in the sentence before 连续 (2022年,全县…连续三年增长8%以上 in a report of 2023: review 43)
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def is_streak(text: str, start: int, end: int, plan_year: int | None = None) -> bool:
    """Whether 连续N年 at ``start``:``end`` of ``text`` counts years gone by: 过去/已 just before it, or a standing
    verb after it (连续七年位居…, 连续3年保持高速增长, 连续2年超…) with no start, commitment or duty before it
    and no 每年 after it; after a bare verb, a past mark or a year before ``plan_year`` in the sentence makes it
    one. Any other 连续N年 (连续3年每年新增…, 要连续3年保持…) is a run to come."""
    before = text[max(0, start - _LOOK_BACK):start]
    if _PAST_BEFORE.search(before):
        return True
    ends = [m.end() for m in CLAUSE_END.finditer(before)]
    if _PROSPECT.search(before, ends[-1] if ends else 0) or _DUTY_BEFORE.search(before):
        return False
    if text.startswith("每年", end) or (m := _STANDING.match(text, end)) is None:
        return False
    if m.group("bare") is None:
        return True
    sentence = before = text[max(0, start - _SENTENCE_BACK):start]
    if (ends := [e.end() for e in _SENTENCE_END.finditer(before)]):
        sentence = before[ends[-1]:]
    if _PAST_MARK.search(sentence):
        return True  # 已连续…, 2021年以来连续三年增长: a streak gone by
    if plan_year and any(int(y.group(1)) < plan_year for y in _YEAR.finditer(sentence)):
        return True  # 2022年,全县…连续三年增长8%以上 in a plan of 2023: the year's review, not a run to come
    return _PLAN_VERB.search(sentence) is None and _TO_REACH.match(text, m.end()) is None
