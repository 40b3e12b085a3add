"""A count in a paragraph that has already committed (cand38): a value read as a target before it in the same
paragraph makes the paragraph a plan's, so a later count of things is a goal whatever verb stands before it, as a
goals section or a plan's cue makes it in ``goal_counts.goal_count``. Verb lists never end; the reading asks the
verb's position instead: a short run of characters opening the clause right before ``N + measure word + noun``
(建20所…, 修复保护1191平方公里…), or nothing at all, the verb after the noun (204万…人口全面脱贫). All dev:
  解決5萬人的飲水安全問題,建20所農村公立幼兒園,… (户县 便民实事, http://www.bjxmtkj.com/thread-22986-1-419.html)
  两生态：修复保护1191平方公里生态滩涂。 (崇明 2021 水务“十四五”, https://www.shanghai.gov.cn/zhengce/detail?
      businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085)
  屆時,204萬農村貧困人口全面脫貧,… (江西 “十三五”, http://www.afdelivr.top/xinwen/2016-02/20/content_5044020.htm)
  脱贫攻坚战取得全面胜利,331万贫困人口全部脱贫。 (陕西 2016, http://covid-19.chinadaily.com.cn/micro-reading/
      china/2016-01-24/content_14506022.html)
What stays unread (dev): a place or a whole before the count, no verb (广西111个县市区: 武宣 2022), a capacity of
a place (打造岛北8万人大型开放空间: 上海 2026 量子城市 工作要点), a level naming no thing, the list's noun after
(发挥14个国家级、42个省级…基地带动作用: 济宁 2023), the count a subject a scope verb follows (30件实事涉及教育、
住房…: 朝阳 2023).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.common import CLAUSE_END
from kechuang.extract.targets.vocab import vocab

if TYPE_CHECKING:
    from kechuang.extract.targets.paragraph import Paragraph

_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}")  # the verb's run: up to four characters, nothing else
_ASIDE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]$")  # 新种(补种): an aside after the verb
_PEOPLE_UNITS = frozenset(("人", "万人", "名", "万名"))
_SCOPE_AFTER = re.compile(r"涉及|覆盖|包括|包含|分布|位于")  # 30件实事涉及…: the count's things are the subject


@cache
def _provinces() -> tuple[str, ...]:
    return tuple(load_rules("places")["province_short_names"])


def verb_lead(counted: str) -> str | None:
    """The words before a count when they can be its verb by position: at most four characters of a clause's own
    opening (an aside after them dropped: 新种(补种)), or none (the verb after the noun); else None."""
    lead = _ASIDE.sub("", counted.strip())
    return lead if _LEAD.fullmatch(lead) else None


def committed_count(para: Paragraph, pos: int, counted: str, unit: str | None, noun: str) -> bool:
    """Whether the count at ``pos`` (paragraph position) is a goal of a paragraph that committed before it:
    ``counted`` is a verb by its position (``verb_lead``) and a target was read earlier in the paragraph."""
    lead = verb_lead(counted)
    if lead is None or lead.startswith(_provinces()) or noun.endswith(("级", "級")):
        return False  # 广西111个县市区: a whole; 14个国家级、42个省级…基地: a level, the noun after the list
    if unit in _PEOPLE_UNITS and not vocab().people.match(noun):
        return False  # 8万人大型开放空间: the capacity of a place
    rest = CLAUSE_END.split(para.mtext[pos:pos + 40], 1)[0]
    if _SCOPE_AFTER.search(rest):
        return False  # 30件实事涉及教育、住房…: what the things reach
    at = para.line.start + pos
    return any(t.start < at for t in para.targets)
