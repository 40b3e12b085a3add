"""rev48 (review of fm63's round numerals, written_numbers.reached_round): 过 before a value is the verb of reaching
(过百亿, 过5000亿元), read as 突破 is — but the name kept it (武宣要力争实现工业园区过), where the gold names the thing
alone (工业园区). 过 right before the value ends no name, as a level verb (突破, 达到) ends none; 超过, 通过, 经过 and
the like are words of their own (超过 is a level verb already).

Family (dev, three places, names as the gold prints them):
- 武宣 2022 两会 news (gx-wuxuan-lhzf2022, http://www.bbrtv.com/2022/0120/702337.html): 工业园区过百亿 → 工业园区;
- 孝感 工业 (hb-xiaogan-gyqs): 盐化工和精细化工产业两年内销售收入过150亿元 → …销售收入;
- 曲靖 十四五 article (yn-qujing-jjzl145, http://hk1.crntt.com/doc/7_0_106054884_1.html, traditional): 經濟總量過5000億元
  → 經濟總量.
"""

from __future__ import annotations

from kechuang.extract import extract_text


def _names(text: str, plan_year: int) -> dict[float, str]:
    return {t.value: t.indicator for t in extract_text(text, plan_year=plan_year).targets}


def test_the_reach_verb_ends_no_name():
    assert _names("我们提出2022年武宣要力争实现工业园区过百亿。广西111个县市区,从武宣的资源和条件出发。", 2022)[100] \
        .endswith("工业园区")
    qujing = _names("曲靖將千方百計加快發展,力爭“十四五”時期,GDP年均增長9%以上,2025年經濟總量過5000億元,"
                    "經濟總量進入全國地級城市65強,體現雲南第二大經濟體的使命擔當。", 2021)
    assert qujing[5000] == "經濟總量"
    assert _names("力争到2025年,全市规上工业总产值过千亿元。", 2024)[1000] == "全市规上工业总产值"


def test_words_ending_in_the_same_character_keep_it():
    names = _names("到2025年,全市企业研发机构建设评估通过100家。", 2024)
    assert not names or all(not n.endswith("评估通") for n in names.values())
