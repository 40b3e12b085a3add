"""A year-on-year change set as a goal.

同比 makes a sentence a report of what was done (区本级完成高新技术产业投资65.35亿元,同比增长42.3%: ``reports``
in ``paragraph``), unless the sentence commits to its figures before the word:
  力争2009年81家中小型示范企业…实现总产值480亿元,同比增长33.3%          (辽宁 2009 科技重点任务)
  2025年全县固定资产投资目标为125.9亿元以上,同比增长18%以上            (松阳 2025 投资计划)
  力爭實現汽模配規上產值210億元以上…規上產值同比增長10%以上            (象山 经信局 news, the twenty-sixth batch)
all dev (round 25). The commitment words are narrower than ``commitment_words``: 保持, 努力 and a bare 目标 open
reviews too (经济保持稳中有进,…同比增长6.5%; 完成年度目标的105%,同比增长…), so only ``change_commitments`` count,
and 争取 only when it obtains no funds (全年争取上级科技资金1560万元,同比增长12%: a review's; review 3).
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt, vocab


@cache
def _commitment() -> re.Pattern[str]:
    rules = load_rules("targets")
    obtained = alt(rules["change_obtained"])  # 争取上级科技资金: obtaining funds, no commitment
    return re.compile(f"(?!争取[^,,;;。]{{0,8}}?(?:{obtained}))(?:{alt(rules['change_commitments'])})")


def reports_change(text: str) -> bool:
    """Whether the sentence ``text`` (simplified characters) holds a report word (``vocab().reported``) that is not
    a 同比 after a commitment to the sentence's figures."""
    for m in vocab().reported.finditer(text):
        if m.group() != "同比" or not _commitment().search(text, 0, m.start()):
            return True
    return False
