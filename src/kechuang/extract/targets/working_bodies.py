"""A count of the bodies that run the work is how a plan or a place organises itself, not a commitment (spurx40).
Dev pages of two places print the shape, none with a gold target, and no dev gold counts such a body:
- `成立了…“美丽乡村”建设指挥部和9个专项工作组` (西乡 2015, m.zjtcn.com/news/454310.html): working groups set up;
- `成员至少由…城管中队、市场监管所、公安派出所等3个执法部门组成` (黄浦 2023 基层消防,
  www.shanghai.gov.cn/zhengce/detail/0071::3ad18cf5-…): the departments a committee is made of.
Read: a count (个/個) whose thing, the end of its indicator, is a working body (工作组, 专班, 工作小组) or the members a
body is made of (…部门组成, …单位组成). Other things counted (志愿服务队, 产业联盟, 村庄规划) are kept."""

from __future__ import annotations

import re

from kechuang.extract.model import Target

# a 小组 only as a working, leading or coordinating one: 志愿服务小组, 科技服务小组 are things a plan sets up (rev52)
_BODY = re.compile(r"(?:工作组|工作組|专班|專班|(?:工作|领导|領導|协调|協調)(?:小组|小組)|"
                   r"(?:部门|部門|单位|單位)(?:组成|組成))$")
_COUNT_UNITS = ("个", "個")


def working_bodies(targets: list[Target]) -> list[Target]:
    """``targets`` without the counts of working bodies (see the module's note)."""
    return [t for t in targets
            if not (t.unit in _COUNT_UNITS and t.indicator[-1:] in "组組班成" and _BODY.search(t.indicator))]
