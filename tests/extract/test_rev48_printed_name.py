"""rev48 (review of name64, targets/common.printed_name): a name joined around its value is given back in the page's
characters. It was mapped through a table of the window, one printed form for each simplified character, the first
met: where the page prints two forms of one simplified character near the value (颱風 and 平臺, both 台 simplified),
every 台 of the name took the first (…平颱, a form the page never prints there). The name's runs are now found in the
window and take the characters printed at their own place; the table is kept for a character found in no run.

Family (name64's, dev, traditional): 台州 2024 民生实事
(http://big5.china.com.cn/gate/big5/zjnews.china.com.cn/zj/taizhou/2024-01-22/409255.html) and 四川 2024 高速公路 news
(http://jzytyy.com/2024/zonglan_0222/525637.html) — their sentences verbatim stay as test_name64_printed.py asks;
the two forms of 台 are written into 台州's shape (the review's repro).
"""

from __future__ import annotations

from kechuang.extract.pipeline import extract_text
from kechuang.extract.targets.common import printed_name
from tests.timing import assert_under


def _names(text: str, year: int) -> list[str]:
    return [t.indicator for t in extract_text(text, plan_year=year).targets]


def test_each_character_takes_the_form_printed_at_its_place():
    names = _names("七、夯實應急救援基礎。實現全市颱風多發區域應急廣播平臺終端100%覆蓋。", 2024)
    assert "全市颱風多發區域應急廣播平臺終端覆蓋" in names, names
    names = _names("七、夯實應急救援基礎。到2025年,颱風易發區域企業100%建立預警平臺。", 2024)
    assert "颱風易發區域企業建立預警平臺" in names, names


def test_the_family_keeps_its_names():
    names = _names("七、夯實應急救援基礎。新增應急救護普及培訓30萬人次以上,開展持證培訓6萬人以上;實現全市行政村、"
                   "20戶以上自然村、災害事故多發易發區域(點)應急廣播雙向化終端100%覆蓋。", 2024)
    assert any(n.endswith("應急廣播雙向化終端覆蓋") for n in names), names
    names = _names("確保2024年建成通車高速公路500公里,新開工500公里,上半年實現高速公路通車總里程突破10000公里。", 2024)
    assert "新開工通車高速公路" in names, names


class _Para:  # the three fields printed_name reads
    def __init__(self, text: str, mtext: str) -> None:
        self.text, self.mtext, self.traditional = text, mtext, True


def test_long_names_and_windows_stay_bounded():
    text = "颱風平臺" * 5000
    para = _Para(text, "台风平台" * 5000)
    names = assert_under(lambda: [printed_name(para, "台风平台" * 30, 0, len(text)) for _ in range(50)], 5)
    assert names == ["颱風平臺" * 30] * 50
