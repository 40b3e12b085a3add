"""Round-7 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# Traditional characters are read through OpenCC's whole character table (4,000 characters), not a hand-picked
# list of 196: 增長貢獻率 is a rate named after growth (貢獻 was not in the list, so 增長 read as the verb and the
# target became a growth). 衡南县 科技发展目标 2015
# (https://www.qclgf.com/zwgk/bmxxgkml/xzfgzbm/xfzhggj/ghzj/20200206/i749135.html, tests/fixtures/real, dev); 国务院 国家中长期科学和
# 技术发展规划纲要 as mirrored in traditional characters with readings (http://97661a.com/news/201395.html, held out).
HENGNAN = "二、發展目標\n到2015年,科技進步對經濟增長貢獻率達60%。"
GANGYAO = ("綱要指出,到2020年,全社會(huì)研究開(kāi)發(fā)投入占國(guó)內(nèi)生產(chǎn)總值的比重提高到2.5%以上,"
           "力爭(zhēng)科技進(jìn)步貢獻(xiàn)率達(dá)到60%以上,對(duì)外技術(shù)依存度降低到30%以下。")


def test_traditional_characters_are_read_through_the_whole_opencc_table():
    assert _rows(HENGNAN, 2013) == [("科技進步對經濟增長貢獻率", "level", 60, "%", 2015, False)]
    assert [(r[0], r[1], r[2]) for r in _rows(GANGYAO, 2006)] == [
        ("全社會(huì)研究開(kāi)發(fā)投入占國(guó)內(nèi)生產(chǎn)總值的比重", "level", 2.5),
        ("科技進(jìn)步貢獻(xiàn)率", "level", 60), ("對(duì)外技術(shù)依存度", "level", 30)]
