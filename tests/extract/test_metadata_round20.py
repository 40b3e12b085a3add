"""Round-20 document metadata (extwalk): a title that names its plan by its tasks (…重点任务, …工作任务, …任务分工,
…目标任务), standing alone on the first line of a docx, found on a clerk's walk-through (灵寿县2027年政务服务重点任务
named the plan after the file; …重点任务清单 worked). Real titles of at least two dev documents for each word."""

from __future__ import annotations

from kechuang.extract import extract_text


def _title(text: str) -> str | None:
    return extract_text(text).document.title


_BODY = "\n一、深化改革\n1.推进政务服务“一网通办”。(县政务服务局牵头)\n"


# 2023年度全市农业农村重点工作任务 (济宁 2023), 辽宁省科技厅2009年科技工作四项重点工作任务 (辽宁 2009): 工作任务;
# 2016年《政府工作报告》量化指标任务分工 (国办 2016), 南京市落实省政府《…若干政策措施》重点任务分工 (南京 2016):
# 任务分工 and 重点任务; 2023年大足区人民政府工作报告重点工作目标任务 (大足 2023), 2025年区政府工作报告目标任务
# (铜梁 2025): 目标任务 — dev pages.
def test_a_title_that_names_its_tasks_is_the_plans_title():
    for title in ("灵寿县2027年政务服务重点任务", "辽宁省科技厅2009年科技工作四项重点工作任务",
                  "2016年《政府工作报告》量化指标任务分工", "2023年大足区人民政府工作报告重点工作目标任务",
                  "2025年区政府工作报告目标任务"):
        assert _title(title + _BODY) == title


# The walk-through's working form stays as it was.
def test_a_task_list_titled_as_a_list_still_reads():
    assert _title("灵寿县2027年政务服务重点任务清单" + _BODY) == "灵寿县2027年政务服务重点任务清单"


# A section heading of those words alone (重点任务, 主要工作任务) is no title: the notice above stays the document.
def test_a_section_heading_of_task_words_is_no_title():
    for heading in ("重点任务", "主要工作任务", "目标任务"):
        assert _title("关于做好2027年政务服务工作的通知\n" + heading + _BODY) == "关于做好2027年政务服务工作的通知"


# 济宁 2023 (https://www.jining.gov.cn/art/2023/5/16/art_33401_2853292.html, dev): the empty field 有效性 of the
# page's metadata table stands over a blank line and the title; it is no part of the title.
def test_an_empty_field_label_above_the_title_is_no_part_of_it():
    jining = ("索  引  号 113708007381606177/2023-03478 公开方式 主动公开\n发布机构 济宁市农业农村局 组配分类 工作计划\n"
              "成文日期 2023-05-16 失效日期\n有效性\n\n2023年度全市农业农村重点工作任务\n\n"
              "发布日期:2023-05-16 信息来源:济宁市农业农村局 浏览次数: 字体:[ ]\n\n\n"
              "1. 粮食播种面积和产量。积极开展“吨粮县”建设。\n")
    assert _title(jining) == "2023年度全市农业农村重点工作任务"
