"""Sentences that report progress as a share of a planned or handed-down figure: `完成市上下达任务16家的93.7%`,
`上半年实际完成投资156.92亿元,占全年计划投资的56.6%`, `累计完成搬迁安置42.3万人,占总计划的84.6%`, `目前实际已开工206项,
完成年度计划开工的80.8%` — what was done, measured against the plan, so every number of the sentence is history
(tests/fixtures/real/README.md, twenty-seventh batch: `完成省上下达任务380座的89%`, `本年度計劃開工項目255項` are
history). targets/completion_rates.py reads a 完成率 and a share of the year's task above 100; this reads the
share of any planned figure (下达任务, 全年计划投资, 总计划, 年度计划开工) below or above 100 alike, with the same
guards: an amount done before the share (10.09万户, 206项), a word of a thing done before it (实际, 已, 累计, 上半年:
a plan's milestone, 上半年完成年度计划的50%, states none), no commitment word before it (力争全年完成市下达任务的
110%, 确保完成省下达任务的100%: goals) and no deadline to come in the sentence (6月底前完成年度任务的50%). The
sentence is history from its start to the end of the share's clause: a goal after it (…占全年计划投资的80%,力争全年
完成投资70亿元) is kept (review 5, finding 4). A share
of 100 (`完成年度计划的100%`) or a floor (`…的95%以上`) is what a plan commits to and is left alone.
Pages of the family (dev): 武山 2023 (lfbxx.com, tprec4 batch), 重庆 2015 民生实事 (上半年…占全年计划投资的56.6%;
累计…占总计划的84.6%), 江门 重点项目 (完成年度計劃開工的80.8%) (round 34)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.model import Target
from kechuang.extract.targets.common import CLAUSE_END_NO_COLON, SENTENCE, clean_texts
from kechuang.extract.targets.completion_rates import planned
from kechuang.extract.targets.spans import outside
from kechuang.extract.targets.vocab import vocab

_MAY = re.compile(r"[划劃务務]")  # cheap test of a line: 计划 or 任务 in either script (計(jì)劃 with a reading)
# A span gone by opening the sentence (今年上半年, 今年以来, 今年1-8月): 今年 there dates no plan (武山 2023).
_GONE = re.compile(r"\s*(?:今年|全年)(?:上半年|前三季度|以来|\d{1,2}[-—~至]\d{1,2}月)")
# 完成/占, a planned figure (下达任务, 全年计划, 总计划, 年度计划), at most 16 more characters (投资, 开工, 16家),
# 的, a share.
_SHARE = re.compile(r"(?:完成|占)(?:了)?[ \t]*(?:[省市县区州乡镇]?(?:上|级)?下达(?:的)?|年度|全年|本年度|当年|总)?"
                    r"(?:计划|任务|目标任务)[^,,。;;!!??%]{0,16}?的[ \t]*(\d{1,3}(?:\.\d{1,2})?)[ \t]*%"
                    r"(?![ \t]*(?:以上|以下|左右|及以上))")
# A word of a thing done before the share (实际完成, 已开工, 累计完成, 目前, 截至, 今年上半年, 1-10月): a plan's
# milestone (上半年完成年度计划的50%, 9月底完成年度计划的80%: test_revfix_round23) states none.
_DONE = re.compile(r"实际|已|累计|目前|截[至止]|今年(?:上半年|以来|前三季度)|\d{1,2}[-—~至]\d{1,2}月")
# The sentence after a share reached opening with 其中 (其中, / 其中: / 其中新开工…): the parts of the figure reported.
_PARTS = re.compile(r"\s{0,2}其中")
# An amount done before the share: a number with a measure word (206项, 156.92亿元, 42.3万人, 2家).
_AMOUNT = re.compile(r"\d(?:\.\d+)?[ \t]*[万亿]?"
                     r"(?:个|家|座|户|所|人次|人|项|件|张|场|元|吨|亩|公里|米|台|套|辆|处|条|名)")


def reported_shares(lines: list[Line], targets: list[Target], plan_year: int | None = None,
                    dated_plan: bool = False) -> list[Target]:
    """``targets`` without those of a sentence that reports a share of a planned figure reached. One pass over the
    lines that name a plan or a task; ``dated_plan`` as for ``completion_rates.reported_rates``."""
    if not targets:
        return targets
    spans = []
    shares = [line for line in lines if "%" in line.text]  # a share needs its %
    for text, printed in clean_texts(shares, _MAY):  # 上下達任務, 計(jì)劃 read as 上下达任务, 计划
        for s in SENTENCE.finditer(text):
            sentence = s.group()
            if "%" not in sentence:
                continue  # no share (_SHARE ends with its %): the sentence's other patterns are not tried
            # the last share reached with an amount and a word of a thing done before it and no commitment word
            # (WUSHAN: 完成…16家的93.7%;…完成…20家的125%); the firsts found once, so a long sentence stays linear
            amount, done = _AMOUNT.search(sentence), _DONE.search(sentence)
            if not amount or not done:
                continue
            committed = vocab().commitment.search(sentence)
            share = None
            for m in _SHARE.finditer(sentence, max(amount.end(), done.end())):
                if committed and committed.start() < m.start():
                    break
                if float(m.group(1)) != 100:
                    share = m
            if share and not planned(sentence, plan_year, dated_plan and not _GONE.match(sentence)):
                # …占全年计划投资的80%,力争全年完成投资70亿元: the goal after the share's clause stays
                end = CLAUSE_END_NO_COLON.search(sentence, share.end())
                stop = s.start() + end.end() if end else s.end()
                # …的56.6%。其中,中央专项资金38.15亿元,市级财政…: the next sentence breaks the figure reported down
                # (invented45); one with a commitment word (其中,力争…) or a deadline to come (其中,年底前…:
                # ``planned``, as the share's own sentence is read; review45) is a goal and stays
                part = _PARTS.match(text, s.end()) if end is None or end.end() == len(sentence) else None
                if part and (after := SENTENCE.match(text, s.end())) and not vocab().commitment.search(after.group()) \
                        and not planned(after.group(), plan_year, False):
                    stop = after.end()
                spans.append(printed(s.start(), stop))
    return outside(targets, spans)
