"""Cells of task tables printed one cell a line: the schedule cells that are no part of a unit's name, and the
column names that name the responsible units without a role word."""

from __future__ import annotations

import re

# A row's time cell (时间进度 / 完成时限 columns) printed right before a short unit cell is no head of a name the page
# broke over two lines (全年推进 / 统计局, 持续推进 / 投资办): a schedule, read as such in the 责任部门 tables of 静安
# 2025 and 2026 碳达峰碳中和及节能减排重点工作安排 (dev, https://www.shanghai.gov.cn/zhengce/detail?businessId=
# e828931b-d940-42c0-b12f-7bab7de256fe&siteId=0072 and businessId=4acafeac-0a6e-46de-841b-4ffb6f6682a7&siteId=0072).
# The cell must be a schedule phrase whole (review 3, finding 4): a unit whose first line ends in 推进 or 前
# (县重大项目推进 / 中心, 县项目建设推进 / 办公室) is the head of a broken name. Matched with fullmatch.
SCHEDULE_CELL = re.compile(r"(?:(?:全年|年内|年底前?|年末前?|持续|长期|常态化?|[一二三四]季度(?:末|底)?前?"
                           r"|上半年|下半年|[一二三四五六七八九十]{1,2}月(?:底|末|中旬|上旬|下旬)?前?|按期|按时|及时|逐年|分年度?|分期|分步)"
                           r"(?:推进|完成|办结|实施|开展|落实|同步推进)?|同步推进|同步完成|长期坚持)")

# A column named by 主要 alone (主要部门) names the units that answer for each row, as 主要责任单位 does (corpus README,
# first convention): the `“十四五”重点安排表` of 上海 2021 公园城市 指导意见 (dev, https://www.shanghai.gov.cn/zhengce/
# detail?businessId=b86192fa-e2b2-41d0-9c69-1bcab540488c&siteId=0039), a label word widening the columns' vocabulary.
COLUMN_ROLES = {"主要": "responsible",
                # The owner's column (业主单位, the project's owner that builds it) names the units that answer for
                # each project row (corpus README, lab47 batch: `业主单位` / `项目业主` → responsible): 新建 2024 民生
                # 实事 进度表 (dev, http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml)
                # prints 牵头单位 … 业主单位 (whole49, the owner's-column convention).
                "业主": "responsible"}

# A column's name with a finer role word in brackets after the generic one: 责任(牵头)部门 heads the lead units of
# 杨凌 2022 计划指标 (dev, https://yangling.gov.cn/zwgk/fdzdgknr/gkwj/yf/1501383589822181378.html, annotated lead), and
# 大洼 2021 (dev, http://www.dawa.gov.cn/2021_02/01_16/content-307974.html) calls the units that cooperate with its
# 牵头单位 责任(配合)单位. The bracketed word names which of the responsible units the column lists and decides
# (责任(牵头)部门 → 牵头部门, lead; 责任(配合)单位 → 配合单位, cooperating), as the finer word does in 牵头责任单位
# (lead, corpus README). A generic word in brackets (牵头(责任)单位) is left as printed: no page shows it.
_BRACKETED_ROLE = re.compile(r"(?:责任|负责)?\((牵头|配合|协同|协办|主办|主责)\)(?=单位|部门|科室|股室)")


def without_role_brackets(name: str) -> str:
    """A column's name (spaces dropped) read by its bracketed finer role word; the normaliser prints （ as (, and a
    name without one (nearly every name) is returned as it is."""
    return _BRACKETED_ROLE.sub(r"\1", name) if "(" in name else name
