"""A name that is only the time or the scope of its value (在2025年, 每个乡镇) with no target before it in its sentence
names the thing of the clause before it (round name64; continued_names.py goes on with a target before)."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_text(text, plan_year=year).targets]


def test_a_deadline_alone_names_the_rate_of_the_clause_before():
    # http://m.zgcxtc.cn/news/242030.html (重庆 数字乡村 “五提升一补盲” news, dev)
    found = _named("重庆市数字乡村网络发展“五提升一补盲”行动,助力乡村振兴,让全市行政村5G通达率,在2025年达到80%。", 2023)
    assert [f for f in found if f[1] == 80 and f[0].endswith("行政村5G通达率")], found
    assert not [f for f in found if f[0] == "在2025年"]


def test_a_place_each_of_which_is_held_names_no_thing():
    # https://m.yybnet.net/xuancheng/jingde/201501/634383.html (旌德 2015 民生实事, dev): 每个乡镇 is no name (the
    # thing, 实事, is a count of the plan's items the paragraph leaves out: no target)
    found = _named("在做好以上实事的同时,支持乡镇办好辖区群众呼声较高的实事,每个乡镇不少于2件。", 2015)
    assert not [f for f in found if f[0] == "每个乡镇"]


def test_a_target_before_in_the_sentence_is_gone_on_with():
    # http://chinawuliu.com.cn/zixun/202305/23/606972.shtml (太原 2023 数字经济, dev): continued_names.py's case
    found = _named("太原市提出,到2025年太原市数字经济规模将突破2800亿元,年均增速超过15%,占GDP比重达到35%。", 2023)
    assert ("太原市数字经济规模", 15, "%") in found
