"""A size inside the thing counted: the count is the target, the size names the thing.

``counts.candidate`` refuses a thing that starts with a digit (482个亿元以上…项目: a class of size, no thing). A count
whose thing opens with a size, a class or an age of the thing and then names it is a count all the same (the corpus
README, thirteenth batch: "A size criterion before the thing counted … is no value; the count is"), from dev pages of
four documents:
  建设香积变等4座110千伏变电站                                  (长安 2022 十大惠民实事)
  对750台15年以上的老旧电梯进行安全评估                         (西湖 2023 十大民生实事)
  建成1处1万平方米以上的社区公园、3处500平方米以上的口袋公园      (历城 2022 为民办10件实事)
  创成3个3A级景区村                                             (庆元 2018 旅游工作)
The size's own number stays no target (its unit names the thing: 110千伏, 15年, 1万平方米).
"""

from __future__ import annotations

import re

# a number, its unit or class (at most four characters), a bound and 的, then the thing's name (two characters)
SIZED = re.compile(r"\d[\d.]*\s*[万千]?(?:[A-Z]级|[^\d\s、,,;;。()()的]{1,4}?)(?:以上|以下|及以上|及以下)?的?"
                   r"(?=[\u4e00-\u9fff]{2})")
