"""A unit cell the page continued on the next line after a trailing 、, in a task table printed one cell a line
(afresh55's map, cause 1): the next line is the same cell, in the same column, not the next column's cell.

The break is the page's, in tables of several places: 杨浦 2022 基层消防 task list (dev, header without 序号, one cell a
line, https://www.shanghai.gov.cn/zhengce/detail/0077::007766345beb1856665c1d3217bdb40500a1: `区委编办、` / `各街道`
lead, `区消防救援支队` cooperating), 如东 2020 城市安全 task list (dev, the same header shape,
http://www.rudong.gov.cn/ajj/jhzj/content/9cba4022-2b38-4cb0-9bcc-a25e2697d9b4.html: `县发改委、自然资源局、`), 宝山 2019
垃圾分类 (dev, https://www.shanghai.gov.cn/zhengce/detail/0078::2dadcacd-e1c8-441c-9f2f-b7ab4d861222: `区绿化市容局、` /
`区农业农村委`) and 眉山 2017 民生工程 (dev, https://www.ms.gov.cn/info/5565/1006442.htm: `市人力资源社会保障局、市教体局、`
/ `团市委`), whose 序号 headers' reader already keeps the cell whole."""

from __future__ import annotations

from kechuang.extract import extract_text
from kechuang.text.normalise import normalise

_HEADER = "重点任务清单\n类别\n项目\n主要任务\n牵头单位\n配合单位\n二、推进基层消防安全组织建设\n"


def _units(rows: str) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in extract_text(normalise(_HEADER + rows)).assignments]


def test_a_lead_cell_continued_after_its_comma_stays_lead():
    rows = ("5.实化运行消防委员会工作\n年底前，各街道成立由街道行政主要领导为主任的消防安全委员会。\n"
            "区委编办、\n各街道\n区消防救援支队\n")
    assert _units(rows) == [("lead", "区委编办"), ("lead", "各街道"), ("cooperating", "区消防救援支队")]


def test_both_cells_continued():
    rows = ("10.建立人员培训制度\n区级层面每年定期分批开展消防业务培训。\n"
            "区消防救援支队、\n各街道\n区财政局、\n各街道\n")
    assert _units(rows) == [("lead", "区消防救援支队"), ("lead", "各街道"),
                            ("cooperating", "区财政局"), ("cooperating", "各街道")]


def test_cells_without_a_break_keep_their_columns():
    rows = ("3.纳入考核体系\n将街道基层消防安全综合治理建设工作情况纳入考核评价体系，强化结果运用。\n"
            "区考核办\n区消防救援支队、各街道\n")
    assert _units(rows) == [("lead", "区考核办"), ("cooperating", "区消防救援支队"), ("cooperating", "各街道")]
