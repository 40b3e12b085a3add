"""A signing body's long name broken over two lines of its signature.

A body whose name is too long for one line of the signature block prints its head, place and all, on the line over
the rest: `淮北市第一次全国自然灾害` / `综合风险普查领导小组办公室` / `2021年7月20日` (淮北 2021);
`广东省公共卫生与重大疾病防治工作` / `领导小组办公室` / `2022年2月17日` (广东 2022); a page that lost its line breaks
prints the same break as a space (`厦门市公共文化服务体系建设协调 领导小组办公室(代章)`, 厦门 2016). The body signs in
full (a body is given in the fullest form printed for it: tests/fixtures/real/openings/DECISIONS.md). The head is
told by its shape: a short run of characters with no punctuation and no body's suffix of its own, opening with a
place, over a line whose body names none (a notice's last line ends with its full stop; `特此通告` names no place).
"""

from __future__ import annotations

import re

from kechuang.extract.metadata.common import CJK, org_named
from kechuang.extract.metadata.region import region_of

_HEAD = re.compile(rf"[{CJK}]{{4,30}}")


def joined_head(above: str, first: str) -> str | None:
    """``above`` when it is the head of the signing body ``first`` broken over two lines (see the module's doc)."""
    if not _HEAD.fullmatch(above) or org_named(above) or region_of(first):
        return None
    return above if region_of(above) else None
