"""recall43b (session 43): a share of a work amount to be done (项目60%工程量, 完成20％年度任务量) is a target.

A ``%`` value before a noun of a work amount (工程量, 任务量, 工作量) states how much of that work a schedule is to
finish: the level of the work's progress, named by the work before the value and the amount noun after it. The reader
took it only with its verb right before the value (完成20％年度任务量); with the work's name between, or the verb left
in an earlier item of a list, it was refused as a number no shape took. Two dev documents of different places print
that shape and their gold reads each share so:
  嘉定 2026 违法用地整治 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080, dev)
  庆元 2018 旅游工作 news (http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml, dev)
A share of a work amount printed after its noun (完成全年任务的89.93%), a share of money (资金的30%) and a report of
work done (已完成80%工程量) stay as they were. Sentences verbatim from dev pages, addresses above each test.
"""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows


# 庆元 2018 (http://qynews.zjol.com.cn/qynews/system/2018/04/19/030838815.shtml, dev): three items share 年内完成
def test_shares_of_each_projects_work_amount_are_levels():
    rows = _rows("强力推进48个涉旅工程项目,年内完成投资14亿元,增幅达40%,确保增幅在全市排名前三。年内完成艺宿西川景区、"
                 "濛淤历史文化村落100%工程量;徒步城二期项目60%工程量;精品古道项目60%的工程量。", 2018)
    assert ("徒步城二期项目工程量", "level", 60, "%", 2018) in rows
    assert ("精品古道项目工程量", "level", 60, "%", 2018) in rows
    assert ("艺宿西川景区、濛淤历史文化村落工程量", "level", 100, "%", 2018) in rows
    # the investment before them still reads
    assert any(r[1:] == ("level", 14, "亿元", 2018) for r in rows)


# 嘉定 2026 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080, dev): the verb right before
# the value was read before this change and stays so
def test_a_share_of_the_years_task_after_its_verb_stays_read():
    rows = _rows("2026年3月底前完成20％年度任务量，6月底前完成60％年度任务量。", 2026)
    assert ("年度任务量", "level", 20, "%", 2026) in rows
    assert ("年度任务量", "level", 60, "%", 2026) in rows


def test_a_report_of_work_done_stays_unread():
    # a share of work already done is progress, not a target
    rows = _rows("截至目前,徒步城二期项目已完成80%工程量。", 2018)
    assert not any(r[2] == 80 for r in rows)


def test_a_share_printed_after_its_work_stays_as_it_was():
    # 完成全年任务的89.93%: a measured share of the year's task, printed after it (安宁 2024 news shape)
    rows = _rows("今年1月—10月,园区规模以上工业总产值累计完成1034.22亿元,完成全年任务的89.93%。", None)
    assert not any(r[2] == 89.93 and r[0].endswith("工程量") for r in rows)


def test_a_share_of_money_is_no_work_amount():
    # 30%资金由县财政承担: how a cost is split (set_share.py's negative) stays unread
    rows = _rows("项目60%资金由县财政承担,40%资金由乡镇自筹。", 2018)
    assert not any(r[2] in (60, 40) for r in rows)
