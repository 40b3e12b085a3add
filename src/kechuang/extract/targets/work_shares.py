"""A share of a work amount to be done: a ``%`` value before 工程量, 任务量 or 工作量 (项目60%工程量).

A schedule states how much of a work it is to finish by printing the share right before the amount noun, the work's
name before the value: 年内完成艺宿西川景区、濛淤历史文化村落100%工程量;徒步城二期项目60%工程量;精品古道项目60%的工程量
(庆元 2018 旅游工作, http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml), 2026年3月底前完成20％年度
任务量 (嘉定 2026 违法用地整治, https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080) — dev.
The indicator is the work and the amount noun (徒步城二期项目工程量). A share printed after its work (完成全年任务的
89.93%) and a share of money (60%资金由县财政承担) are other shapes and stay as they were.
"""

from __future__ import annotations

import re

# 的, at most four characters of the work (年度, 整治), then the amount noun, closing the clause
_WORK_AMOUNT = re.compile(r"的?[^\d,,;;。、的|\n]{0,4}?(?:工程量|任务量|工作量)(?=$|[,,;;。、)）])")


def share_of_work(after: str) -> bool:
    """Whether the text ``after`` a ``%`` value is a work amount the value is a share of (module note)."""
    return _WORK_AMOUNT.match(after) is not None
