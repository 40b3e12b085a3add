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
COLUMN_ROLES = {"主要": "responsible"}
