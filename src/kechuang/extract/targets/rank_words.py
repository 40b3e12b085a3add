"""Ranks to reach printed without a measure word: ``rank`` targets whose value is the place (前三 → 3, 第一 → 1).

``paragraph.rank`` reads 进入全省前10名 (a verb, a scope, 前, a number and 名/位/强). Plans also print the place alone,
in Chinese numerals, closing the clause (dev pages of two documents):
  实现以下目标:实现接待游客超386万人次、旅游综合收入25.03亿元,增幅位列全市前三   (庆元 2018 旅游工作)
  强力推进48个涉旅工程项目,…确保增幅在全市排名前三                               (庆元 2018, its next item)
  二是乡村振兴考核指标力争全市第一                                                 (泰山区农业农村局 2025 工作计划,
                                                                                    the twenty-sixth batch)
Only after a commitment word that governs the place, in its own clause (力争, 确保, 争创, 争取, 力求), or after a goal
lead earlier in the sentence (以下目标:). A standing stated alone is history (入库科技型中小企业235家,总量位居全市第二;
高新技术产业增加值增速全省第二), and so is one after a commitment to something else (全县上下确保各项工作落实,…增速位列
全市第一) or after the noun 目标 (完成年度目标任务,…位列全市第一; 围绕年度目标,…位列全市第二: review 3). A class or a
tier (全省第一类县市区, 第一梯队, 前三季度) is none: the place must close the clause.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kechuang.extract.targets.commitment import PLEDGE
from kechuang.extract.targets.spans import Covering
from kechuang.text.numerals import to_number

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_PLACE = re.compile(r"(?:位列|排名|排在|进入|跻身|稳居|保持)?在?(?:全国|全省|全市|全县|全区|全州|全盟)(?:排名)?"
                    r"(?P<which>前|第)(?P<n>[一二三四五六七八九十]|[1-9]\d?)(?=[,,。;;、]|$)")


# the core every place holds (全市第, 全省排名前): a paragraph with none is not searched for one; ``_PLACE`` opens
# with optional words and is tried at every position
_CORE = re.compile(r"全(?:国|省|市|县|区|州|盟)(?:排名)?[前第]")
_GOVERNS = re.compile(PLEDGE + "|争创|力求")  # (争创, 力求: the pledges of a rank)
_GOAL_LEAD = re.compile(r"目标[::]")
_CLAUSE_REACH = 120


# A place entered (进入, 跻身, 挺进) in a scope that opens with 全 (全国, 全國地級城市), printed 前十 or N强 with no
# measure word, in a sentence a commitment or a deadline governs from anywhere before it — dev pages of two places:
#   规划提出一系列总目标,包括到2025年…,结核病、传染病、烧伤科、精神医学等专科进入全国前十,…
#       (深圳 卫生健康 十四五 news, http://news.wybstv.com.cn/xw/2022/0511/30412.html: gold rank 10, unit null)
#   力爭“十四五”時期,GDP年均增9%以上,…,經濟總量進入全國地級城市65強,…
#       (曲靖 十四五 article, http://hk1.crntt.com/doc/7_0_106054884_1.html: gold rank 65, unit null)
# 前N强 with 前 is paragraph.rank's (unit 强). 百强 alone is a list one enters (10家医院进入全国医院排行榜百强: the
# count of 深圳 above is the target), so the place is a digit or a numeral of tens, not a bare 百. A place entered in a
# streak or already (高新技术产业化水指数连续5年进入全国前十: 广西 科技 2021,
# http://www.xunjk.com/xinwen/keji/2021/0718/160286.html — dev, no gold) is history.
_ENTERED = re.compile(r"(?:进入|進入|跻身|躋身|挺进|挺進)(?=全)[^,,。;;、前第\d]{1,14}?"
                      r"(?:前(?P<cn>[一二三四五六七八九十]{1,3})"
                      r"|(?P<n>[1-9]\d{0,2}|[二三四五六七八九]?十[一二三四五六七八九]?)[强強])"
                      r"(?=[,,。;;、]|$)")
_ENTER_GOVERNS = re.compile(r"力争|力爭|确保|確保|争取|爭取|力求|到(20\d\d)年")
_ENTERED_BEFORE = re.compile(r"连续|連續|已经|已經|首次|成功|先后|先後|已")


def _governed(text: str, lo: int, hi: int, plan_year: int | None) -> bool:
    """Whether a commitment, or a deadline at or after the plan's year, stands in ``text[lo:hi]`` (every one asked: a
    past deadline first, 到2020年…,力争…, hides no commitment after it: rev48)."""
    for g in _ENTER_GOVERNS.finditer(text, lo, hi):
        if not (g.group(1) and plan_year and int(g.group(1)) < plan_year):
            return True
    return False


def _entered_ranks(para: Paragraph, text: str) -> None:
    """Add the places entered in a goal sentence (see ``_ENTERED``)."""
    read = None
    for m in _ENTERED.finditer(text):
        if para.masked[m.start()] or _ENTERED_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        k = max(0, bisect.bisect_right([s for s, _ in para.sentences], m.start()) - 1)
        s_start = para.sentences[k][0]
        if not _governed(text, s_start, m.start(), para.plan_year):
            continue  # (到2020年…进入全省前十 in a 2024 plan: a past deadline, no goal)
        lo = max(s_start, m.start() - _CLAUSE_REACH)
        clause_start = max(max(text.rfind(c, lo, m.start()) for c in ",,;;:") + 1, lo)
        if m.start() - clause_start < 2:
            continue  # no subject of its own
        read = read or Covering((t.start, t.end) for t in para.targets)
        which = "cn" if m.group("cn") else "n"
        n, at = m.group(which), para.line.start + m.start(which)
        if read.covers(at, at + 1):
            continue
        para.add(text[clause_start:m.start()], "rank", to_number(n), None, m.start(), m.end(), k,
                 text[clause_start:m.end()], clause_start)


def _may_enter(text: str) -> bool:
    """Whether ``text`` holds the words of an entered rank (进入前十, 跻身百强)."""
    return ("进" in text or "進" in text or "跻" in text or "躋" in text) \
        and ("强" in text or "強" in text or "前" in text)


def _may_place(text: str) -> bool:
    """Whether ``text`` holds the words of a place (全市第一, 全省前三), before its regex."""
    return "全" in text and ("前" in text or "第" in text)


def may_rank_places(text: str) -> bool:
    """Whether ``text`` holds the words rank_places reads (the call site asks first: one test, two places)."""
    return _may_enter(text) or _may_place(text)


def rank_places(para: Paragraph) -> None:
    """Add the paragraph's ranks printed without a measure word (see the module's note)."""
    text = para.mtext
    if not may_rank_places(text):
        return
    if _may_enter(text):
        _entered_ranks(para, text)
    if not _may_place(text) or not _CORE.search(text):
        return
    starts = [s for s, _ in para.sentences]
    read = None  # the paragraph's targets by position, built at the first place found
    leads: dict[int, int] = {}  # where each sentence's first goal lead ends (-1: none); found once a sentence
    for m in _PLACE.finditer(text):
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        s_start, sentence = para.sentences[k]
        if para.masked[m.start()]:
            continue
        # the clause, read back a bounded reach: a sentence of thousands of clauses is read once, not once a place
        lo = max(s_start, m.start() - _CLAUSE_REACH)
        clause_start = max(max(text.rfind(c, lo, m.start()) for c in ",,;;:") + 1, lo)
        if k not in leads:
            lead = _GOAL_LEAD.search(sentence)
            leads[k] = lead.end() if lead else -1
        if not _GOVERNS.search(text, clause_start, m.start()) and not 0 <= leads[k] <= m.start() - s_start:
            continue
        read = read or Covering((t.start, t.end) for t in para.targets)  # a place added later lies after them
        at = para.line.start + m.start("n")
        if read.covers(at, at + 1):
            continue
        para.add(text[clause_start:m.start()], "rank", to_number(m.group("n")), None, m.start(), m.end(), k,
                 text[clause_start:m.end()], clause_start)
