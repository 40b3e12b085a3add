"""Round 21 (extwalk): counts of days as targets, found on a clerk's walk-through (到2026年,全县空气质量优良天数达到
280天…: nothing was read). 天 is the unit of a target only as the level of a count of days (优良天数, 重污染天数); a
number of days anywhere else is a duration or a deadline. Sentences cite their real sources (search corpus `pages`,
dev-hashed addresses; the corpus passages hold no day count)."""

from __future__ import annotations

from kechuang.extract import extract_plan
from tests.extract.passages import target_rows as _rows


# 大连 2021 空气质量目标 (https://zhzx.nncec.com/html/web/policyDynamics/dalian/1530797778918420482.html):
# ●优良天数不低于317天 ●PM2.5达到30.5微克/立方米左右 — a bullet opens the next item on the same line.
def test_a_count_of_good_air_days_is_a_level_target():
    assert _rows("确定2021空气质量目标\n●优良天数不低于317天 ●PM2.5达到30.5微克/立方米左右", 2021) == [
        ("优良天数", "level", 317, "天", None), ("PM2.5", "level", 30.5, "微克/立方米", None)]
    # 成都 2017 (https://cando.cditv.cn/show-2251-1304181-1.html): 成都去年优良天数达到235天 — the same shape
    assert _rows("到2025年,全市优良天数达到235天。", None) == [("全市优良天数", "level", 235, "天", 2025)]


# The walk-through's sentence: both counts of days, each with its own indicator and the sentence's year.
def test_the_walk_throughs_sentence_gives_both_day_counts():
    rows = _rows("到2026年,全县空气质量优良天数达到280天,PM2.5<35的天数达到200天。", None)
    assert [r[1:] for r in rows] == [("level", 280, "天", 2026), ("level", 200, "天", 2026)]
    assert rows[0][0].endswith("优良天数") and rows[1][0].endswith("的天数")
    assert [t.value for t in extract_plan("空气质量优良天数达到280天").targets] == [280]


# A report of days already counted stays history: 剑阁 2020 (https://www.cngy.gov.cn/govop/show/
# 20201223063645-41850-00-000.html: 截至12月21日,县城区空气质量优良天数达347天,…提前完成…目标任务) and 株洲 2022
# (http://imimq.cn/zixun/2022/0316/41900.html: 2021年,…市區空氣質量優良天數為310天).
def test_days_already_counted_are_history():
    jiange = ("剑阁县结合实际狠抓减排、抑尘、压煤、治车、控秸五大重点工程,深入推进大气污染防治工作。截至12月21日,县城区空气质量"
              "优良天数达347天,优良天数占全年天数比例达到95%,提前完成“十三五”规划中关于环境空气优良天数率的目标任务。")
    assert _rows(jiange, 2020) == []
    assert _rows("2021年,全市生态环境质量稳中向好,市区空气质量优良天数为310天,位居长株潭地区第一。", 2022) == []


# A number of days that is no count of days is a duration, a deadline or a policy's parameter (spec: 支持期限不超过3年
# is a parameter): 邵阳县 2019 (http://color1999.com/p/110038.html: 牵头单位要在会后7个工作日内,将细化方案上报).
def test_durations_and_deadlines_in_days_are_no_targets():
    for text in ("开展为期30天的专项整治行动。", "开展30天专项行动。", "审批事项30天内办结。", "证明有效期不超过30天。",
                 "每天开展巡查。", "八个专项整治行动牵头单位要在会后7个工作日内,将细化方案上报。"):
        assert _rows(text, 2019) == [], text


# A one-line paste longer than a file name may be is text, not a path (OSError: File name too long before).
def test_a_long_pasted_line_is_read_as_text():
    line = "到2026年,全县空气质量优良天数达到280天。" + "加强大气污染联防联控,深化工业源、移动源、扬尘源综合治理。" * 5
    assert [t.value for t in extract_plan(line).targets] == [280]


# 压减至 reads as 压缩至: a time limit in 个工作日 (its own unit) takes the thing before the verb, the baseline after 从
# dropped. 郑州 2021 (https://siliu.net/p/4d96r71rdj.html: 工程建设审批已压减至70个工作日以内), 石家庄 2024
# (https://sjz.hebei.com.cn/system/2024/02/18/101279091.shtml: …全流程审批用时从近200个工作日压减至60个工作日),
# 住建部 2019 (http://m.hzznfh.com/hzznfhzsgc/wap_doc/17298386.html: 由平均200多个工作日压减至120个工作日).
def test_a_time_limit_pressed_down_to_working_days_is_a_target():
    assert _rows("到2025年,工程建设项目全流程审批时间压减至60个工作日以内。", None) == [
        ("工程建设项目全流程审批时间", "level", 60, "个工作日", 2025)]
    assert _rows("工程建设项目全流程审批用时从近200个工作日压减至60个工作日。", 2024) == [
        ("工程建设项目全流程审批用时", "level", 60, "个工作日", None)]
