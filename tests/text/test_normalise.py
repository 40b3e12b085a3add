"""Normalisation: spaces of justified text go, the space that separates two names stays."""

from __future__ import annotations

import pytest

from kechuang.text.normalise import normalise


@pytest.mark.parametrize("raw, expected", [
    # Justified signatures and titles of web pages and PDFs: one character per cell.
    ("科 技 部", "科技部"),
    ("关 于 印 发", "关于印发"),
    ("一、 总体要求", "一、总体要求"),
    ("各乡镇 要加强", "各乡镇要加强"),
])
def test_spaces_inside_words_are_removed(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw", [
    # Joint signature of 丰科技发〔2024〕46号 (http://cqfd.gov.cn/bm/kxjsj/zwgk_36090/zfxxgkml/gfxwj/xxyxwj/
    # 202502/t20250213_14302941.html).
    "丰都县科学技术局 丰都县财政局",
    # Joint issuers named in the measurement (a 环县 plan), and spaced units of an annotation.
    "中共环县委办公室 环县人民政府办公室",
    "县科技局 县财政局",
    # Four joint issuers before the notice title (https://lr5.cn/2024/08/07/47893.html, a copy of chengdu.gov.cn).
    "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局",
])
def test_space_between_two_names_stays(raw):
    assert normalise(raw) == raw


def test_full_width_space_between_names_becomes_one_space():
    assert normalise("县科技局\u3000\u3000县财政局") == "县科技局 县财政局"
