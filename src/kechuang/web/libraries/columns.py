"""The project table's columns (``kechuang.sheets``): the import template, the reader, the export and the form
all parse a project's values through them."""

from __future__ import annotations

from kechuang.sheets import Column
from kechuang.web.libraries.models import MAX_OUTPUTS, MAX_SUMMARY, Project

STATUS_CHOICES = {label: value for value, label in Project.STATUSES}
KIND_CHOICES = {label: value for value, label in Project.KINDS}

PROJECT_COLUMNS = (
    Column("title", "项目名称", required=True, note="必填,最多 200 字", aliases=("名称", "项目", "课题名称"),
           max_chars=200),
    Column("summary", "项目摘要", "longtext", note=f"研究内容与目标,最多 {MAX_SUMMARY:,} 字;查重比对名称和摘要",
           aliases=("摘要", "项目简介", "简介", "研究内容"), max_chars=MAX_SUMMARY),
    Column("applicant", "申报单位", required=True, note="企业、高校或科研院所的全称",
           aliases=("承担单位", "项目承担单位", "单位名称", "申报企业"), max_chars=200),
    Column("applicant_kind", "单位类型", "choice", note="企业/高校/科研院所/其他(默认 企业)",
           aliases=("单位性质",), choices=KIND_CHOICES),
    Column("leader", "项目负责人", note="姓名", aliases=("负责人",), max_chars=64),
    Column("budget", "经费(万元)", "money", note="万元;可写“50万元”“0.2亿元”",
           aliases=("经费", "资助金额", "项目经费", "财政资助", "金额")),
    Column("year", "年度", "year", required=True, note="立项或申报年度,如 2025",
           aliases=("年份", "立项年度", "申报年度")),
    Column("department_name", "资助部门", note="如 灵寿县科学技术局", aliases=("主管部门", "归口部门", "部门"),
           max_chars=128),
    Column("category", "计划类别", note="如 重点研发计划、星火计划、科技特派员项目",
           aliases=("计划类型", "项目类别", "类别"),
           max_chars=64),
    Column("status", "状态", "choice", note="申报/立项/中期/验收/结题/终止(默认 申报)", aliases=("项目状态",),
           choices=STATUS_CHOICES),
    Column("fields", "技术领域", "list", note="多个用顿号分隔", aliases=("领域", "所属领域")),
    Column("outputs", "成果产出", "longtext", note=f"专利、论文、新产品等,最多 {MAX_OUTPUTS:,} 字",
           aliases=("成果", "产出"), max_chars=MAX_OUTPUTS),
)
COLUMN_OF = {c.field: c for c in PROJECT_COLUMNS}
EXAMPLE = {"title": "示例数据:设施蔬菜水肥一体化智能控制系统研发",
           "summary": "研制基于土壤墒情监测的水肥一体化控制系统……",
           "applicant": "灵寿县示例农业科技有限公司", "applicant_kind": "企业", "leader": "张三", "budget": "30万元",
           "year": 2025, "department_name": "灵寿县科学技术局", "category": "重点研发计划", "status": "申报",
           "fields": "现代农业、智能装备", "outputs": "实用新型专利 2 件"}
