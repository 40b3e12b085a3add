"""A news lead's body named only as 该厅, 该省: the body the reporter heard it from (round 62, meta27).

A wire's lead often names its source first (记者从X获悉) and then the body issuing the document only by a word that
points back to it: `记者25日从山西省商务厅获悉,该厅近日发布《关于开展2025年县域商业建设行动的通知》` (太原 10月25日电
on hk-gensen.com, 2025), `记者14日从云南省人民政府获悉,该省实施《云南文化和旅游强省建设三年行动…》` (齐齐哈尔新闻网
on m.ginggxs.com, 2023), `笔者从竹山县第十九届人民代表大会第三次会议获悉,该县明确…` (湖北日报客户端, 2024),
`记者从白云区获悉,该区聚力民生保障…` (qx162.com, 2023). The pointing word places nothing (``region.region_of`` takes
no place that opens with 该); the body heard from does, when it is a body (a meeting, 新闻发布会上, is none): the lead
then names that body for the place readers (openings/DECISIONS.md, region: the fullest form the body prints).
"""

from __future__ import annotations

import re

from kechuang.extract.metadata import bodies as governing

# 该厅, 该省, 该县: a body pointed back to
_POINTER = re.compile(r"[该該](?:[厅廳局委部办辦省市县縣区區州旗]|自治区|自治區)")
# 记者(25日)从X获悉: the source, a comma-free run before 获悉 (bounded)
_HEARD = re.compile(r"[从從]([^,,。;:!?《》\s]{2,30}?)[获獲]悉")
# a meeting heard at (新闻发布会, 推进会, 工作会议, 大会): no body, though 委员会 and 协会 end in 会 too (review 29, F2)
_MEETING = re.compile(r"(?:[发發]布|推[进進]|座[谈談]|工作|[动動][员員]|部署|[调調]度|推介|交流|博[览覽]|[对對]接"
                      r"|大|年|峰)[会會]$|[会會][议議]$")


def heard_bodies(bodies: list[str], before: str) -> list[str]:
    """``bodies`` with a pointer (该厅) replaced by the body ``before`` (the lead's line up to the lead) says the news
    was heard from, when that source is a body; else ``bodies`` as they are."""
    if not any(_POINTER.fullmatch(b) for b in bodies) or ("获" not in before and "獲" not in before):
        return bodies
    heard = [m.group(1) for m in _HEARD.finditer(before)]
    source = heard[-1] if heard else None
    if source is None or _MEETING.search(source) or governing.ISSUES_NOTICE.search(source) is None:
        return bodies
    return [source if _POINTER.fullmatch(b) else b for b in bodies]
