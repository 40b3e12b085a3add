"""The city a notice's addressee line places it in, when nothing else does (session 31, meta47).

A city government's notice printed with a title and a signer that name no place (`市政府办公室关于…的意见`, `2023年
《政府工作报告》重点任务分解落实方案`) still addresses its own units: its counties, the development zones named after
the city, the city's bureaus (`各市、区人民政府,苏州工业园区、苏州高新区管委会;市各委办局,各直属单位:`, 苏州 2017;
`各轄市、區人民政府,常州經開區管委會,市各委辦局,市各直屬單位:`, 常州 2023: dev pages; the same shape on suzhou.gov.cn
2018 and pingjiang.gov.cn's 岳阳 2017, tests/extract/test_meta47_addressed.py). The spec places a page whose title names
no place by the place its issuer or body names as its own; the zone's place is that city when

- the line addresses the city's own units (`市各…`, `市政府各部门`, `市直…`, `市级…`): a county's notice names its
  city's zone too (`广安高新区` before `县级各部门`, 邻水 2022), not its own place;
- the zone's two-character name is the city's: its 文号 opens with the city's first character (`苏府办`, `常政发`) or
  the page prints the name with 市 (a zone named after a town, `葛店经开区` on a 鄂州 page under `鄂州政发`, is none).

The place is returned as the line prints it (`常州`, as the page's annotators wrote it).
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.lines import Line
from kechuang.extract.metadata.common import printed_span, strip, unread
from kechuang.extract.rules import simplified
from kechuang.regions import gbt2260_rows

_LINES = 60  # the addressee stands under the title and the 文号, at the page's head
_ZONES = 8  # zones of one line examined: an addressee names a few (苏州 2017 names two); a cap keeps a long line linear
# a zone after the line's start or a separator, its name two characters (read in simplified characters)
_ZONE = re.compile(r"(?:^各|[,，、;；])([\u4e00-\u9fff]{2})"
                   r"(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|工业园区)")
# the city's own units in the same line: 市各委办局, 市政府各部门, 市人民政府有关部门, 市直各单位, 市级各部门
_CITY_UNITS = re.compile(r"市(?:人民)?(?:政府)?(?:各|有关|直|级)")
_GENERIC = re.compile(r"^[各全本市县区省]|^(?:经济|高新|国家|省级|市级|其他|有关)")
# a 文号's issuer: the (at most four) characters before its bracketed year (苏府办〔2017〕, 常政发[2023])
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[〔\[［(（]\d{4})")


def addressed_place(lines: list[Line]) -> str | None:
    """The city the opening's addressee line places the notice in (see the module's doc), as printed, or None."""
    head = [ln.text for ln in lines[:_LINES] if not ln.chrome]
    plains: list[str] | None = None
    for text in head:
        line = strip(text)
        # an addressee opens with 各 and names a zone (区/區); the cheap test first
        if not line.startswith("各") or ("区" not in line and "區" not in line):
            continue
        plain = simplified(unread(line)[0])
        if not plain or not _CITY_UNITS.search(plain):
            continue
        if plains is None:  # the head read once, however many zones the line names (review 34, B2)
            plains = [simplified(unread(strip(t))[0]) for t in head]
            issuers = {c for p in plains for m in _NUMBER.finditer(p) for c in m.group()}
        for k, m in enumerate(_ZONE.finditer(plain)):
            if k == _ZONES:
                break
            name = m.group(1)
            if not _GENERIC.search(name) and _the_city(name, plains, issuers):
                return printed_span(line, unread(line)[1], m.start(1), m.end(1))
        return None
    return None


def _the_city(name: str, plains: list[str], issuers: set[str]) -> bool:
    """Whether the page prints ``name`` as a city's: the name with 市 stands in the opening, or its 文号 opens with the
    name's first character and the name is no county's or district's: 嘉善经济开发区 under 嘉政办发 (嘉兴's), 常熟经开区
    under 常政办发, 鄂城经开区 under 鄂政办发 are zones of a county-level place, not the city (review 34, O5)."""
    if any(name + "市" in plain for plain in plains):
        return True
    return name[0] in issuers and name not in _county_names()


@cache
def _county_names() -> frozenset[str]:
    """The two-character names of the county-level places (嘉善县 → 嘉善, 常熟市 → 常熟, 鄂城区 → 鄂城) that no
    city shares (广安区 is 广安市's district: 广安 stays a city's name)."""
    def names(file: str) -> set[str]:  # the GB/T 2260 list the core vendors (kechuang.regions)
        return {row["name"][:2] for row in gbt2260_rows(file) if len(row["name"]) >= 3}
    return frozenset(names("area.csv") - names("city.csv"))
