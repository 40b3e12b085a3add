"""The last count of a 、 list closed by 等 and a noun counts its own noun (est65, session 37; MISSES-fresh64 row 6).

A list closed by 等 names examples of the thing after 等 (帕古水库、堆曲灌区工程等水利项目 → 水利项目: naming.py
``after_list``). When the number stands after 、, though, its count is an item of the list with its own noun, and the
noun after 等 names the whole list: the count keeps its own noun —

- `同時提出建設300個數字工廠、5萬個5G基站、8萬個智能網聯充電設施等任務目標` (济南 2022 数字化 十四五 plan news,
  http://www.tgfeipin.com/detail--6607020.html: gold 智能網聯充電設施, read 任務目標);
- `建成投用柳东大桥、19条市政道路等项目` (拉萨 2018 政府工作报告, https://m.shzx.org/a/40-6340-0.html: gold 市政道路,
  read 市政道路等项目); both dev.

A count after 等 (`水山通风净化装备等10个市区“两重”等项目`: 盐都 2026, dev, gold 市区“两重”等项目) is no item of
such a list and keeps its name. Read at the count's position and its name only: no scan.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.naming import LIST_DENG

# the count's own noun (no other item in it), 等 closing the list, the list's noun (short: a clause's end)
_OWN = re.compile(rf"^(?P<own>[^等、,,;;]{{2,24}}?){LIST_DENG}(?P<thing>[^等、,,;;]{{2,12}})$")
_BEFORE = 4  # spaces a page prints between 、 and the number


def own_item(text: str, pos: int, indicator: str) -> str:
    """The count's own noun when the number at ``pos`` of ``text`` follows 、 and its name ``indicator`` (after the
    number) closes the list with 等 and a noun; else ''."""
    if "等" not in indicator or text[max(0, pos - _BEFORE):pos].rstrip()[-1:] != "、":
        return ""
    m = _OWN.match(indicator)
    return m.group("own").strip() if m else ""
