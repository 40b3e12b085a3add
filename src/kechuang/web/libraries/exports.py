"""The library's workbooks: the import template, the export of the (filtered) list, a batch check's pairs. User
text is written formula-safe by ``kechuang.sheets`` ("=1+1" stays text)."""

from __future__ import annotations

from kechuang.sheets import Column, write_rows, write_template
from kechuang.web.libraries.access import leader_masker
from kechuang.web.libraries.columns import EXAMPLE, PROJECT_COLUMNS
from kechuang.web.libraries.models import SuspectPair

EXPORT_COLUMNS = (Column("id", "编号", "int"), *PROJECT_COLUMNS, Column("region", "地区"),
                  Column("status_on", "状态日期", "date"), Column("is_demo", "示例数据", "yes_no"))
PAIR_COLUMNS = (Column("project_id", "申报项目编号", "int"), Column("project", "申报项目"),
                Column("applicant", "申报单位"),
                Column("other_id", "相似项目编号", "int"), Column("other", "相似项目"),
                Column("other_applicant", "相似项目申报单位"), Column("other_year", "相似项目年度", "int"),
                Column("score", "相似度", "number"), Column("why", "依据"), Column("decision", "处理结果"),
                Column("reason", "理由"))


def template_xlsx() -> bytes:
    return write_template(None, {"项目": PROJECT_COLUMNS},
                          examples={"项目": [EXAMPLE.get(c.field, "") for c in PROJECT_COLUMNS]})


def projects_xlsx(rows, user) -> bytes:
    """The projects (项目负责人 masked for anyone but the bureau managing the project)."""
    data, leader = [], leader_masker(user)
    for p in rows.select_related("region").iterator(chunk_size=2000):
        values = {c.field: getattr(p, c.field, None) for c in PROJECT_COLUMNS}
        values["leader"] = leader(p)
        values["fields"] = tuple(p.field_list)
        data.append({**values, "id": p.pk, "region": p.region.name, "status_on": p.status_on, "is_demo": p.is_demo})
    return write_rows(None, {"科技计划项目": (EXPORT_COLUMNS, data)})


def pairs_xlsx(pairs) -> bytes:
    decisions = dict(SuspectPair.DECISIONS)
    data = [{"project_id": p.project_id, "project": p.project.title, "applicant": p.project.applicant,
             "other_id": p.other_id, "other": p.other.title, "other_applicant": p.other.applicant,
             "other_year": p.other.year, "score": round(p.score, 4),
             "why": ";".join(p.explanation.get("notes", [])), "decision": decisions.get(p.decision, ""),
             "reason": p.reason} for p in pairs.select_related("project", "other")]
    return write_rows(None, {"疑似重复": (PAIR_COLUMNS, data)})
