"""Spaces a PDF's text layer prints around a number between Chinese words (``到 2025 年``, ``新增 50 家``, ``达到
30 %``), dropped: the number reads with its measure word as a Word file prints it.

Dev pages printed so, of different places: 安徽 2024 民生实事 (``2024 年我省实施 50 项民生实事``, ``新增城镇就业 68
万人左右``: https://www.wuhe.gov.cn/xwzx/ztzl/ztzl/msgcjgzhly/81307938.html), 漳州 2024 (``建成 1.2 万套安置房;建设
3000 套保障性租赁住房``: https://www.fujxw.cn/shequ/651.html), a 數字鄉村 工作要點 (``到 2022 年底``,
``突破 4300 億元``: http://www.212549.com/html/News/202204/7944e0c6be64339c.shtml).

A space goes only where the number is followed (after the space or right away) by a measure word, a unit or a
percent sign, and the space before the number only where a Chinese character precedes it. Spaces that separate items
stay: a table's row printed one row a line, a run of names, the space before a metadata bar's label
(``text.spaces``); the space between two numbers (``2025 2030``) and between two figures each with its measure word
(``2020 年 2025 年``, a goal table's header) stays too. A table row that prints a bare figure between two cells
(``项目总预算 65 财政资金预算分类``, no measure word after it) is left alone.
"""

from __future__ import annotations

import re

from kechuang.text.spaces import Rows, after_name, before_label, in_run_of_names

# A measure word or unit after a figure: a classifier or a unit of one character (年/月/日, 个/家/项…, 万/亿 before a
# unit; not 号: a 文号 prints 渝府令第 121 号 as issued), a unit of two (公里/平方米/小时…: 公路, 平台, 小区 are no
# units), the percent signs.
# Not the extractor's unit vocabulary (extract/rules/targets.yaml), on purpose (debt42): this list names what may
# follow a figure whose space a PDF layer printed, read before the extractor and in either script, so it holds words
# that are no target's unit (年/月/日 of a date; 万/亿/千/百 before a unit; 余/多; the heads 平方/立方; 届, 批, 类…;
# 個萬億項), and it leaves out the one-character units that open common words after a figure set apart (本/部/门/片/
# 支/对/天…: with them, 1.1.2 本預案 of 海南 2006's 预案 and 16:06, a blank line, 本规划 of 广西's 十三五 科技 plan
# were glued, dev). tests/extract/test_debt42_measure_words.py names both differences.
MEASURE = (r"(?:[年月日个家项万亿千百元人名所座套次倍条处台件种批户亩吨米辆张篇场期类位栋间床只册届棵株匹幅克岁"
           r"%‰個萬億項]|公里|公顷|公斤|平方|立方|千米|千瓦|兆瓦|小时|分钟|余|多)")
_NUMBER = r"\d{1,15}(?:\.\d{1,8})?"
# the space after a figure, before its measure word (a line break between the two is the wrap's: rejoined later)
_AFTER = re.compile(rf" (?=\n?{MEASURE})(?<=\d )")
# the space before a figure, after a Chinese character, when a space and a measure word follow the figure: a layer
# spaces a figure on both sides (a dateline's space before a date, 北京报道 1月11日, stays); once a wrap is
# rejoined, a figure it broke (建成 1\n.2 万套) is read with the measure word right after it too (``rejoined``)
_BEFORE = re.compile(rf" (?<=[\u4e00-\u9fff] )(?={_NUMBER}[ \n]{{1,2}}{MEASURE})")
_BEFORE_REJOINED = re.compile(rf" (?<=[\u4e00-\u9fff] )(?={_NUMBER}[ \n]{{0,2}}{MEASURE})")
# a figure with its measure word just before a space: the space separates two such figures (2020 年 2025 年)
_FIGURE_BEFORE = re.compile(rf"\d ?{MEASURE}$")
# the rest of a line opening with a number and a space is a table's row when it holds a space between two words or
# two figures, a cell's edge (8 公路投资1.65万亿元 交通运输部; 2 人均生产总值(元) 130000 130913 完成); a wrapped
# sentence's figure (8 个“好房子”建设试点项目) has none
_CELL_EDGE = re.compile(r"[^\d\s] [^\d\s]|\d \d")
_ROW_LINE = 200  # how far a row's line is read


def close_number_spaces(text: str, rejoined: bool = False) -> str:
    """The text with the spaces around its figures dropped (see the module's doc); ``rejoined``: its hard wraps were
    just rejoined."""
    rows: list[Rows] = []

    def keep(m: re.Match) -> bool:
        if not rows:
            rows.append(Rows(text))
        start, end = m.span()
        return rows[0].holds(start) or in_run_of_names(text, start, end) or before_label(text, end)

    def after(m: re.Match) -> str:
        start = m.start()
        # the figure: digits back from the space, a decimal point among them; a figure after another number's
        # space (2025 2030) or after a letter (G 5 ...) is no figure of a sentence
        k = start
        while k > 0 and (text[k - 1].isdigit() or text[k - 1] == ".") and start - k < 24:
            k -= 1
        if ((k == 0 or text[k - 1] == "\n") and start - k <= 3 and text[k:start].isdigit() \
                and _CELL_EDGE.search(text[start + 1:start + _ROW_LINE].split("\n", 1)[0])) \
                or (k > 1 and text[k - 1] == " " and text[k - 2].isdigit()) or (k and text[k - 1].isascii() \
                and text[k - 1].isalpha()):
            return " "  # a row's number opening a line (8 公路投资…: text.spaces' rows), 2025 2030, PM2.5
        return " " if keep(m) else ""

    def before(m: re.Match) -> str:
        if _FIGURE_BEFORE.search(text, max(0, m.start() - 3), m.start()) or after_name(text, m.start()):
            return " "  # 2020 年 2025 年; a cell's name before the figure (县五城办 7月底前)
        return " " if keep(m) else ""

    if " " not in text:
        return text
    # both passes read the text as printed (the spans are the same text's): the second's matches are collected
    # first, then the text is rebuilt once
    cuts = [(m.start(), after(m)) for m in _AFTER.finditer(text)]
    cuts += [(m.start(), before(m)) for m in (_BEFORE_REJOINED if rejoined else _BEFORE).finditer(text)]
    drop = sorted(at for at, kept in cuts if not kept)
    if not drop:
        return text
    out, last = [], 0
    for at in drop:
        out.append(text[last:at])
        last = at + 1
    out.append(text[last:])
    return "".join(out)
