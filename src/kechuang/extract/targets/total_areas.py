"""A project's total floor or land area, stated in a clause of its own after the project, is no target (spurious43).

`建设665套安置房,总建筑面积约11.55万平方米` commits to 665 flats; their total floor area describes them, as a building's
dimensions do (the corpus README, third batch: dimensions and `占地…` are not targets, the quantities built are; the
spec's "Not targets": a project's size in its own description). Four dev pages of four places print the shape and the
gold reads none of these areas (tests/extract/test_spurious43_total_areas.py): 开阳 (`…教育项目30个,总投资104257万元,
总建筑面积259686.78平方米`), 新干 2022 (`建设251套安置房,总建筑面积约4.4万平方米`), 墨江 2025 (`…25栋老旧楼房改造,
总建筑面积2.84万平方米`) and 袁州 2023 (`…救治中心项目总用地面积24938.8㎡`).

Read: a clause that opens with 总建筑面积 / 总用地面积 / 总占地面积 (or with a project's name ending in 项目 just
before it) and its value right after (约, 为, 达, 共 or 近 between). An area the clause builds
(`新建保障性住房总建筑面积50万平方米`: a verb before 总) or one printed without 总 (`市區52個,建築面積約94萬平方米`: the
scope renovated, gold) stays; so does any other total (`总床位数348床`).

A roll's length (invented46): a clause that opens with 续建里程 / 规划总里程 / 建设(总)里程 / 总里程 and its
value right after (约, 为, 共 or 近 between), right after a clause that ends with the roll's count of projects
(`…续建项目37个,续建里程3392公里`, 四川 2024 公路水路; `…新建项目5个,规划总里程630公里`, 延安 十四五 公路; both
dev, none gold), is the size of the roll (tests/extract/test_invented46_list_lengths.py); the count before it is
project_rolls.py's, decided as a count before the list's total cost is (review46). A length reached or added
(`新增里程11公里`, `铁路建设里程达395公里`) or one after anything but a count of projects stays."""

from __future__ import annotations

import re

from kechuang.extract.model import Target
from kechuang.extract.targets.common import held_texts
from kechuang.extract.targets.cue_lines import LineIndex
from kechuang.extract.targets.project_rolls import ENDS_COUNT, LENGTH
from kechuang.extract.targets.spans import outside

# The words that gate a line, found in the joined text (either script).
AREA_WORDS = ("总建筑面积", "總建築面積", "总用地面积", "總用地面積", "总占地面积", "總佔地面積", "總占地面積", "里程")
_AREA = re.compile(r"总(?:建筑|用地|占地)面积[ \t]*(?:约|为|达|共|近)?[ \t]*\d")
_CLAUSE_MARK = re.compile(r"[,，。;；:：、\n|]")
_CLAUSE_END = re.compile(r"[,，。;；、\n|]")
_PROJECT = "项目"
# a roll's length: the clause opens with the length's name, the value right after it (project_rolls.LENGTH, which
# decides the count before it as a count before a total cost); the clause before it ends with the roll's count of
# projects (…续建项目37个, …新建项目5个, 5个续建项目: project_rolls.ENDS_COUNT, the count before a total cost)
_ROLL_BACK = 32  # how far back the count's clause is read
_LOOK_BACK = 40  # a clause opens at most this far before its area


def total_areas(targets: list[Target], index: LineIndex) -> list[Target]:
    """``targets`` without the total area that a clause of its own states of a project. Reads only the lines that
    hold ``AREA_WORDS`` (``index``)."""
    spans = []
    for text, printed in held_texts(targets, index, AREA_WORDS):  # 總建築面積 read as 总建筑面积
        for m in _AREA.finditer(text):
            start = max(0, m.start() - _LOOK_BACK)
            for mark in _CLAUSE_MARK.finditer(text, start, m.start()):
                start = mark.end()
            before = text[start:m.start()].strip()
            if before and not before.endswith(_PROJECT):
                continue  # 新建保障性住房总建筑面积…: an area the clause builds
            end = _CLAUSE_END.search(text, m.end())
            spans.append(printed(start, end.start() if end else len(text)))
        for m in LENGTH.finditer(text):
            if m.start() == 0 or text[m.start() - 1] not in ",，":
                continue  # the length's clause opens with its name, after a comma
            if ENDS_COUNT.search(text, max(0, m.start() - 1 - _ROLL_BACK), m.start() - 1) is None:
                continue
            end = _CLAUSE_END.search(text, m.end())
            spans.append(printed(m.start(), end.start() if end else len(text)))
    return outside(targets, spans)
