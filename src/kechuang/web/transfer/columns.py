"""The import/export columns of the two libraries and of the 对接 list (``kechuang.sheets``)."""

from __future__ import annotations

from kechuang.sheets import Column
from kechuang.web.transfer.models import HOLDER_KINDS, MAX_PROBLEM, Achievement, Demand, Docking

FIELDS_NOTE = "多个领域用顿号、逗号或分号分隔,如:新材料、生物医药"
MATURITY_NOTE = "1–9 级:1 基本原理,4 实验室验证,6 中试/样机,7 用户环境示范,9 已规模应用"

DEMAND_COLUMNS = (
    Column("enterprise", "企业名称", required=True, note="须为本地区企业名录中的企业(名称或统一社会信用代码)",
           aliases=("提出单位", "需求单位", "需求企业", "企业")),
    Column("title", "需求名称", required=True, max_chars=200, aliases=("需求标题", "技术需求名称", "名称")),
    Column("problem", "需求描述", kind="longtext", required=True, max_chars=MAX_PROBLEM,
           note=f"要解决的技术问题、现有基础和指标要求,最多 {MAX_PROBLEM} 字",
           aliases=("技术难题", "需求内容", "问题描述", "需求简介")),
    Column("fields", "技术领域", kind="list", note=FIELDS_NOTE, aliases=("所属领域", "领域")),
    Column("budget", "预算(万元)", kind="money", aliases=("拟投入资金", "预算金额", "预算")),
    Column("deadline", "截止日期", kind="date", aliases=("需求截止日期", "期限")),
    Column("maturity", "期望技术成熟度", kind="int", note=MATURITY_NOTE, aliases=("成熟度要求",)),
    Column("contact", "联系人及电话", aliases=("联系人", "联系方式")),
    Column("status", "状态", kind="choice", choices={name: key for key, name in Demand.STATUSES},
           note="不填为征集中"),
)

ACHIEVEMENT_COLUMNS = (
    Column("title", "成果名称", required=True, max_chars=200, aliases=("成果标题", "项目名称", "名称")),
    Column("holder", "成果持有方", required=True, max_chars=200, aliases=("完成单位", "持有单位", "成果完成单位")),
    Column("holder_kind", "持有方类型", kind="choice", required=True,
           choices={name: key for key, name in HOLDER_KINDS}, aliases=("单位类型",)),
    Column("summary", "成果简介", kind="longtext", required=True, max_chars=MAX_PROBLEM,
           note=f"技术内容、指标、应用情况,最多 {MAX_PROBLEM} 字", aliases=("成果简介及应用", "简介", "技术简介")),
    Column("fields", "技术领域", kind="list", note=FIELDS_NOTE, aliases=("所属领域", "领域")),
    Column("maturity", "技术成熟度", kind="int", note=MATURITY_NOTE, aliases=("成熟度",)),
    Column("ip", "知识产权", note="专利号等,如 ZL202310000000.1", aliases=("专利号", "知识产权情况")),
    Column("modes", "转化方式", kind="list", note="转让、许可、作价入股、合作开发,可填多项",
           aliases=("合作方式", "交易方式")),
    Column("price", "参考价格(万元)", kind="money", aliases=("价格", "转让价格", "意向价格")),
    Column("status", "状态", kind="choice", choices={name: key for key, name in Achievement.STATUSES},
           note="不填为可转化"),
)

DOCKING_COLUMNS = (
    Column("demand", "技术需求"), Column("enterprise", "需求企业"), Column("partner_kind", "对接对象类型"),
    Column("partner", "对接对象"), Column("held_on", "对接日期", kind="date"),
    Column("form", "对接形式", kind="choice", choices={n: k for k, n in Docking.FORMS}),
    Column("outcome", "对接结果", kind="choice", choices={n: k for k, n in Docking.OUTCOMES}),
    Column("contract_no", "技术合同编号"), Column("contract_amount", "合同金额(万元)", kind="money"),
    Column("signed_on", "签订日期", kind="date"), Column("registered", "已认定登记", kind="yes_no"),
    Column("note", "备注"),
)

EXAMPLES = {
    "技术需求": ["灵寿县某农业科技有限公司", "食用菌菌渣高值化利用",
             "每年产生菌渣约 2 万吨,需要低成本制备有机肥或基质的工艺", "农业、资源综合利用", "50", "2027-06-30", "6",
             "张工 0311-0000000", "征集中"],
    "科技成果": ["食用菌菌渣制备育苗基质技术", "河北农业大学", "高校", "以菌渣为主料经发酵制备蔬菜育苗基质……",
             "农业、资源综合利用", "7", "ZL202310000000.1", "许可、合作开发", "30", "可转化"],
}
LIBRARIES = {"demand": ("技术需求", DEMAND_COLUMNS), "achievement": ("科技成果", ACHIEVEMENT_COLUMNS)}
