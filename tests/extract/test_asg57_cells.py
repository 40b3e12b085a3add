"""asg57, review 40's risk on asg56's continued unit cell: a cell printed one cell a line that goes on after its 、 with a
verb and a manner (区应急局、 / 各街道按职责分工负责) keeps the manner out of the unit's name, as a tail does
(`…,乡镇人民政府按职责分工分别负责`, 西平 2020 法治政府, dev,
http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm). The table's header and rows are
variants of 杨浦 2022 基层消防's task list (dev,
https://www.shanghai.gov.cn/zhengce/detail/0077::007766345beb1856665c1d3217bdb40500a1), whose cells asg56 continued."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise

_HEADER = "重点任务清单\n类别\n项目\n主要任务\n牵头单位\n配合单位\n二、推进基层消防安全组织建设\n"


def _units(rows: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(_HEADER + rows)).assignments]


def test_a_manner_in_a_verb_cell_is_no_part_of_the_name():
    rows = "1.建立例会制度\n每季度召开一次工作会议。\n区应急局、\n各街道按职责分工负责\n区消防救援支队\n"
    assert [u for _, u in _units(rows)] == ["区应急局", "各街道", "区消防救援支队"]


def test_a_cell_continued_before_a_deadline_keeps_its_column():
    rows = ("1.建立例会制度\n每季度召开一次工作会议。\n区应急局\n区财政局、\n各街道\n2023年底前\n"
            "2.完善制度\n制定工作规则。\n区应急局\n区财政局\n")
    assert _units(rows) == [("lead", "区应急局"), ("cooperating", "区财政局"), ("cooperating", "各街道"),
                            ("lead", "区应急局"), ("cooperating", "区财政局")]


def test_a_task_sentence_naming_bodies_is_no_unit_cell():
    # afresh55's cause 3 (杨浦 2022 item 12: a task cell after the row's units, its sentence listing kinds of brigades):
    # in the dev tables printed one cell a line (杨浦 2022; 如东 2020 城市安全, http://www.rudong.gov.cn/ajj/jhzj/content/
    # 9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html; 宝山 2019 垃圾分类, https://www.shanghai.gov.cn/zhengce/detail/0078::
    # 2dadcacd-e1c8-441c-9f2f-b7ab4d861222) a task cell ends with 。 and no unit cell does
    rows = ("12.加强多种形式消防队伍建设\n区消防救援支队\n各街道\n"
            "指导各街道大力发展建设政府专职消防队、志愿消防队、微型消防站。\n"
            "13.完善制度\n制定工作规则。\n区应急局\n区财政局\n")
    assert _units(rows) == [("lead", "区消防救援支队"), ("cooperating", "各街道"),
                            ("lead", "区应急局"), ("cooperating", "区财政局")]
