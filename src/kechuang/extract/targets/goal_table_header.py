"""The header of a goal table (主要指标表), read for goal_tables: the columns its words name (``序号 | 指标 | 单位 |
2020年 | 2025年 | 属性``), with each value column's year and whether its values are history (a base year's column,
基期值, 现状值, a 年均增长 column of a period that has ended) — moved out of goal_tables, which reads the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kechuang.extract.targets.table_headers import FIVE_YEAR_END

_FIVE_YEAR_END = FIVE_YEAR_END
# One word of a header. Spaces are removed before matching (指 标 → 指标; 2015年 完成 → 2015年完成).
HEADER_WORD = re.compile(
    r"(?P<seq>序号|编号)|(?P<cat>指标类别|目标类别|类别|领域|类型|分类|方面|考核项目|板块)|(?P<attr>指标属性|属性|性质|备注)"
    r"|(?P<over>指标值)|(?P<note>(?:数据)?来源|指标(?:说明|解释|口径)(?:与指引)?)"
    r"|(?P<ind>(?:[一二三]级|具体|核心|主要|重点|关键|发展|考核)?指标(?:名称|内容|项)?(?:\([^()]{1,6}\))?|(?:具体)?目标内容|名称|项目|考核内容|内容)"
    r"|(?P<unit>计量单位|单位)"
    r"|(?P<yrole0>目标值|目标|预期值|基期值|基期|现状值|现状|基准值)?\((?P<pyear>\d{4})年?\)"
    r"|(?P<year>\d{4})年?(?:度|底|末)?[((]?(?P<yrole>目标值|目标|预期值|预期|计划|规划值|完成值|完成|基期值|基期|基数|现状值|现状|"
    r"实际值|实际|值)?[))]?(?:\((?:%|[\u4e00-\u9fff]{1,4})\))?(?:[\u4e00-\u9fff]{2,6}?(?=$|\d))?"
    r"|[“\"]?(?P<pend>十[二三四五]五)[”\"]?(?P<prole>末|期末|规划目标值|规划目标|规划值|目标值|目标|指标|完成值|完成|现状值|现状)"
    r"|(?P<growth>(?:[“\"]?(?P<period>十[二三四五]五)[”\"]?)?(?:年均增长|年均增速|年均增幅|累计增长|年均增)(?:率)?(?:\(%\))?"
    r"(?P<summed>\(\d年累计\))?)"
    r"|(?P<goal>目标值|预期目标|规划目标|年度目标值|年度目标|全年目标任务|全年目标|目标任务|目标|近期规划)(?:\((?P<gunit>%|[\u4e00-\u9fff]{1,3})\))?"
    r"|(?P<base>基期值|现状值|基准值|基数|现状|完成情况)"
    r"|(?P<score>分值|权重|分数)|(?P<owner>(?:监考|责任|评分|考核|牵头|配合|协同|主责)(?:\((?:牵头|责任)\))?(?:单位|部门|科室))")
HEADER_FIRST = frozenset("关来数序编类领类分方板属性备指主名项内具核重发考一二三计单目预规基现近“\"十0123456789年累")
_BASE_ROLES = ("完成值", "完成", "基期值", "基期", "基数", "现状值", "现状", "实际值", "实际", "基准值")
_EXPLANATION = re.compile(r"\([^()\d%]{6,30}\)")  # a header's explanation: 2025年目标值(各项目标应达到的水平)
MAX_HEADER = 12

@dataclass
class Column:
    kind: str  # seq, cat, ind, unit, attr, value
    year: int | None = None
    base: bool = False
    growth: bool = False
    unit: str | None = None  # 目标值(%): the unit of the column's values
    rate: bool = False  # 增长% under 2022年计划: a growth of the column's own year, no yearly rate over a period


# Marks no header word holds outside a bracket (its words are ideographs, digits, quotes; a bracket may hold any)
_PROSE_MARK = re.compile(r"[,，。;；:：、!！?？]")


def header(text: str) -> list[Column] | None:
    """The columns a header names, if ``text`` (spaces removed) is made of header words only."""
    if "(" not in text and ")" not in text and _PROSE_MARK.search(text):
        return None  # a line of prose (项目建设取得新进展,…): a mark no header word reads (test_speed32_spd44)
    return read_header(text)


def read_header(text: str) -> list[Column] | None:
    """``header`` without its gate for prose."""
    text = _EXPLANATION.sub("", re.sub(r"[\s|]", "", text))
    cols, pos = [], 0
    while pos < len(text):
        m = HEADER_WORD.match(text, pos)
        if not m or m.end() == pos or len(cols) >= MAX_HEADER:
            return None
        pos = m.end()
        kind = next(k for k in ("seq", "cat", "ind", "unit", "attr", "over", "year", "pyear", "pend", "growth", "goal",
                                "base", "score", "owner", "note") if m.group(k))
        if kind == "over":
            continue  # 指标值 over its 现状 | 近期规划 columns: no column of its own
        if kind in ("year", "pyear"):
            role = m.group("yrole") or m.group("yrole0") or ""
            cols.append(Column("value", int(m.group(kind)), base=role in _BASE_ROLES))
        elif kind == "pend":  # “十五五”目标值; “十四五”完成值 is the period's result
            # “十五五”规划目标 (松江 2026 综合交通“十五五”规划,
            # https://www.shanghai.gov.cn/zhengce/detail?businessId=601cb072-5b55-4e1e-9a62-20174cdce0ed&siteId=0082):
            # the period's goal named with 规划, as a year's column is (2025年规划值) and the goal word alone is
            # (规划目标); the period's other goal columns: 普陀 and 长宁 2026 纲要's “十五五”目标
            cols.append(Column("value", _FIVE_YEAR_END[m.group("pend")], base=m.group("prole") in _BASE_ROLES))
        elif kind == "growth":
            # 年均增(5年累计) | [4]: a sum over the period, not a yearly rate; its reading is left to the text
            cols.append(Column("value", _FIVE_YEAR_END.get(m.group("period") or ""), growth=True,
                                base=bool(m.group("summed"))))
        elif kind in ("goal", "base"):
            cols.append(Column("value", None, base=kind == "base", unit=m.group("gunit")))
        else:
            cols.append(Column(kind))
    return cols


def two_level(cols: list[Column]) -> list[Column]:
    """A header printed in two levels, one cell a line: the columns' roles (现状 | 近期规划), then their
    years ((2025年) | (2030年)) — 普陀 2026 国土空间近期规划. Two roles or more over as many years: each
    year takes its role's."""
    labels = [k for k, c in enumerate(cols) if c.kind == "value" and c.year is None and not c.growth]
    years = [k for k, c in enumerate(cols) if c.kind == "value" and c.year is not None]
    if len(labels) < 2 or len(labels) != len(years) or labels[-1] > years[0]:
        return cols
    for a, b in zip(labels, years, strict=True):
        cols[b].base = cols[b].base or cols[a].base
    return [c for k, c in enumerate(cols) if k not in labels]


