"""一次性 as a grant's word or not.

一次性 is a not-target word (rules/targets.yaml) for its grants: 一次性奖励20万元, 园区一次性给予20万元奖励, 给予非政府
举办主体一次性10万元奖励 (台州 2023, 宿州 2023, dev). Beside no grant it is a manner or a kind and says nothing of the
value of its clause: 养护专项工程一次性验收合格、节能减排达标、群众满意度不低于95% (奉贤 2021,
https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084), 剔除一次性特殊收入因素影响同比增长2.7%
(龙井 2026, dev). tests/extract/test_indic40_one_off.py.
"""

from __future__ import annotations

import re

WORD = "一次性"
# a grant after it (its amount between, at most 14 characters: 一次性最高800万元奖励), or a giving verb just before
_GRANT_AFTER = re.compile(r"[^,，;；。、]{0,14}?(?:奖|獎|补|補|贴|貼|给予|給予|发放|發放|资助|資助|支持|拨付|撥付|扶持|"
                          r"投入|费|費|金|款)")
_GRANT_BEFORE = re.compile(r"(?:给予|給予|获得|獲得|发放|發放|享受)[^,，;；。]{0,8}$")


def grants(text: str, start: int) -> bool:
    """Whether 一次性 at ``start`` of ``text`` is a grant's word (a grant after it or a giving verb before it)."""
    end = start + len(WORD)
    return _GRANT_AFTER.match(text, end) is not None or _GRANT_BEFORE.search(text[max(0, start - 10):start]) is not None
