"""One vocabulary of a table's cells, shared by the two table readers (goal_tables: the layouts of 主要指标表;
grid: the year grids no layout reader reads).

Both defined a row's number, a blank cell and an attribute cell each in its own way (design debt named by review
37). The patterns are here once; where the readers differ, the difference is a named variant, kept because each
reader's output rests on it (benchmarks/extract_outputs.py: no document changes):

- a blank cell: ``/``, dashes, ``无``, ``待定``, ``\\``; goal_tables also takes ``一`` (a dash the page printed as the
  character: its layouts read a row's cells by kind, a 一 alone in a value's place is the row's blank); the grid
  does not (no dev table it reads prints one);
- an attribute: ``预期性`` / ``约束性``, a footnote's mark after it (``预期性[1]``, 松江 节能降碳); the grid's
  attribute column also holds a blank (``/``, dashes), as it aligns every column of a row by position.

The value patterns are not shared yet: goal_tables reads words before a number (``年均增长``, ``累计``, ``每年``) that
the grid leaves to its columns' headers, and the two disagree on a value's unit length (three characters or four).
"""

from __future__ import annotations

import re

SEQ = re.compile(r"\d{1,3}[.、]?")  # a row's number: 1, 1., 1、
_BLANKS = r"/|—+|-+|–|─+|无|待定|\\"
BLANK = re.compile(_BLANKS)
BLANK_OR_ONE = re.compile(_BLANKS + r"|一")  # 一: a dash read as a character (goal_tables)
_MARK = r"(?:\[\d{1,2}\])?"  # 预期性[1]: a footnote's mark
ATTR = re.compile(r"(?:预期性|约束性)" + _MARK)
ATTR_OR_BLANK = re.compile(r"(?:预期性|约束性|/|—+|-)" + _MARK)  # the grid's attribute column, blanks included

# A value cell's word that caps its number (低于5% under 2035年指标: 上海 2021 公园城市指标体系指引表), the mirror
# of the floor words goal_tables already read before a number (不低于100公里: 松江 2026 综合交通“十五五”规划); its
# comparator is 以下 (tables43).
CEILING_WORDS = ("不高于", "不超过", "不多于", "低于", "小于", "少于")