def is_table(cols: list[Column] | None, caption_year: int | None = None) -> bool:
    """An indicator column and a value column of a year: its own (2025年), or a goal column (目标任务, 年度目标) under
    a caption that names the year (旌阳区2016年度经济社会发展目标任务分解表; 2021年嵊泗县乡村振兴任务清单)."""
    return bool(cols) and any(c.kind == "ind" for c in cols) and any(
        c.kind == "value" and (c.year or (caption_year and not c.base)) for c in cols)



# The lower level of a two-level header: the measures printed under each year (2021年完成 | 2022年计划 over 绝对值 |
# 增长% | 绝对值 | 增长%: 杨凌示范区 2022 年计划指标, https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html).
_MEASURE = re.compile(r"(?P<level>绝对值|总量)|(?P<rate>(?:增长|增速|增幅)(?:率)?(?:%|\(%\))?)")
_MAX_MEASURES = 12


def sub_columns(text: str) -> list[str] | None:
    """The measures a header's second row names, ``level`` (绝对值) or ``rate`` (增长%), if it names two or more and
    nothing else."""
    if "值" not in text and "增" not in text:
        return None
    text = re.sub(r"[\s|]", "", text)
    out, pos = [], 0
    while pos < len(text) and len(out) <= _MAX_MEASURES:
        m = _MEASURE.match(text, pos)
        if not m:
            return None
        out.append("level" if m.group("level") else "rate")
        pos = m.end()
    return out if 2 <= len(out) <= _MAX_MEASURES and "level" in out else None


def spread(cols: list[Column], subs: list[str]) -> list[Column] | None:
    """The columns of a two-level header: each year column of the upper row spread over as many measures of the lower
    row (the same count under each), each measure taking the year and the role (完成: history) of the cell above."""
    uppers = [c for c in cols if c.kind == "value" and c.year is not None and not c.growth]
    if not uppers or len(subs) % len(uppers) or len(subs) == len(uppers):
        return None
    k = len(subs) // len(uppers)
    out: list[Column] = []
    n = 0
    for c in cols:
        if any(c is u for u in uppers):
            for sub in subs[n:n + k]:
                rate = sub == "rate"
                out.append(Column("value", c.year, base=c.base, rate=rate, unit="%" if rate else None))
            n += k
        else:
            out.append(c)
    return out
