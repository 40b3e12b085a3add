"""A value that closes a list of goals: ``…达2000亿元等11个重要定量目标``, ``…不低于95%等内容将作为主要绩效考核指标``.

The words after ``等`` name the list the value ends (goals, indicators, contents, tasks), not the thing it counts, so
the value closes its own item however long the clause goes on. Family (dev): 河北省科技创新“十四五”规划 news
(http://49.213.0.198/doc/10_253_106274615_1.html), 奉贤区深化农村公路管理养护体制改革实施方案
(https://www.shanghai.gov.cn/zhengce/detail?businessId=0084540&siteId=0084).
"""

from __future__ import annotations

import re

# 等, an optional count of the list (11个, 十项, 几大), then a word naming goals within a few characters; the 等 of a
# word (等级公路, 等次) opens the noun the value counts, no list (rev51)
_GOAL_LIST = re.compile(r"等(?![级級次第])[\d一二两三四五六七八九十几]{0,3}[个项大条]?"
                        r"[^\d,;。，；、]{0,12}?(?:目标|指标|内容|任务)")


def closes_goal_list(after: str) -> bool:
    """Whether the words right after a value (``after``, read simplified) are 等 and a word naming a list of goals."""
    return after[:1] == "等" and _GOAL_LIST.match(after) is not None
