"""Label words in prose and in forms are no responsibility tails (lab47's survey, tests/fixtures/real/LABELS.md).

The survey of how real plans label the units of a task found 责任主体, 主管部门 and 实施单位 on the project's dev
pages only in prose, addressee lines and budget forms, never as a task's label: a vocabulary that one day reads
them as labels must still leave these real sentences without assignments.
"""

from __future__ import annotations

import json

import pytest

from kechuang.extract import extract_text


def _assignments(text: str) -> list[tuple[str, str]]:
    plan = json.loads(extract_text(text).to_json(include_text=False))
    return [(a["role"], a["unit"]) for a in plan.get("assignments") or []]


@pytest.mark.parametrize("text", [
    # 山东 2023 充电基础设施 (dev, http://www.achie.org/news/cygh/2023/0728/20531.html): who bears the duty, in prose
    "市、县政府是统筹推进充电基础设施建设的责任主体,要建立由发改(能源)部门牵头、相关部门紧密配合的协同推进机制,"
    "明确职责分工,精心组织实施,确保规划目标按期完成。",
    # 泾县 2023 分解 notice (dev, http://ahjx.gov.cn/OpennessContent/show/2668526.html): what each unit must set out
    "一、细化任务抓落实。各乡镇各部门要围绕《县政府工作报告》确定的目标任务,立足工作实际,明确量化目标、建设内容、"
    "责任主体、序时进度和保障措施,细化分解到月,建立工作台账,做到各项目标任务有措施、可量化、能落实。",
    # 阳春 2021 消防 规定 (dev, http://www.yangchun.gov.cn/zfxxgkml/szfbgs/bmwj/gfxwj/content/post_548181.html)
    "第二条  本规定适用于阳春市消防工作责任主体消防安全责任的界定以及消防工作责任主体依法履行职责的监督。",
])
def test_zeren_zhuti_in_prose_is_no_label(text: str) -> None:
    assert _assignments(text) == []


def test_zhuguan_bumen_in_an_addressee_line_is_no_label() -> None:
    # 漳州 2020 渔业防台风 预案 (dev, http://zzdanganguan.com/shtml/563/1729/detail_1.shtml): the line ends in a colon
    # after 主管部门 and 事业单位, the notice's addressees
    text = "沿海各县(市)、龙文区、古雷开发区、漳州开发区和台商投资区渔业行政主管部门,局属各事业单位:"
    assert _assignments(text) == []


def test_a_budget_forms_header_names_no_task_units() -> None:
    # 霍邱 2022 项目支出绩效自评表 (dev, https://www.wjbhcs.com/public/6600241/36762723.html): 主管部门 and 实施单位
    # head the form, the corpus gives the passage no assignment
    text = ("项目支出绩效自评表\n(2022年度)\n项目名称 科技特派员创业行动经费\n"
            "主管部门 031-霍邱县科学技术局 实施单位 031001-霍邱县科学技术局\n"
            "项目资金                    (万元)   年初预算数 全年预算数 全年执行数 分值  执行率 得分\n"
            "年度资金总额: 25 25 25 10 100.00% 10.00")
    assert _assignments(text) == []
