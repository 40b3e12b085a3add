"""The 人才库's table columns (import template, import, export) and the service logs' export columns."""

from __future__ import annotations

from kechuang.sheets import Column
from kechuang.web.talents.models import CATEGORIES

CATEGORY_NOTE = "可填多个,用、分隔:" + "、".join(name for _, name in CATEGORIES)
TALENT_COLUMNS = (
    Column("name", "姓名", required=True, max_chars=64),
    Column("categories", "人才类别", kind="list", required=True, note=CATEGORY_NOTE, aliases=("类别", "人才类型")),
    Column("gender", "性别", kind="choice", choices={"男": "男", "女": "女"}),
    Column("birth_year", "出生年份", kind="year", aliases=("出生年",)),
    Column("id_number", "身份证号", note="18 位,旧式 15 位自动升为 18 位;按国家标准校验;请把本列设为文本格式。"
           "只有本地区科技局能看到全文", aliases=("身份证号码", "公民身份号码"), max_chars=30),
    Column("title", "职称", aliases=("专业技术职称",), max_chars=64),
    Column("affiliation", "工作单位", aliases=("单位", "所在单位"), max_chars=200),
    Column("fields", "专业领域", kind="list", note="可填多个,用、分隔", aliases=("领域", "技术领域")),
    Column("expertise", "专长", kind="longtext", max_chars=5000, aliases=("研究方向", "专业特长")),
    Column("contact", "联系电话", aliases=("电话", "手机", "手机号"), max_chars=32),
    Column("entered_on", "入库日期", kind="date", note="不填为导入当天"),
)
TALENT_EXAMPLE = ["张明(示例)", "专家、科技特派员", "男", 1975, "", "高级农艺师", "灵寿县农业技术推广中心",
                  "果树栽培、病虫害防治", "苹果矮化密植与病虫害绿色防控", "", "2024-03-01"]
LOG_COLUMNS = (
    Column("specialist", "科技特派员"), Column("target", "服务对象"), Column("on", "服务日期", kind="date"),
    Column("place", "服务地点"), Column("kind", "服务类型"), Column("text", "服务内容", kind="longtext"),
    Column("people_trained", "培训人数", kind="int"), Column("photos", "照片数", kind="int"),
)
