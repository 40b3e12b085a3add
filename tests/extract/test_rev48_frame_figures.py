"""rev48 (review of tense63, set_change._frame_end): a report word framing a sentence's time (目前, 今年以来) leaves
the goal clause after it its goals only when no figure stands before that clause — a review that states its figures
stays a report as a whole. Only Arabic digits were seen as figures: a report's figure written in Chinese numerals
(完成造林一万亩, 近万亩, 三成村庄, 百分之六十) let the frame hold, and the goal clause's value took the report's words
as its name (全县完成造林一万亩 → 3万亩), while the same sentence in digits read nothing.

Family (tense63's, dev): 辽宁 2020 数字辽宁 news (https://zkxblog.com/lab/read-4154853.html), 新浦 背街小巷 news
(http://www.dingqianjf.com/news/show/448/623660_0.html) — verbatim, still goals (第一批 counts no figure); 山东 2017
厕所改造 (sd-shandong-hwyth2017, dev) the review with its figures. The Chinese-numeral reviews are written (the
review's repros).
"""

from __future__ import annotations

import pytest

from kechuang.extract import extract_text
from kechuang.extract.targets.set_change import reports_change
from tests.extract.test_tense63_frame_then_goal import LIAONING, XINPU  # the family's sentences, verbatim


def test_the_family_still_frames_its_goal_clause():
    assert not reports_change(LIAONING)
    assert not reports_change(XINPU)


@pytest.mark.parametrize("text", [
    "今年以来,全县完成造林一万亩,计划全年完成造林3万亩。",
    "今年以来,全县完成造林近万亩,计划全年完成造林3万亩。",
    "目前,全市已有三成村庄完成改造,计划年内完成改造村庄120个。",
    "目前,全市已有百分之六十的村庄完成改造,计划年内完成改造村庄120个。",
    "目前,全区已建成两千余个充电桩,争取年底建成充电桩3000个。",
])
def test_a_figure_in_chinese_numerals_before_the_goal_clause_keeps_the_report(text):
    assert reports_change(text)
    digits = text.replace("一万亩", "1万亩").replace("近万亩", "近1万亩").replace("三成", "30%") \
        .replace("百分之六十", "60%").replace("两千余个", "2000余个")
    assert reports_change(digits)  # as the same sentence in digits
    assert not extract_text(text, plan_year=2024).targets
