"""Past years inside a bracketed note of a clause (round 45): ``一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)
增长3%以上`` (漾濞 2023 政府工作报告, dev) — the 2022年 qualifies what the indicator counts, it states no year of the
clause; read as a year of the paragraph, it made the value and every one after it history (six goals of 漾濞's list).

A note is a bracket — ``()``, ``（）``, ``〔〕`` or ``【】`` (review 18, F6) — that follows a character of the clause
or a value's ``%`` (not one that opens the sentence: ``(2022年度重点项目)`` alone is a caption and keeps its year) and
holds a year and at least three Chinese characters, the year's 年 among them (``(2020年基数)`` is a note; F9).
Two kinds of bracket are no note, for they state the clause's year (review 18, F5):
- a date alone, the year with its month, day, season or end (``(2023年8月至11月)``: 大理 2023 燃气安全,
  ``(2021年1月28日-2月3日)``: 蒸湘 2021 文明单位公示, ``(截至2023年9月1日)``: 袁州 2023 民生实事, all dev;
  ``(2022年前三季度)``, ``(2021年底至2022年初)``);
- a note that names the data's source or vintage (统计, 快报, 口径, 普查, 核算, 数据…: ``(行业测算数据)`` 陕西 教育
  “十三五”, ``(研发费数据以统计年报数据为准)`` 余姚, ``（2016滩涂报告数据）`` 崇明 水务, all dev), so that
  ``全市常住人口达到85万人(2022年末统计),城镇化率达到58%`` stays a report of 2022 —
unless it says what the indicator counts (扣除, 含, 不含, 包括, 其中: 漾濞; ``(含2022年60家已开放场馆)`` 江西 2023
为民办实事; ``（其中1995年…共落实了165名扩招任务）`` 国办 1996 西藏班, all dev) or the basis it is measured on (a
price or a census's scope, review 20, F1: ``增长6%左右（按2020年价格核算）,规上工业增加值增长8%`` keeps its later
goals): that is a note whatever else it holds.
Only marks of the past are dropped: a year to come inside a note still dates what it says.
"""

from __future__ import annotations

import re

from kechuang.extract.targets.years import YearMark

# a bracketed note of 3 to 40 characters, none of them a bracket or a line break (bounded: linear)
_NOTE = re.compile(r"(?<=[\u4e00-\u9fff\w”\"%％])(?:[(（](?P<round>[^()（）\n]{3,40})[)）]"
                   r"|〔(?P<tortoise>[^〔〕\n]{3,40})〕|【(?P<lens>[^【】\n]{3,40})】)")
_YEAR = re.compile(r"\d{4}")
# a date alone: the year, its month and day, a season or an end, a span of them (截至…, …至11月)
_DATE = re.compile(r"(?:截至|截止|[\d\s年月日号底末初度季上下半全前后一二三四至到—\-－~]){0,40}")
_COUNTS = re.compile(r"扣除|除|含|包括|其中")  # what the indicator counts (不含 and 不包括 hold 含 and 包括)
_SOURCE = re.compile(r"统计|快报|口径|普查|核算|测算|年报|公报|年鉴|数据")
_WORD = re.compile(r"[\u4e00-\u9fff]")
# a price or scope basis (review 20, F1): what the value is measured by, not when — 按2020年价格核算, 2020年不变价,
# 按2020年人口普查口径 (but 2021年统计口径调整后 and 按2022年统计快报 are the data's vintage)
_BASIS = re.compile(r"价格|不变价|可比价|^[按以][^()（）]{0,30}口径$")


def is_note(body: str) -> bool:
    """Whether a bracket's body is a note whose years state none of the clause (the module's docstring)."""
    if "年" not in body or not _YEAR.search(body) or len(_WORD.findall(body)) < 3:
        return False
    if _COUNTS.search(body) or _BASIS.search(body):
        return True
    return not (_DATE.fullmatch(body) or _SOURCE.search(body))


def _notes(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's notes."""
    return [(m.start(), m.end()) for m in _NOTE.finditer(sentence) if is_note(m.group(m.lastgroup))]


def without_noted_past(marks: list[YearMark], sentence: str, start: int) -> list[YearMark]:
    """``marks`` (of ``sentence``, which starts at ``start`` of its paragraph) less the past ones inside a note."""
    if not ("(" in sentence or "（" in sentence or "〔" in sentence or "【" in sentence) \
            or not any(m.past for m in marks):  # (the brackets first: four finds, no generator)
        return marks
    notes = _notes(sentence)
    if not notes:
        return marks
    kept, i = [], 0
    for mark in marks:  # both in order of position: one pass
        while i < len(notes) and notes[i][1] <= mark.pos - start:
            i += 1
        if not (mark.past and i < len(notes) and notes[i][0] <= mark.pos - start):
            kept.append(mark)
    return kept
