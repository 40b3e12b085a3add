"""rev48 (review of fm63's ranks, rank_words._entered_ranks): a rank entered (进入全国前十, 65强) is a goal when a
commitment or a deadline at or after the plan's year governs it from before it in its sentence. Only the first such
word was asked: a past deadline standing first (到2020年…) hid a 力争 after it, and the rank went unread — an order
effect. Every governing word before the rank is asked now; a past deadline alone still governs nothing
(test_review46_mends.py).

Family (fm63's, dev): 深圳 卫生健康 十四五 news (http://news.wybstv.com.cn/xw/2022/0511/30412.html) and 曲靖 十四五
article (http://hk1.crntt.com/doc/7_0_106054884_1.html, traditional); their sentences verbatim, with a written clause
of a past deadline before the commitment (the review's repro: no dev page prints both).
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _ranks(text: str, plan_year: int) -> list[float]:
    return [t.value for t in extract_text(text, plan_year=plan_year).targets if t.kind == "rank"]


# 曲靖 (dev, verbatim after the written clause)
_QUJING = ("力爭“十四五”時期,GDP年均增長9%以上,2025年經濟總量過5000億元,經濟總量進入全國地級城市65強,"
           "體現雲南第二大經濟體的使命擔當。")
# 深圳 (dev, verbatim after the written clause)
_SHENZHEN = "争取建成20个国家级和100个省级重点学科,结核病、传染病、烧伤科、精神医学等专科进入全国前十,基本医疗保险参保率保持在98%以上等。"


def test_a_commitment_after_a_past_deadline_still_governs_the_rank() -> None:
    assert 65 in _ranks("對照到2020年的部署," + _QUJING, 2021)
    assert 10 in _ranks("到2020年目标已经实现,今后" + _SHENZHEN, 2022)
    assert 65 in _ranks(_QUJING, 2021)  # as before
    assert 10 in _ranks(_SHENZHEN, 2022)


def test_a_past_deadline_alone_governs_no_rank() -> None:
    assert _ranks("到2020年,我县经济总量进入全省前十。", 2024) == []
    assert _ranks("根据到2020年的部署,全市经济总量进入全国地级城市65强。", 2024) == []
    # a deadline at or after the plan's year after the past one governs
    assert 10 in _ranks("到2020年全市GDP突破千亿元;到2026年,全市经济总量进入全国百强县前十。", 2024)
