"""A count inside 对 + (a scope or a qualifier) + N + measure + noun + 进行 + a work (dec39; MISSES-fresh67 row 5).

对 heading its clause counts the things after it already (``beneficiary_end``: 对辖区80条背街小巷…进行维修更换,
金凤 2025; 对沿线15座山体和山体公园进行治理, 钢城 2021). Two dev pages print the same frame with more before the
count:
  今年,吉木乃县集中供热项目将对全县5座老旧换热站进行集中改造升级      (吉木乃 2025, 对 eleven characters into
                                                                  its clause)
  計劃對新建的(de)8個村級老年食堂進行補助                           (宁海 2023, a qualifier between 对 and the count)
Such a 对 counts when 进行 and a verb of work (``worked_on_verbs`` of rules/targets.yaml) follow the count in its
clause: the work commits. A vote or an award (对…10个候选项目进行票决: 仁化 2025; 对…30个县进行奖励: 山东 2017) names no
work; what was done (已对, 曾对, 进行了) is a report. The clause is read simplified.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt

# 对, not of a word (相对, 针对, 面对, 核对, 反对, 对比, 对接: the count follows at most 8 characters of scope or
# qualifier with no digit nor mark), not after 已/曾 (done)
_TO = re.compile(r"(?<![已曾相针面绝核应反比])(?<!已经)对(?P<scope>[^\d,，;；。、:：|\s对为]{0,8})$")


@cache
def _work_after() -> re.Pattern[str]:
    """进行 (not 进行了) and a verb of work within its clause after the count."""
    verbs = alt(load_rules("targets")["worked_on_verbs"])
    return re.compile(rf"[^,，;；。:：|]{{1,30}}?进行(?!了)[^,，;；。:：|]{{0,6}}?(?:{verbs})")


def worked_on(counted: str, rest: str) -> re.Match | None:
    """The 对 that opens the frame of a count of things worked on: ``counted`` is the clause up to the count, ``rest``
    the clause after it (its first 40 characters); None unless 进行 and a verb of work follow."""
    if "对" not in counted[-10:] or "进行" not in rest:
        return None
    to = _TO.search(counted, max(0, len(counted) - 10))
    return to if to is not None and _work_after().match(rest) else None
