"""The 载体/平台 library's table columns (import template, import, export)."""

from __future__ import annotations

from kechuang.sheets import Column
from kechuang.web.carriers.models import KINDS, LEVELS, Carrier

CARRIER_COLUMNS = (
    Column("name", "载体名称", required=True, aliases=("名称", "平台名称"), max_chars=200),
    Column("kind", "类型", kind="choice", required=True, choices={name: code for code, name in KINDS},
           aliases=("载体类型", "平台类型")),
    Column("level", "级别", kind="choice", required=True,
           choices={**{name: code for code, name in LEVELS}, "国家": "national", "省": "provincial", "市": "municipal",
                    "县": "county"}),
    Column("host_name", "依托单位", required=True, aliases=("依托企业", "承建单位"), max_chars=200,
           note="与企业名录中的企业同名时自动关联"),
    Column("recognised_on", "认定日期", kind="date", required=True, aliases=("认定时间", "批准日期")),
    Column("document_no", "认定文号", aliases=("文号", "批准文号"), max_chars=100),
    Column("fields", "技术领域", max_chars=300),
    Column("status", "状态", kind="choice", choices={label: code for code, label in Carrier.STATUSES},
           note="不填为有效"),
    Column("revoked_on", "撤销日期", kind="date"),
    Column("note", "备注", max_chars=500),
)
CARRIER_EXAMPLE = ["灵寿县食用菌工程技术研究中心(示例)", "工程技术研究中心", "市级", "灵寿县某食用菌有限公司",
                   "2023-06-15", "石科字〔2023〕12号", "食用菌栽培", "有效", "", ""]
