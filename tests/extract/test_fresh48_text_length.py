"""fresh48 (session 48): a length of text in 字 is no count.

A page that describes a plan or a report gives its length (`《纲要》共设4篇18章63节,共有35个重点专栏和10幅示意图,近9万字`:
株洲 “十四五” 纲要 news, https://dy1711.com/show-6293110.html, hn-zhuzhou-gy145, dev; `《报告》共分为二部分,1万1千字,其中
第一部分…约3400字`: 尖山 2022 政府工作报告 解读, http://www.sysjs.gov.cn/html/viewnews.jsp?newsid=22614,
hl-jianshan-gzbgjd2022, dev). The candidate took 9万 with the bare 万 as its unit (字 is no unit) and named it by the words
before it; 字 after 万 or 亿 now closes no value, as 字 after digits never did. A bare 万 before anything else still reads.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.value_max, t.unit, t.year)
            for t in extract_text(text, plan_year=plan_year).targets]


# 株洲 “十四五” 纲要 news (hn-zhuzhou-gy145#1, dev): the plan's parts and its length, no target
def test_a_plans_length_in_wan_zi_is_no_target():
    assert not _rows("《株洲市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》是我市开启现代化建设新征程的第一个"
                     "五年规划,是全市人民共同奋斗的行动纲领。\n\n《纲要》共设4篇18章63节,共有35个重点专栏和10幅示意图,"
                     "近9万字。", 2021)


# 尖山 2022 政府工作报告 解读 (hl-jianshan-gzbgjd2022#1, dev): a report's length, no target (it read none before either)
def test_a_reports_length_stays_unread():
    assert not _rows("《报告》共分为二部分,1万1千字,其中第一部分为2022年工作回顾部分,约3400字;第二部分为2023年工作安排部分,"
                     "约7600字。", 2022)


# the same length in traditional characters (a mirror's print of such a page) reads the same
def test_a_length_in_traditional_characters_is_no_target():
    assert not _rows("《綱要》共設4篇18章63節,共有35個重點專欄和10幅示意圖,近9萬字。", 2021)


# a bare 万 with no 字 after it is still a count in 万 (the candidate's bare unit is untouched)
def test_a_bare_wan_count_still_reads():
    rows = _rows("到2025年,主城区常住人口达到180万。", 2021)
    assert rows == [("主城区常住人口", "level", 180, None, "万", 2025)]
