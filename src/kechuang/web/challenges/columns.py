"""The columns of 揭榜挂帅's import (enterprises' needs collected for a 榜单, 需求征集) and of its exports."""

from __future__ import annotations

from kechuang.sheets import Column

NEED_COLUMNS = (
    Column("title", "需求名称", required=True, max_chars=200, aliases=("需求", "技术需求", "需求标题"),
           note="一句话说明要解决的技术问题"),
    Column("problem", "需求描述", "longtext", required=True, aliases=("问题描述", "需求内容", "技术难题"),
           note="现状、难点、希望达到的指标"),
    Column("enterprise", "企业名称", max_chars=200, aliases=("企业", "单位名称", "提出单位"),
           note="须为本县企业名录中的企业(名称一致);可空"),
    Column("demand_ref", "需求库编号", max_chars=64, aliases=("需求编号",),
           note="企业技术需求库中的编号(可选)"),
)
NEED_EXAMPLE = ["丘陵小地块农机自动转弯", "现有导航在地头转弯掉头时偏差大,希望转弯精度 ≤5 厘米", "灵寿县某农机有限公司",
                "XQ-2026-001"]
