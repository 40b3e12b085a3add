"""asg51 (session 32): a document's rule for its first unit printed in the running prose of its notice, not in a
bracket nor on a line of its own. Fresh pages of the asg51 batch (dev split) and a dev opening show it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.passages import passage as _passage
from tests.extract.passages import rows as _rows

OPENINGS = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "openings"


# 咸宁 2016 (十三五 纲要 分工, http://xianning.gov.cn/xxgk/xxgkml/ghjh/jjhshfzgh/201609/t20160927_505220.shtml): the
# rule is one clause of a paragraph of the notice (`…由多个单位负责的,排在第一位的为牵头单位;各县(市、区)…`), and the
# indicators after it close with bare lists: the first of several units leads, the others and a single unit stay
# responsible (corpus README, tenth batch). Before asg51 the paragraph was skipped (no tail mark) and every unit read
# responsible.
def test_a_first_place_rule_in_a_paragraph_of_the_notice():
    assert _rows(_passage("hb-xianning-sswfg2016", 0)) == [
        ("lead", "市公安局"), ("responsible", "市统计局"), ("responsible", "市教育局"),
        ("lead", "市委农办"), ("responsible", "市扶贫办"), ("responsible", "市人社局"), ("responsible", "市房产局")]


# 杭州 2020 (政府工作报告重点工作责任分解, https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html, a dev
# opening): the rule is the second numbered paragraph of the notice (`二、责任分解中,列第一位的责任单位为牵头单位或汇总
# 单位。各牵头单位…`); here before one of 咸宁's indicator lines.
def test_a_first_place_rule_in_a_numbered_paragraph():
    rule = next(line for line in (OPENINGS / "zj-hangzhou-zrfj2020.txt").read_text("utf-8").splitlines()
                if "列第一位" in line)
    assert _rows(rule + "\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)") == [
        ("lead", "市公安局"), ("responsible", "市统计局")]


# Not a rule: a ranking in prose (`排在第一位`) with no 为牵头 after it leaves a bare list responsible.
def test_a_ranking_in_prose_is_no_rule():
    assert _rows("全市综合考核排在第一位的为高新区,成效明显。\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)") == [
        ("responsible", "市公安局"), ("responsible", "市统计局")]
