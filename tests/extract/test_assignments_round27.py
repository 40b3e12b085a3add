"""Assignment rules of the tails6 round, from the dev split of tests/fixtures/real/passages (addresses in each .json):
tables printed a row a line between bars whose rows open with the task's name (``extract/bar_rows.py``), and 负责 as
a role word of labels and columns (``extract/tail_words.py``)."""

from __future__ import annotations

import pytest

from kechuang.extract.bar_rows import extract_bar_rows
from kechuang.extract.lines import split_lines
from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows
from tests.timing import assert_linear


# 徐庄镇 2017 安全生产专项整治工作计划 (https://public.dengfeng.gov.cn/D49Y/2044017.jhtml): rows open with the trade,
# not a number, and the units of the 责任单位 cell (separated by spaces) read as nothing.
def test_rows_of_a_bar_table_that_open_with_the_task_name_their_units():
    assert _rows(_passage("ha-dengfeng-xzaqsc2017", 0)) == [("responsible", "安监站"), ("responsible", "安监所")]
    assert _rows(_passage("ha-dengfeng-xzaqsc2017", 11)) == [
        ("responsible", "超限站"), ("responsible", "公路站"), ("responsible", "交警六中队")]
    assert _rows(_passage("ha-dengfeng-xzaqsc2017", 2)) == [("responsible", "电管所")]


# A county bureau's 政务公开 task table (https://www.redwoodcoonhounds.com/public/15401/105053833.html, a
# traditional-character mirror): the unit column is headed 負責科室 and its cells are the bureau's sections.
def test_a_column_headed_fuze_keshi_names_the_responsible_sections():
    assert _rows(_passage("ah-xianju-zwgkrwfj", 0)) == [("responsible", "各責任科室")]
    assert _rows(_passage("ah-xianju-zwgkrwfj", 1)) == [("responsible", "各業務科室")]
    assert _rows(_passage("ah-xianju-zwgkrwfj", 4)) == [("responsible", "綜合科")]


# A cell under the role column that closes a clause with a verb of the tails is read as a tail is (the spec's
# (X牵头,Y配合)): 江门 土地储备中心's 政务公开 table (http://sd-xs.com/bmpd/jmstdcbzx/zwdt/tzgg/content/post_2452685.html,
# the tails6 batch, scored before this reading: 0.500) prints `办公室牵头,各科室配合` in its 责任部门 column; a lone 办公室
# there is a unit (a section), not an office's credit.
def test_a_cell_with_the_verbs_of_a_tail_gives_their_roles():
    assert _rows(_passage("gd-jiangmen-tdcbzwgk", 6)) == [("lead", "办公室"), ("cooperating", "各科室")]
    assert _rows(_passage("gd-jiangmen-tdcbzwgk", 1)) == [("responsible", "办公室")]
    assert _rows(_passage("gd-jiangmen-tdcbzwgk", 0)) == [("responsible", "财务科")]


def test_what_a_bar_row_reads_is_bounded_by_its_header():
    header = "一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n"
    # a cell that lists no unit (a time, a sentence) gives nothing; a row of another width ends the table
    assert _rows(header + "烟花爆竹 | 1月份 | 加强检查。 |") == []
    assert _rows(header + "烟花爆竹 | 1月份 | 安监站 | 备注 |") == []
    # a row opening with its number is task_tables' (read once, not twice)
    assert _rows(header + "1 | 1月份 | 安监站 |") == [("responsible", "安监站")]
    # a header whose every cell names a role, or a bar line of a site's menu, is no table of tasks here
    assert _rows("首页 | 政务公开 | 互动交流 |\n烟花爆竹 | 1月份 | 安监站 |") == []
    assert _rows("牵头单位 | 配合单位 |\n县科技局 | 县财政局 |") == []


# 负责 names the units that answer for an item as 责任 does (spec: 负责 = responsible): a label synonym, resting on the
# 負責科室 column above (one real dev sentence, as round notes allow for a vocabulary the rules already use).
def test_fuze_labels_read_as_responsible():
    task = "(一)加强科技创新。推动企业研发投入。"
    assert _rows(task + "（负责单位：县科技局、县财政局）") == [("responsible", "县科技局"), ("responsible", "县财政局")]
    assert _rows(task + "（负责部门：县科技局）") == [("responsible", "县科技局")]
    assert _rows(task + "（牵头负责单位：县科技局；配合单位：县财政局）") == [
        ("lead", "县科技局"), ("cooperating", "县财政局")]
    assert _rows(task + "(負責單位:縣科技局)") == [("responsible", "縣科技局")]
    assert _rows(task + "\n负责单位：县科技局、县教育局") == [("responsible", "县科技局"), ("responsible", "县教育局")]


# 负责 that is no label stays prose (spec: units named in running prose are no assignments): 由…负责 in the item's
# sentence (平利 整改要求:由县环卫站负责清除…, https://www.pingli.gov.cn/Content-1108651.html, gold: none) and a
# duty of every township; a person's field (负责人:) names no unit.
def test_fuze_in_prose_is_no_tail():
    assert _rows(_passage("sn-pingli-scxczg", 0)) == []
    assert _rows(_passage("sn-pingli-scxczg", 2)) == []
    assert _rows("(一)加强科技创新。由县科技局负责组织实施。") == []
    assert _rows("(一)加强科技创新。各乡镇负责本辖区企业培育工作。") == []
    assert _rows("(一)加强科技创新。(负责人:张三)") == []


# One pass over the lines, each split once: a page of many bar rows, and a line of many bars (past the twelve a table
# of tasks has: refused at the count), stay linear; sized so that the small run takes 0.05 s (tests/timing.py).
@pytest.mark.parametrize("text", ["烟花爆竹 | 1月份 | 安监站 安监所 |", "| 政务服务 | 综合科 |" * 2_000])
def test_bar_rows_stay_linear(text):
    assert_linear(lambda lines: extract_bar_rows(lines, [""] * len(lines)),
                  lambda n: split_lines("专项整治行业名称 | 时间安排 | 责任单位 |\n" + "\n".join([text] * n)), 256)
