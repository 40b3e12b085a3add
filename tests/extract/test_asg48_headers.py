"""Headers of task tables printed in ways the table reader did not expect (asg48, session 31).

Two shapes, each printed by several dev documents:

- a report's column after the unit column (进度, 进展情况, 落实进展情况): the sentences a row prints after its units
  are the report's, and the units must not be taken for part of the task (眉山 2017, 肇庆 2020, 新建 2024, 袁州 2023,
  宣城 2022, 芜湖 2023);
- a column's name broken over two lines, its role word on the first (市级牵头 / 责任单位, 眉山 2017; 责任 / 单位,
  江山 2023; 责任 / 科室, 泗洲头镇 2024).
"""

from __future__ import annotations

import json

from kechuang.extract import extract_text
from kechuang.extract.lines import split_lines
from kechuang.extract.task_tables import _report_after_units, _whole_name
from kechuang.text.normalise import normalise


def _assignments(text: str) -> list[tuple[str, str]]:
    plan = json.loads(extract_text(text).to_json(include_text=False))
    return [(a["role"], a["unit"]) for a in plan.get("assignments") or []]


# 眉山 2017 十大民生工程 实施进度表 (dev, https://www.ms.gov.cn/info/5565/1006442.htm), one cell a line as stored
_MEISHAN_HEADER = ("2017年1—7月十大民生工程项目实施进度表\n工程\n名称\n序号\n项 目 内 容\n目标任务\n市级牵头\n责任单位\n"
                   "进度\n完成目标\n(%)\n备注\n")


def test_units_before_a_report_column_are_read() -> None:
    # row 8: the task (no full stop), its target, the lead units, then the report's sentence in the 进度 column,
    # which used to end the task and swallow the units before it
    text = (_MEISHAN_HEADER + "8\n对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持\n应补尽补\n"
            "市人力资源社会保障局、市教体局、\n团市委\n发放一次性创业补贴148万元,发放青年创业小额贴息贷款438万元。\n"
            "达到时间进度")
    assert _assignments(text) == [("lead", "市人力资源社会保障局"), ("lead", "市教体局"), ("lead", "团市委")]


def test_header_broken_over_lines_keeps_its_role_word() -> None:
    # row 10*: read below the header printed one cell a line; 市级牵头 / 责任单位 is one column, which leads
    text = _MEISHAN_HEADER + "10*\n促进城乡劳动者就业创业\n妇女居家灵活就业培训(人)\n4000\n市妇联\n3437\n85.9\n达到时间进度"
    assert _assignments(text) == [("lead", "市妇联")]


def test_broken_name_joins_its_head_only_when_the_head_is_a_role_word() -> None:
    # 江山 2023 民生实事 (dev, zj-jiangshan-msss2023): 资金 / 来源 / 责任 / 单位, one cell a line
    lines = split_lines(normalise("资金\n来源\n责任\n单位\n"))
    assert _whole_name(lines, 3) == "责任单位"
    assert _whole_name(lines, 1) == "来源"  # 资金 names no role: no head
    # 眉山 2017: 目标任务 / 市级牵头 / 责任单位
    lines = split_lines(normalise("目标任务\n市级牵头\n责任单位\n"))
    assert _whole_name(lines, 2) == "市级牵头责任单位"


def test_report_columns_after_the_units() -> None:
    # 龙湾 2024 重点工作 进展 (dev, http://www.longwan.gov.cn/art/2025/1/7/art_1229536979_58983161.html)
    assert _report_after_units("序号\n重点工作\n责任单位\n进展情况\n")
    # 袁州 2023 民生实事 进展 (dev, http://www.yzq.gov.cn/yzqrmzf/jcbslsqk/202309/d48534cfb44f49e0bf792a10fb644168.shtml)
    assert _report_after_units("序号 |\n项目名称 |\n具体任务及目标 |\n牵头 领导 |\n牵头单位 |\n责任单位 |\n进展情况 |\n")
    # a schedule or a report before the units is no report after them
    assert not _report_after_units("序号\n工作任务\n完成情况\n责任单位\n")
    assert not _report_after_units("序号\n工作任务\n责任单位\n完成时限\n")


def test_longwan_row_stays_read() -> None:
    # the report's sentence (三季度…6.1%。) follows the unit; the task ends with its own full stop
    text = "序号\n\n重点工作\n\n责任单位\n\n进展情况\n\n1\n\n地区生产总值增长6.5%左右。\n\n区发改局\n\n三季度地区生产总值增速6.1%。"
    assert _assignments(text) == [("responsible", "区发改局")]


# 杨凌 2022 计划指标 (dev, https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html): its header line as
# stored; 大洼 2021 (dev, http://www.dawa.gov.cn/2021_02/01_16/content-307974.html) names the cooperating units
# 责任(配合)单位 beside its 牵头单位
_YANGLING_HEADER = "指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任(牵头)部门 | ||||||"


def test_bracketed_role_word_decides_the_column() -> None:
    from kechuang.extract.bar_rows import _column_role
    from kechuang.extract.task_tables import _column_roles

    assert _column_roles(_YANGLING_HEADER) == [None, "lead"]  # 名称单位 (of measure) is no role; dropped by _header
    assert _column_role("责任(牵头)部门") == "lead"
    assert _column_role("责任(配合)单位") == "cooperating"
    assert _column_role(normalise("责任（牵头）部门")) == "lead"
    assert _column_role("牵头(责任)单位") is None  # a generic word in brackets: no page prints it, left unread
    assert _column_role("责任股室(单位)") == "responsible"  # a noun in brackets (略阳 文旅) as before


def test_bracketed_role_column_of_a_numbered_table() -> None:
    # the 杨凌 header's cells and one of its rows, numbered as the corpus's other bar tables number theirs
    text = ("序号 | 指标名称 | 单位 | 2022年计划 | 责任(牵头)部门 |\n"
            "1 | 每万人高价值发明专利拥有量 | 件 | 12 | 示范区市场监管局 |\n"
            "2 | 进出口贸易总额 | 亿元 | 10.2 | 示范区自贸办 示范区工业商务局 |")
    assert _assignments(text) == [("lead", "示范区市场监管局"), ("lead", "示范区自贸办"), ("lead", "示范区工业商务局")]


# 池州 信访局 2021 政务公开 tasks (dev, https://xfj.chizhou.gov.cn/OpennessContent/show/1426818.html): a header without
# 序号 printed a cell a line with the page's bars on lines of their own between the cells
_CHIZHOU_HEADER = "工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n"


def test_cells_a_line_with_bars_between() -> None:
    text = (_CHIZHOU_HEADER + "强化行政规范性文件集中规范公开\n|\n1\n|\n对行政规范性文件进行全面清理,并向社会公布现行有效行政"
            "规范性文件目录。\n|\n办公室\n|\n年底前\n|")
    assert _assignments(text) == [("responsible", "办公室")]


def test_a_collective_cell_is_no_column_name() -> None:
    # 各科室 ends like a column's name (…科室) but names every section: the rows' reader must not stop at it
    text = (_CHIZHOU_HEADER + "深化政策解读形式\n|\n2\n|\n积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。\n|\n"
            "各科室\n|\n持续推进\n|")
    assert _assignments(text) == [("responsible", "各科室")]
