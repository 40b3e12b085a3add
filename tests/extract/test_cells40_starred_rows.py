"""Task tables printed one cell a line whose row numbers carry a footnote's star (cells40).

A page marks some rows of a table with a star printed against the row's number: 眉山 2017 民生工程进度表 prints ``9*``
and ``10*`` (https://www.ms.gov.cn/info/5565/1006442.htm, dev), 奉贤 2026 城市体检基本指标体系 prints ``*19``
(https://www.shanghai.gov.cn/zhengce/detail?businessId=00844352&siteId=0084, dev; its excerpt lost the table's header,
so it stays unread). The star is no part of the number: the row starts there as an unstarred one does, and its unit
cell (``市人力资源`` / ``社会保障局``, the name wrapped over two lines) is the 市级牵头责任单位 column's.
"""

from __future__ import annotations

from kechuang.extract import extract_text

# 眉山 2017, the table's header and its row 9, verbatim (one cell a line).
MEISHAN_HEADER = ("2017年1—7月十大民生工程项目实施进度表\n工程\n名称\n序号\n项 目 内 容\n目标任务\n市级牵头\n责任单位\n进度\n"
                  "完成目标\n(%)\n备注\n")
MEISHAN_ROW_9 = "9*\n促进大学生创业(人)\n260\n市人力资源\n社会保障局\n162\n62.3\n达到时间进度"


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit.replace("\n", "")) for a in extract_text(text, plan_year=2017).assignments]


def test_starred_row_number_starts_a_row():
    assert _units(MEISHAN_HEADER + MEISHAN_ROW_9) == [("lead", "市人力资源社会保障局")]


def test_star_before_the_number_starts_a_row_too():
    # 奉贤 2026's shape (*19), under the 眉山 header: the same row read
    assert _units(MEISHAN_HEADER + MEISHAN_ROW_9.replace("9*", "*9")) == [("lead", "市人力资源社会保障局")]


def test_starred_row_keeps_its_target():
    got = [(t.indicator, t.value, t.unit) for t in extract_text(MEISHAN_HEADER + MEISHAN_ROW_9, plan_year=2017).targets]
    assert got == [("促进大学生创业", 260, "人")]


def test_star_alone_or_a_starred_note_is_no_row():
    # a star on a line of its own, or a footnote (*注) under the table: no number, no row, no unit read from it
    text = MEISHAN_HEADER + "*\n注：带*项目为省级考核项目\n"
    assert _units(text) == []
