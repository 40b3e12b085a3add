"""debt42, point 3: ``text/number_spaces.MEASURE`` (what may follow a figure whose space a PDF layer printed) differs
from the extractor's unit vocabulary (``extract/rules/targets.yaml``) on purpose; this names the difference, so that a
word added to either list is weighed for the other. Read the vocabulary's one-character units into MEASURE and two dev
openings change: 海南 2006 突发公共事件 预案 (hi-hainan-tfggsjyjya2006, http://big5.www.gov.cn/gate/big5/www.gov.cn/yjgl/
2006-03/22/content_233715.htm: `1.1.2 本預案是…`) and 广西 十三五 科技创新规划 (gx-guangxi-kjcxgh135,
http://sswgh.gxdrc.gov.cn/web/zxgh/zxghview/c3N3T3J6eGdoPTEmaWQ9NTY3MA==.htm: `2017-02-27 16:06`, a blank line,
`本规划根据…`) have the figure glued to 本, a word that is no measure there."""

from __future__ import annotations

import re

from kechuang.extract.rules import load_rules
from kechuang.text.normalise import normalise
from kechuang.text.number_spaces import MEASURE, close_number_spaces

# MEASURE's words that are no unit of the vocabulary: a date's, magnitudes before a unit, approximations, the heads of
# 平方米/立方米, measure words of no target (届, 批, 类, 幅, 匹, 棵, 分钟) and the traditional forms of 个/万/亿/项
MEASURE_ONLY = {"年", "月", "日", "万", "亿", "千", "百", "余", "多", "平方", "立方", "届", "批", "类", "幅", "匹", "棵",
                "分钟", "個", "萬", "億", "項"}
# the vocabulary's one-character units MEASURE leaves out: each opens common words after a figure set apart
# (本预案, 部门, 门户, 片区, 支持, 对接, 天然, 头部…)
UNITS_LEFT_OUT = {"份", "升", "双", "块", "天", "头", "对", "幢", "支", "斤", "本", "枝", "架", "根", "款", "片", "盏", "穴",
                  "箱", "粒", "羽", "艘", "部", "门", "颗"}


def _measure_words() -> set[str]:
    chars = re.search(r"\[(.*?)\]", MEASURE).group(1)
    return set(chars) | set(re.findall(r"\|([^|()\[\]]+)", MEASURE))


def _units() -> set[str]:
    rules = load_rules("targets")
    return set(rules["count_units"]) | set(rules["measure_units"]) | set(rules["fixed_units"])


def test_the_difference_is_named():
    words, units = _measure_words(), _units()
    assert words - units == MEASURE_ONLY, "weigh the word for MEASURE and the vocabulary both, then name it here"
    assert {u for u in units if len(u) == 1} - words == UNITS_LEFT_OUT, "weigh the unit for MEASURE, then name it here"


def test_a_word_left_out_keeps_its_space():
    assert close_number_spaces("1.1.2 本預案是省人民政府統一組織") == "1.1.2 本預案是省人民政府統一組織"
    text = "广西壮族自治区人民政府办公厅 2017-02-27 16:06\n\n本规划根据《国家中长期科学和技术发展规划纲要(2006—2020年)》"
    assert "16:06本规划" not in normalise(text)
    # a measure word of the list still closes its space
    assert close_number_spaces("新增城镇就业 68 万人左右") == "新增城镇就业68万人左右"
