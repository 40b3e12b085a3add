"""xlsx of 揭榜挂帅: the list of 榜单, the scores (per expert per criterion, conflicts marked, the mean and rank),
and a 榜单's whole record (榜单 and targets, needs, applications, scores, milestones, timeline). Text from users
goes through ``kechuang.reports.cells`` (never a formula)."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from kechuang.reports.cells import append_row
from kechuang.web.challenges import selectors
from kechuang.web.challenges.models import Assignment, Challenge
from kechuang.web.vouchers.money import wan_number


def _sheet(book: Workbook, title: str, header: list[str], rows) -> None:
    ws = book.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(ws, row)


def _bytes(book: Workbook) -> bytes:
    del book[book.sheetnames[0]]  # the empty default sheet
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _step_names() -> dict[str, str]:
    return {s.key: s.name for s in selectors.rules().steps}


def list_xlsx(rows) -> bytes:
    names = _step_names()
    book = Workbook()
    _sheet(book, "榜单", ["榜单名称", "地区", "技术领域", "环节", "经费(万元)", "实施期(月)", "揭榜截止", "揭榜方",
                        "示例数据"],
           ([c.title, c.region.name, c.field, names.get(c.step, c.step), wan_number(c.budget), c.term_months,
             c.apply_until, c.winner.institution if c.winner_id else "", "是" if c.is_demo else ""]
            for c in rows.select_related("winner")))
    return _bytes(book)


def score_rows(challenge: Challenge) -> list[list]:
    """One row per expert per application: the criteria's scores, the total, or the conflict that excluded them."""
    criteria = selectors.rules().criteria
    out = []
    rows = (Assignment.objects.filter(application__challenge=challenge).select_related("application", "expert")
            .prefetch_related("scores").order_by("application_id", "id"))
    for a in rows:
        scores = {s.criterion: s.value for s in a.scores.all()}
        name = a.expert.get_full_name() or a.expert.username
        if a.conflicted:
            state = f"回避(利益冲突:{a.conflict_note})"
        elif a.conflicted is None:
            state = "未声明利益冲突"
        else:
            state = "有效" if len(scores) == len(criteria) else "未完成评分"
        total = sum(scores.values()) if scores and not a.conflicted else None
        out.append([a.application.institution, name, *[scores.get(c.key) for c in criteria], total, state, a.comment])
    return out


def _score_sheets(book: Workbook, challenge: Challenge) -> None:
    criteria = selectors.rules().criteria
    _sheet(book, "专家评分", ["揭榜单位", "评审专家", *[f"{c.name}({c.max:g})" for c in criteria], "合计", "状态",
                           "评审意见"], score_rows(challenge))
    _sheet(book, "排名", ["排名", "揭榜单位", "团队负责人", "平均分(不含回避专家)", "有效评分专家数", "回避专家数",
                        "并列"],
           ([row.rank, app.institution, app.lead, row.mean, row.experts, row.excluded, "是" if row.tied else ""]
            for row, app in selectors.ranking(challenge)))


def scores_xlsx(challenge: Challenge) -> bytes:
    book = Workbook()
    _score_sheets(book, challenge)
    return _bytes(book)


def record_xlsx(challenge: Challenge) -> bytes:
    """The whole record of one 榜单."""
    c, names = challenge, _step_names()
    book = Workbook()
    _sheet(book, "榜单", ["项目", "内容"], [
        ["榜单名称", c.title], ["地区", c.region.name], ["技术领域", c.field], ["当前环节", names.get(c.step, c.step)],
        ["技术难题与需求", c.problem], ["揭榜条件", c.conditions], ["经费(万元)", wan_number(c.budget)],
        ["实施期(月)", c.term_months], ["发榜公示", f"{c.notice_from or ''} 至 {c.notice_until or ''}"],
        ["揭榜截止", c.apply_until], ["结果公示", f"{c.results_from or ''} 至 {c.results_until or ''}"],
        ["揭榜方", c.winner.institution if c.winner_id else ""], ["确定理由", c.winner_reason],
        ["任务书签订", c.signed_on], ["实施期", f"{c.starts_on or ''} 至 {c.ends_on or ''}"],
        ["验收结论", "" if c.accepted is None else ("通过" if c.accepted else "不通过")],
        ["验收意见", c.acceptance_note],
        ["规则版本", c.rules_version], ["示例数据", "是" if c.is_demo else ""]])
    _sheet(book, "量化目标", ["指标", "方向", "目标值", "单位", "实际值", "达标"],
           ([t.name, t.get_direction_display(), t.promised, t.unit, t.achieved,
             "" if t.met is None else ("是" if t.met else "否")] for t in c.targets.all()))
    _sheet(book, "征集需求", ["需求名称", "企业", "需求描述", "需求库编号", "提交时间"],
           ([n.title, n.enterprise.name if n.enterprise_id else "", n.problem, n.demand_ref,
             n.submitted_at.date()] for n in c.needs.select_related("enterprise")))
    _sheet(book, "揭榜申报", ["揭榜单位", "团队负责人", "团队成员", "技术方案", "附件", "状态", "审查意见"],
           ([a.institution, a.lead, "、".join(a.members), a.plan, "、".join(f.name for f in a.files.all()),
             a.get_status_display(), a.screen_reason] for a in c.applications.prefetch_related("files")))
    _score_sheets(book, c)
    _sheet(book, "里程碑", ["序号", "里程碑", "考核日期", "交付成果", "拨付金额(万元)", "考核结果", "考核依据",
                          "拨付日期"],
           ([m.seq, m.title, m.due_on, m.deliverable, wan_number(m.tranche), m.get_status_display(), m.evidence,
             m.released_on] for m in c.milestones.all()))
    _sheet(book, "过程记录", ["日期", "环节", "事项", "说明", "操作人"],
           ([r.on, names.get(r.step, r.step), r.action, r.note,
             (r.actor.get_full_name() or r.actor.username) if r.actor else ""]
            for r in c.records.select_related("actor")))
    return _bytes(book)
