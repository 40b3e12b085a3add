"""The three sheets of the enterprise workbook: their columns, kinds, units and notes (for the reader and the
template alike)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # as the template writes it, with the unit
    kind: str  # text, uscc, money, people, date, year, size, industry, ip_class, yes_no
    required: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()


IDENTITY = (
    Column("uscc", "统一社会信用代码", "uscc", note="18 位;与企业名称至少填一项"),
    Column("name", "企业名称", "text", note="与企业信息表一致"),
)
ENTERPRISE = (
    Column("uscc", "统一社会信用代码", "uscc", note="18 位;早期试点代码校验位不符时提示但不拒绝"),
    Column("name", "企业名称", "text", True, "同一地区内不得重复", ("名称",)),
    Column("address", "地址", "text", aliases=("注册地址", "企业地址")),
    Column("industry_code", "国民经济行业分类代码", "industry", note="GB/T 4754,如 C3979", aliases=("行业代码",)),
    Column("size", "企业规模", "size", note="微型、小型、中型或大型", aliases=("规模",)),
    Column("registered_on", "成立日期", "date", note="如 2018-03-01", aliases=("注册日期", "注册时间")),
    Column("tech_field", "技术领域", "text", note="《国家重点支持的高新技术领域》"),
    Column("contact_name", "联系人", "text"),
    Column("contact_phone", "联系电话", "text", aliases=("电话",)),
    Column("contact_email", "电子邮箱", "text", aliases=("邮箱",)),
)
FIGURES = (
    *IDENTITY,
    Column("year", "年度", "year", True, "会计年度,如 2025"),
    Column("employees", "职工总数(人)", "people", note="全年月平均数", aliases=("职工人数",)),
    Column("tech_staff", "科技人员(人)", "people", note="累计工作 183 天以上,全年月平均数", aliases=("科技人员数",)),
    Column("sales_revenue", "销售收入(万元)", "money", note="主营业务收入 + 其他业务收入"),
    Column("total_revenue", "总收入(万元)", "money", note="收入总额 − 不征税收入"),
    Column("rd_expense", "研发费用(万元)", "money", aliases=("研究开发费用",)),
    Column("rd_expense_domestic", "境内研发费用(万元)", "money", aliases=("境内研究开发费用",)),
    Column("hitech_revenue", "高新技术产品(服务)收入(万元)", "money", aliases=("高新技术产品收入", "高新收入")),
    Column("net_assets", "净资产(万元)", "money", note="资产总额 − 负债总额"),
    Column("total_assets", "资产总额(万元)", "money"),
    Column("cost_total", "成本费用支出总额(万元)", "money"),
)
IP = (
    *IDENTITY,
    Column("ip_class", "类别", "ip_class", True, "Ⅰ类(发明专利等)或 Ⅱ类(实用新型、软件著作权等)"),
    Column("category", "种类", "text", note="发明专利、实用新型、软件著作权…"),
    Column("number", "编号", "text", True, "专利号或登记号"),
    Column("title", "名称", "text"),
    Column("granted_on", "授权日期", "date"),
    Column("used_for_hitech", "已用于高企认定", "yes_no", note="是/否;Ⅱ类知识产权仅限使用一次"),
)
SHEETS = {"企业信息": ENTERPRISE, "年度数据": FIGURES, "知识产权": IP}
SIZES = {"微型": "micro", "小型": "small", "中型": "medium", "大型": "large"}
IP_CLASSES = {"i": "I", "ⅰ": "I", "ⅰ类": "I", "i类": "I", "1": "I", "一类": "I", "1类": "I",
              "ii": "II", "ⅱ": "II", "ⅱ类": "II", "ii类": "II", "2": "II", "二类": "II", "2类": "II"}
INDUSTRY = re.compile(r"^([A-T](\d{2,4})?|\d{2,4})$")


def fold(header: object) -> str:
    """A header without width, spaces, a required mark or a trailing unit: ``销售收入 (万元)*`` → ``销售收入``."""
    key = unicodedata.normalize("NFKC", str(header or "")).replace(" ", "").replace("*", "").strip()
    return re.sub(r"\([^()]*\)$", "", key) if key.endswith(")") and not key.endswith("(服务)") else key


def header_map(columns: tuple[Column, ...]) -> dict[str, Column]:
    out = {}
    for column in columns:
        for name in (column.header, *column.aliases):
            out[fold(name)] = column
    return out
