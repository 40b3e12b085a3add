"""A share of a set that is to reach something: a ``%`` value before the set it is taken of, the set's verb after.

The spec's shape `50%以上的专利由企业申请` (indicator `由企业申请的专利`) was read only with 的 and nothing before the
value. The same share printed without 的, or after a scope, went unread; from dev pages of four documents:
  到2025年底，本区建成区40%以上面积达到海绵城市建设目标要求     (普陀 2025 海绵城市, two targets)
  全市城镇25%面积达到3—5年一遇雨水排水能力                     (上海 2024 海绵城市)
  70%以上居住区实现垃圾分类实效达标                             (宝山 2019 垃圾分类)
  全县80%的乡镇建成环境优美乡镇                                 (镇平 2010 生态县)
Before the value stands nothing or a scope only (全县, 全市城镇, 本区建成区); after it at most eight characters of the
set and a verb of reaching (达到, 实现, 建成, 享有, 由…). The indicator is the scope, the set and what it reaches.
A share of money (30%资金由县财政承担, 70%资金由乡镇自筹) is how a cost is split, no target: a set of funds, or a
clause bearing a cost (由…承担, 自筹, 负担), gives nothing (review 3).
"""

from __future__ import annotations

import re

_SET_VERB = re.compile(r"的?[^\d,,;;。、的]{1,8}?(?:达到|实现|建成|享有|由|具备|纳入|通过)")
_FUNDING = re.compile(r"的?[^\d,,;;。、的]{0,4}?(?:资金|经费|费用|款项|投资|成本)"
                      r"|[^,,;;。]{0,16}?(?:承担|自筹|负担|出资)")
_SCOPE = re.compile(r"(?:全|本)[省市县区镇乡国][^\d,,;;。、的]{0,4}")


def share_of_set(head: str, after: str) -> bool:
    """Whether a ``%`` value with ``head`` before it (cleaned) and ``after`` it is a share of a set (module note)."""
    return (not head or _SCOPE.fullmatch(head) is not None) and _SET_VERB.match(after) is not None \
        and _FUNDING.match(after) is None
