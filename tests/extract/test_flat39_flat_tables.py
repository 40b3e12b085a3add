"""Task tables flattened onto lines with neither bars nor row numbers (flat39, MISSES-afresh39.md cause 1).

The family: 监利 2018 环境空气质量综合整治方案 职责清单 (dev, https://www.wanglu.net/thread/t4-381931-0.html) prints its
header `工作任务和内容 责任单位 配合单位 完成时间` on one line between spaces and each row's unit cell after the task's last
sentence, then the time cell; 青阳 2023 (dev, https://www.ahqy.gov.cn/OpennessContent/show/1493481.html) flattens its
header onto one line between spaces too; 郭坑镇 任务分解表 (dev, http://biz.doczj.com/doc/46150036.html) prints the unit
cells after the task's sentences, then a cell that is no unit (a person) — its excerpt lost the header, so it stays
unread (the header line is the gate).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text

HEADER = "附件 监利县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间\n"

# verbatim rows of 监利 2018 (https://www.wanglu.net/thread/t4-381931-0.html), each under the page's header line
ROWS = [
    ("负责全县环境空气质量达标整治工作的舆论宣传,利用电台、电视、门户网站等媒体,开展全县环境空气质量达标整治工作的专题宣传"
     "和跟踪报道,对大气污染问题和违法排污企业进行公开曝光.\n县委宣传部 持续开展", "县委宣传部"),
    ("负责大气污染综合治理工作任务的督导和检查考核工作. 县委县政府 督查室 持续开展", "县委县政府督查室"),
    ("负责制定监利县城区扬尘污染整治百日攻坚工作方案,督促拆迁项目单位落实扬尘污染防治工作. 县五城办 7月底前制定 扬尘治理方案",
     "县五城办"),
    ("负责抓好砂石场的扬尘污染防治、交通建设项目(道路工程等施工工地)和道路运输扬尘的污染防治工作,督导建设单位落实各项治理措施,"
     "减少扬尘污染,加快推广新能源汽车. 县交通 运输局 12月底前完成新能源汽车更换", "县交通运输局"),
]


def _units(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit.replace(" ", "")) for a in extract_text(text).assignments]


@pytest.mark.parametrize(("row", "unit"), ROWS)
def test_a_flattened_row_gives_its_unit_cell(row: str, unit: str) -> None:
    assert _units(HEADER + row) == [("responsible", unit)]


def test_a_wrapped_section_is_one_unit_with_its_space() -> None:
    plan = extract_text(HEADER + ROWS[1][0])
    assert [a.unit for a in plan.assignments] == ["县委县政府 督查室"]


def test_the_cells_take_the_columns_in_order() -> None:
    # two unit cells: the 责任单位 column's, then the 配合单位 column's (a unit opening with its level stands alone)
    row = "负责大气污染综合治理工作任务的督导和检查考核工作. 县公安局 县城管局 持续开展"
    assert _units(HEADER + row) == [("responsible", "县公安局"), ("cooperating", "县城管局")]


@pytest.mark.parametrize("row", [row for row, _ in ROWS])
def test_no_header_line_no_table(row: str) -> None:
    # the same rows without the header line (a line of spaces is common in flattened pages of every kind)
    assert _units("监利县2018年环境空气质量综合整治方案职责清单\n" + row) == []


def test_one_column_name_is_no_header() -> None:
    assert _units("附件 职责清单 工作任务和内容 责任单位\n" + ROWS[1][0]) == []


def test_a_unit_field_then_other_text_is_no_row() -> None:
    # after the unit, a field that is no time cell: prose, not a row
    row = "负责大气污染综合治理工作任务的督导和检查考核工作. 县公安局 牵头抓好落实"
    assert _units(HEADER + row) == []


def test_a_task_without_unit_cell_gives_nothing() -> None:
    row = "负责大气污染综合治理工作任务的督导和检查考核工作. 持续开展"
    assert _units(HEADER + row) == []
