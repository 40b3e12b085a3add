"""Pieces every metadata reader shares: CJK ranges, plan words, organisation suffixes, titles in 《》."""

from __future__ import annotations

import re

CJK = r"\u4e00-\u9fff"
PLAN_WORDS = ("方案", "计划", "规划", "意见", "办法", "纲要", "要点", "措施", "细则", "行动", "规定", "预案", "规则",
               "规章", "建议", "指南", "指引", "条例", "章程", "工作报告",
               # lists and forms a department issues as its year's plan (…重点工作“三明确一限期”清单, …绩效目标申报表)
               "清单", "申报表", "分解表", "一览表", "任务表",
               # as pages in traditional characters print them (big5 mirrors, Hong Kong and Macao)
               "計劃", "規劃", "辦法", "綱要", "要點", "細則", "行動", "規定", "預案", "規則", "規章", "建議", "條例",
               "意見", "清單", "工作報告")
PLAN_TITLE = re.compile(rf"(?:{'|'.join(PLAN_WORDS)})(?:\([^()]{{1,14}}\))?$")  # a title that names a plan
ORG_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理委员会|管委会|行政公署|党组|党工委|办事处|厅|局|委|办|院|中心|协会|科协|政府|部|督查室|研究室|"
    r"辦公廳|辦公室|委員會|廳|辦)$")


def strip(text: str) -> str:
    return "".join(text.split())


_TITLE_MARK = re.compile("[《》]")


def outer_titles(text: str) -> list[tuple[str, int, int]]:
    """Titles in 《》 at the outermost nesting level, with their offsets (inside the brackets)."""
    out, depth, start = [], 0, 0
    for m in _TITLE_MARK.finditer(text):  # only the brackets change the state: no loop over every character
        i, ch = m.start(), m.group()
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                out.append((text[start:i], start, i))
    return out
