"""A fund a plan strives to win: its subsidy's word refuses no target.

``paragraph._refused`` refuses a value whose clause or name holds a word of a subsidy (补助, 奖补…): a
grant is a policy parameter (给予最高50万元奖补), not an outcome. A name that is a fund (奖补资金, 补助资金)
after a verb of striving in the sentence (争取, 力争: rules/targets.yaml ``fund_seeking_words``) is the sum
the plan seeks from above, as 争取…科技项目资金200万元 already is:
  全年争取国家、省、市科技项目资金200万元以上;研发投入奖补资金200万元以上      (岳阳县 科技局, dev)
  力争获批超长期特别国债、中央和省预算内投资资金、其他领域竞争性奖补资金同比增长15%以上  (保康 2026 立项争资, dev)
Every word of the kind in the clause and the name must be a subsidy's naming a fund: a 最高, a 每家 or a 给予 keeps the
refusal, and so does a fund won (获得, 成功获批: no verb of striving) or allotted (安排…奖补资金).
The verb must govern the fund (rev50): it stands in the value's own clause (保康), or an earlier clause's verb seeks a
fund (争取…科技项目资金) that the value's clause continues with a fund of its own (岳阳县). A 力争 of another clause
(力争新增规上工业企业20家;发放…贴息资金500万元) governs no grant paid out later.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt, vocab

_FUND = "资金"


@cache
def _striving() -> re.Pattern[str]:
    return re.compile(alt(load_rules("targets")["fund_seeking_words"]))


_CLAUSE_BREAK = re.compile(r"[,，;；]")


@cache
def _seeks_fund() -> re.Pattern[str]:
    """A verb of striving whose own clause names a fund (争取国家、省、市科技项目资金)."""
    return re.compile(rf"(?:{alt(load_rules('targets')['fund_seeking_words'])})[^,，;；。]{{0,40}}{_FUND}")


def _governs(before: str) -> bool:
    """Whether a verb of striving in ``before`` (the sentence up to the value) governs the value's fund: in its own
    clause, or in an earlier clause that seeks a fund itself (the value's clause a parallel fund)."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    own = starts[-1] if starts else 0
    return _striving().search(before, own) is not None or _seeks_fund().search(before, 0, own) is not None


def _names_fund(text: str, m: re.Match) -> bool:
    return m.group().endswith(_FUND) or text.startswith(_FUND, m.end())


def sought_fund(clause: str, indicator: str, before: str) -> bool:
    """Whether the name ``indicator`` is a fund the sentence strives to win (``before``: the sentence up to the value),
    each subsidy's word of ``clause`` and ``indicator`` naming a fund (奖补资金) and no other refusing word there."""
    if _FUND not in indicator:
        return False  # (most refused values: no fund named)
    v = vocab()
    for text in (clause, indicator):
        for m in v.not_target.finditer(text):
            if m.group() not in v.subsidy or not _names_fund(text, m):
                return False
    return _governs(before)
