"""attrs43: a growth goal stated only by the words that set it (今年预期目标设定为6%以上, 今年我们定的是6%以上,
2026年調整至5%) names no thing of its own: the growth it sets is the one its sentence names before it (经济增速是…,
江蘇2025年GDP增速5.3%,…), else the growth goal its paragraph named (将2021年GDP增长目标设定为6%以上). The value is
that growth's rate (the spec: `growth`). The gold of three dev pages (国务院 2021, 全国 2021 GDP 目标 news, 香港01
2026 31省 GDP 目标) names it so. The sentences are verbatim; each dev page is cited by its address."""

from __future__ import annotations

from tests.extract.passages import quoted
from tests.extract.passages import target_rows as _rows

# 国务院 2021 预期目标 news (http://www.ciudsrc.com/webdiceng.php?id=156365, cn-guowuyuan-yqmbsd2021)
GUOWUYUAN = "经济增速是综合性指标,今年预期目标设定为6%以上,考虑了经济运行恢复情况,有利于引导各方面集中精力推进改革创新、推动高质量发展。"
# 全国 2021 GDP 目标 news (http://www.wufengnews.com/content/show?catid=147741&newsid=695183, cn-quanguo-gdpmb2021)
QUANGUO = ("提请审议、审查、讨论的政府工作报告和规划纲要草案,将2021年GDP增长目标设定为6%以上;“十四五”经济增速指标设定为"
           "“保持在合理区间、各年度视情提出”,这在五年规划史上还是首次。个中缘由,在参加全国政协联组会时,习近平总书记一语道破:"
           "“去年是2.3%,今年我们定的是6%以上,实际上可以高于这个指标,但是我们留有余地,这样我们更能够把主要精力用在高质量发展方面。”")
# 香港01 2026 31省 GDP 增长目标 (https://www.hk01.com/即時中國/60326626/, cn-hk01-gdpmb2026)
HK01 = "遼寧2025年GDP增速4.8%，2026年增速目標下調為4.5%；江蘇2025年GDP增速5.3%，2026年調整至5%。"


def _at(text: str, plan_year: int, value: float) -> list[tuple]:
    return [(r[0], r[1]) for r in _rows(text, plan_year) if r[2] == value and r[3] == "%"]


def test_the_sentences_are_verbatim():
    assert quoted("cn-guowuyuan-yqmbsd2021", GUOWUYUAN)
    assert quoted("cn-quanguo-gdpmb2021", QUANGUO)
    assert quoted("cn-hk01-gdpmb2026", HK01)


def test_a_goal_set_with_no_name_takes_the_growth_its_sentence_names():
    assert _at(GUOWUYUAN, 2021, 6) == [("经济增速", "growth")]
    assert _at(HK01, 2026, 5) == [("GDP增速", "growth")]


def test_else_the_growth_goal_its_paragraph_named():
    assert _at(QUANGUO, 2021, 6) == [("GDP", "growth"), ("GDP", "growth")]


def test_other_settings_keep_their_reading():
    # a goal set with no growth named anywhere before it stays as read
    assert _at("今年预期目标设定为6%以上。", 2021, 6) == [("预期目标设定为", "level")]
    # a setting word after a name of its own keeps that name
    assert _at("经济增速是综合性指标,污水处理率目标设定为95%以上。", 2021, 95) == [("污水处理率目标设定为", "level")]
    # a growth a sentence before reports (增速 with no 目标) does not name a later sentence's goal
    assert _at("去年GDP增速为5.3%。今年预期目标设定为6%以上。", 2021, 6) == [("预期目标设定为", "level")]
    # a share set to a level no economy grows by keeps its reading, a growth goal named before or not
    assert _at("将2021年GDP增长目标设定为6%以上;目标设定为100%。", 2021, 100) == _at("目标设定为100%。", 2021, 100)
