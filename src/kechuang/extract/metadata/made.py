"""The document a page's opening says its bodies made, for a page with no title line (round 57, meta22).

A notice or an explanation whose heading the page lost names the plan in its own text, where it says
the plan was made (openings/DECISIONS.md, openings6's 中山 rule: a page with no title line whose text
names the plan takes that name):

- `我办结合本市实际,制定了《北京市第三次全国土壤普查实施方案》,经市政府同意,现予印发` (北京 2022,
  nyncj.beijing.gov.cn, bj-beijing-trpc2022);
- `结合我市实际,特制訂《長治市第三期學前教育行動計劃(2017—2020年)》。` (长治 2017 on a mirror,
  sx-changzhi-xqjy2017, its heading cut to `(2017-2020年)`);
- `自治區殘聯、自治區住建廳等24個部門聯合制定了《內蒙古自治區“十四五”無障礙環境建設實施方案》,
  經自治區政府審核同意,…` (内蒙古 2022, a 新闻发布会's 解读, nm-neimenggu-wzahjss);
- `商务部会同有关部门和单位组织编制了《县域商业建设指南(2021版)》(以下简称《指南》)`
  (商务部 2021, cn-shangwubu-xysyzn2021).

Dev pages that print a title print the same sentence about it (科技部制定了《建设创新型省份工作指引》。
现印发你们; 我局制定了《2020年食品安全监管工作要点》,现印发给你们; 特编制《新疆维吾尔自治区乡村振兴
战略规划(2018—2022年)》。: twenty-odd pages), so the reader is the last resort, run only where no
other reader found a title.

The sentence says the plan was made: 制定, 制订, 编制 or 起草 (特, 联合, 组织, 研究 before it; 了 after it),
the document in 《》 ending in a kind of plan, then the sentence's end, a comma or the document's short
name; a plan still to be made (推进制定《商标代理管理办法》, 拟制定, 将制定) is none. Bounded: the page's
first lines, one linear pattern each.

Round 63 (meta28): a draft's explanation says it was drafted (`结合我镇实际,起草了《2017年石潭镇夏季消防检查工作
方案》。`, 清新区 石潭镇 2017 on qingxin.gov.cn, a 起草说明 with no title line); ten dev pages print `起草了《X》` (渑池
2023, 临沭 2022, 湖北 2024 氢能, 威海 2023, 金华 2023, 石家庄 2023, …), every other one's title read by an earlier
reader.
"""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, strip, unread
from kechuang.extract.rules import simplified

_KINDS = "方案|规划|纲要|意见|办法|条例|计划|报告|细则|预案|措施|规定|要点|指引|导则|指南"
_MADE = re.compile(r"(?<!推进)(?<![拟将要])(?:特|联合|组织|研究)?(?:制定|制订|编制|起草)了?"
                   rf"《(?P<title>[^《》]{{4,100}}?(?:{_KINDS})(?:[((][^()()]{{1,14}}[))])?)》"
                   r"(?:[((](?:以下)?简称[^()()]{1,20}[))])?(?=[,,。;]|$)")
HEAD_LINES = 30  # the opening's lines: the notice's or the lead's first sentences


def made_title(lines: list[Line]) -> str | None:
    """The document the page's opening says was made (``_MADE``), as printed (readings kept), or None."""
    for line in lines[:HEAD_LINES]:
        if line.chrome or "《" not in line.text:
            continue
        plain, pos = unread(line.text)
        m = _MADE.search(simplified(plain))
        if m:
            return strip(printed_span(line.text, pos, m.start("title"), m.end("title"), trailing=True))
    return None
