"""A page's metadata labels around a title: a line of labels left without values (文号 浏览量 / 主题词 over
腾冲县突发环境事件应急预案; 选择栏目 over a plan's title), and a row of labelled fields whose last value ends with a
plan word (发布机构 永宁县闽宁镇人民政府 责任部门 永宁县闽宁镇 关 键 字 应急预案). Neither is any part of a title
(round 59)."""

from __future__ import annotations

import re

# The names of a portal's fields (in simplified characters), as its metadata table prints them.
_LABEL = (r"(?:索引号|文号|发文字号|发布机构|发文机关|责任部门|关键字|关键词|主题词|主题分类|体裁分类|公开目录|"
          r"公开方式|公开时限|是否有效|有效性|生成日期|成文日期|发布日期|浏览量|浏览次数|选择栏目|所属栏目)")
_LABELS_ONLY = re.compile(rf"(?:{_LABEL}[::]?){{1,6}}")
_LABEL_RE = re.compile(_LABEL)
_ROW_LABELS = 2  # distinct labels that make a line a row of fields


def labels_only(text: str) -> bool:
    """Whether a line holds field labels and nothing else (文号 浏览量, 主题词, 选择栏目): their values are blank."""
    plain = "".join(text.split())
    return len(plain) <= 40 and _LABELS_ONLY.fullmatch(plain) is not None


def field_row(text: str) -> bool:
    """Whether a line is a row of labelled fields (two labels or more, each with its value: 发布机构 X 责任部门 Y)."""
    plain = "".join(text.split())
    return len({m.group() for m in _LABEL_RE.finditer(plain[:200])}) >= _ROW_LABELS
