"""asg54: a bracket glued to the word before it glosses that word (another name, a class), and is no task's tail.

Two dev openings of different provinces print a class in brackets after a name, closing the line, and the extractor
read each as a responsible unit: 陕西 2021 信用建设示范县 notice (http://dczxpg.com/public/home/article/info/id/14/
catId/14.html, `…等4个县(区)为全省首批信用建设示范县(示范园区)。`) and 九江's first 特色小镇 list (http://
nycautosale.com/read-64754.html, a mirror with phonetic readings: `廬山市海會鎮(zhèn) (國家級特色小鎮(zhèn))`). A bare
tail of units follows a stop instead: the dev passages' 14 bare tails (no label, no verb) all follow `。`
(咸宁 2016 十三五 分工, `…受教育年限达到11.1年。(市教育局)`), none is glued to a word."""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text


def test_a_class_glossing_the_word_before_it_is_no_unit() -> None:
    text = ("经自愿申报和组织评估,现确定延安市宝塔区、榆林市榆阳区、西安市高新区、铜川市宜君县等4个县(区)"
            "为全省首批信用建设示范县(示范园区)。\n")
    assert extract_text(text).assignments == []


def test_a_class_glossing_a_name_with_readings_is_no_unit() -> None:
    text = "附件:九江市第一批特色小鎮(zhèn)創(chuàng)建名單\n廬山市海會鎮(zhèn) (國家級特色小鎮(zhèn))\n"
    assert extract_text(text).assignments == []


def test_a_bare_tail_after_a_stop_is_still_read() -> None:
    text = "二、主要指标分工\n(一)约束性指标。\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)\n2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)\n"
    assert [(a.role, a.unit) for a in extract_text(text).assignments] == [
        ("responsible", "市公安局"), ("responsible", "市统计局"), ("responsible", "市教育局")]


def test_a_tail_with_a_verb_glued_to_a_heading_is_still_read() -> None:
    # 吴兴 2025 (dev, https://chu21.com/html/chunengy-43847.shtml): a heading's tail names its lead with a verb, glued to the title
    assert [(a.role, a.unit) for a in extract_text("一、强化科技创新(区科技局牵头)\n").assignments] == [
        ("lead", "区科技局")]
