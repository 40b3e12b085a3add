"""Session 45 (tables45): a task table whose header names a category column before 序号 prints the category's cell
on the first row of each category, before the row's number. Both dev pages of the family print it so:

- 肇庆 民生实事 (gd-zhaoqing-msssjz, https://www.zhaoqing.gov.cn/xxgk/zwgk/zxgcgk/content/post_2462763.html), between
  bars: ``大类 | 序号 | 工作任务 | …`` then ``一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保…``;
- 辽阳 2023 扶持政策事项清单 (ln-liaoyang-xwqyzc2023, dev), between spaces: ``政策类别 序号 扶持政策事项 …`` then
  ``财政资金支持(共48项) 1 建立复工复产帮扶机制 …``.

Before this session the category's row was no row (its line does not open with the number): 肇庆's first row read as
nothing (its unit cell 市民政局 lost), while the rows after it, which open with their numbers, were read.
"""

from __future__ import annotations

from kechuang.extract.task_tables import _category_header, _row_number
from tests.extract.passages import passage as _passage
from tests.extract.passages import quoted
from tests.extract.passages import rows as _rows


def test_the_family_is_quoted_verbatim():
    assert quoted("gd-zhaoqing-msssjz", "大类 | 序号 | 工作任务 |")
    assert quoted("gd-zhaoqing-msssjz", "一、继续提高底线民生保障水平 | 1 | 将城镇")
    assert quoted("ln-liaoyang-xwqyzc2023", "政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门")
    assert quoted("ln-liaoyang-xwqyzc2023", "财政资金支持(共48项) 1 建立复工复产帮扶机制")


def test_a_category_column_before_the_number_column():
    assert _category_header("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |")
    assert _category_header("政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门")
    # a header that opens with 序号, or a table's title glued to it, names no category column
    assert not _category_header("序号 | 工作任务 | 牵头单位 | 责任单位")
    assert not _category_header("附件\n序号\n项目名称\n牵头单位")
    assert not _category_header("重点工作任务分解表序号工作任务牵头单位")


def test_a_category_row_starts_with_its_number():
    assert _row_number("一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保人均最低补差水平", True) == 1
    assert _row_number("财政资金支持(共48项) 1 建立复工复产帮扶机制", True) == 1
    assert _row_number("2 | 特困供养人员基本生活标准", True) == 2
    # without a category column the line is no row; a decimal is no row's number
    assert _row_number("一、继续提高底线民生保障水平 | 1 | 将城镇", False) is None
    assert _row_number("项目总投资 1.5 亿元", True) is None
    assert _row_number("新增 5 家企业", True) is None  # a row's own words: a category's cell has four characters or more


def test_the_category_row_is_read():
    assert _rows(_passage("gd-zhaoqing-msssjz", 0)) == [("lead", "市民政局")]
    assert _rows(_passage("gd-zhaoqing-msssjz", 1)) == [("lead", "市民政局")]
