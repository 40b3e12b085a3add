"""A readable Markdown summary of an extracted plan."""

from __future__ import annotations

from kechuang.extract.model import Plan
from kechuang.reports.xlsx import target_text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def render_markdown(plan: Plan) -> str:
    d = plan.document
    out = [f"# {d.title or '(未识别标题)'}", ""]
    for label, value in (("文号", d.doc_number), ("发文单位", "、".join(d.issuer)), ("日期", d.date),
                         ("地区", d.region), ("依据", ";".join(f"《{b}》" for b in d.basis))):
        if value:
            out.append(f"- **{label}**:{value}")
    out += ["", f"共 {len(plan.headings)} 个标题、{len(plan.tasks())} 项有分工或目标的任务、"
                f"{len(plan.assignments)} 条责任分工、{len(plan.targets)} 个量化目标。", "", "## 结构", ""]
    for h in plan.headings:
        out.append(f"{'  ' * (h.level - 1)}- {h.token} {h.title}")
    out += ["", "## 任务分解", "", "| 编号 | 任务 | 牵头单位 | 责任单位 | 配合单位 | 量化目标 |",
            "|---|---|---|---|---|---|"]
    for t in plan.tasks():
        out.append("| " + " | ".join(_cell(x) for x in (
            t["path"], t["title"], "、".join(t["lead"]), "、".join(t["responsible"]), "、".join(t["cooperating"]),
            "\n".join(target_text(x) for x in t["targets"]))) + " |")
    if plan.warnings:
        out += ["", "## 提示", ""] + [f"- {w}" for w in plan.warnings]
    return "\n".join(out) + "\n"
