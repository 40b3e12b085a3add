"""Rows printed between bars with more cells than their header: a header whose cells span two columns of the rows.

A table's header may merge cells over the columns its second header line splits (``2022年计划`` over ``绝对值 |
增长%``), so its rows print more cells than the header names, and the page keeps the merged columns' bars as empty
cells at the header's end. The role column then sits as far from the row's last cell as it does from the header's
last named cell: the rows are read aligned on the right. Two dev documents of different places print so:

- 杨凌 2022 国民经济和社会发展计划指标 (陕西, https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html):
  ``指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | ||||||``, then ``绝对值 | 增长% | 绝对值 |
  增长% | |||||||`` and rows of seven cells, the unit last (``… | 10 | 示范区科技创新局 | ||||``), the unit cell
  left empty on the rows the unit above answers for;
- 昭化 2017 民生工程目标任务分解表 (四川, https://cnzh.gov.cn/News/Detail/3287958481734118aa8ceb10be45886b.html):
  ``项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |``, then rows of eight cells whose 分解情况 spans a
  count and the places' shares (``… | 1300 | 元坝镇280 … | 刘 强 | 区人社局 | 陈 宗 |``).

A row as wide as its header is ``bar_rows``' own; a row narrower than a header that printed its merged columns' bars
(the second header line, a section's name ``一、创新驱动 | ||||||||||``) is passed over, the header kept.
"""

from __future__ import annotations


def without_empty_end(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells up to the last one printed (the empty cells a page's bars leave at a row's end dropped)."""
    end = len(cells)
    while end and not cells[end - 1][0]:
        end -= 1
    return cells[:end]


def right_aligned(cells: list[tuple[str, int]], named: int, roles: dict[int, str]) -> list[tuple[int, str]] | None:
    """(index of the row's cell, role) for each role column of a header of ``named`` printed cells, aligned on the
    right, when the row (its empty end dropped) prints more cells than the header names; None for any other row."""
    width = len(without_empty_end(cells))
    if width <= named:
        return None
    return [(width - (named - k), role) for k, role in sorted(roles.items())]


def passed_over(cells: list[tuple[str, int]], named: int, header_bars: bool) -> bool:
    """Whether a row narrower than a header that printed its merged columns' bars (``header_bars``) is a second header
    line or a section's name, passed over with the header kept."""
    return header_bars and len(without_empty_end(cells)) < named
