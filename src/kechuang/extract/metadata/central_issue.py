"""A page that reports a central body issuing a document: a national document (全国), where nothing placed it.

News and reprints of central documents often print no place and no signature: the text says who issued the document
(商务部会同有关部门和单位组织编制了…印发了《关于加强县域商业体系建设促进农村消费的意见》, 县域商业建设指南 2021;
水利部近日联合8部门印发《关于做好农村供水保障工作的指导意见》, 人民网 2021; 中共中央办公厅国务院办公厅印发《关于全面推行
林长制的意见》, a reprint of 2021's 意见). The spec places a central body's document in 全国 (openings/DECISIONS.md,
province; ``national`` reads the same from a headline that opens with the body).
A central body (中共中央, 国务院, or a body opening with one of them or with 国家, or a listed ministry) must open the
clause that issues; the line must name no local government or party committee: a local plan's background tells the
state's documents and then its own province's (2019年6月国务院印发《…》。同时, 国务院办公厅印发《…》…2019年12月出台
《湖南省人民政府关于…》, 衡东 2022: the county's plan). A local body named under a national one is local: the words from
the body to ``《`` hold no level of a place (国家税务总局某某县税务局, 国家高新区管委会; 市场, 地区 are no level); and a
page that speaks as a place (我县, 我市, 本县…) on its lines up to the one that issues is a local plan telling the
state's document (review 27, F4). This reader runs last, where no rule placed the page; the older news path
(``placing.document_region``, a lead's state bodies) takes the same refusals through ``local_bodies`` (review 28, F3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.metadata import bodies
from kechuang.extract.metadata.common import CJK, unread
from kechuang.extract.rules import load_rules, simplified

LINES = 40
_CLAUSE_START = r"(?:^|[,。;:!?、)]|\s)"
_LOCAL_LEVEL = re.compile(r"[县縣州旗省]|市(?!场|場)|(?<!地)区")
_SPEAKS_AS_PLACE = re.compile(r"[我本][县縣市区區旗州]")


@cache
def _issuing() -> re.Pattern[str]:
    rules = load_rules("places")
    bodies = sorted(rules["national_bodies"], key=len, reverse=True)
    body = (rf"(?:中共中央|国务院|国家)[{CJK}]{{0,10}}?(?:办公厅|部|委|局|院|署)|中共中央|国务院|"
            + "|".join(map(re.escape, bodies)))
    # the body, up to two more (…办公厅国务院办公厅, 与…), then 近日/会同/联合… and the verb, bounded
    return re.compile(rf"{_CLAUSE_START}(?:{body})[^,。;《》\s]{{0,16}}?(?:印发|发布|出台)了?《")


def _opening(lines: list[Line]) -> Iterator[str]:
    """The page's opening lines (the first ``LINES``, chrome left out), simplified and without readings."""
    for line in lines[:LINES]:
        if not line.chrome:
            yield simplified(unread(line.text)[0])


def issued_centrally(lines: list[Line]) -> bool:
    """Whether the page's opening says a central body issued a document (see the module's doc)."""
    pattern = _issuing()
    for plain in _opening(lines):
        if _SPEAKS_AS_PLACE.search(plain):
            return False
        if "《" not in plain:
            continue
        if bodies.LOCAL_BODY.search(plain) is None and any(
                _LOCAL_LEVEL.search(m.group()) is None for m in pattern.finditer(plain)):
            return True
    return False


def local_bodies(lines: list[Line], bodies: list[str]) -> bool:
    """Whether the state's bodies a news lead names (``news.bodies``) are told by a local page, with the refusals of
    ``issued_centrally``: a level of a place inside a body (国家税务总局某某县税务局, 国家高新区管委会), or a page that
    speaks as a place (我县, 我市…) on its lines up to the one that names them (review 28, F3)."""
    plain_bodies = [simplified(unread(b)[0]) for b in bodies]
    if any(_LOCAL_LEVEL.search(b) for b in plain_bodies):
        return True
    for plain in _opening(lines):
        if _SPEAKS_AS_PLACE.search(plain):
            return True
        if any(b and b in plain for b in plain_bodies):
            return False
    return False
