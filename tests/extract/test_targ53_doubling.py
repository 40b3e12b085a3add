"""Target rules of targ53 (session 32): doubling words other than 翻一番 (MISSES-dist51 row 4). The sentences are
quoted from the dev pages named (tests/fixtures/real/passages); the expected values follow the README's convention for
翻一番 (kind ``multiple``, value 2, unit 倍); the counter-tests keep the names of programmes, the 目标 of a doubling and
feelings out."""

from __future__ import annotations

from tests.extract.passages import target_rows as _rows

# The paragraph reads a clause only if it holds a character of paragraph._MAY_HOLD: 倍 is among them (the lead's
# merge of targ53), so a doubling word with no digit in its clause is read.

# ah-cihu-zzybz2022 (http://yqkkl.cn/news/jishi/081883411.html, 马鞍山 慈湖 2022, traditional characters)
CIHU = "通過實施產業鏈招商、企業梯度培育、產業賦能提升、產業創新升級四個行動等路徑,實現全區制造業增加值倍增。"
# cq-jiangjin-jwnmb2023 (http://epaper.cqjjnet.com/PC/jjrb/202301/12/content_21616.html, 江津 2023)
JIANGJIN = "全社会研发经费投入年均增长10%以上,高新技术企业数量和科技型企业数量实现双倍增。"
# gd-guangming-zfgzbg2021 (http://shenghuobao.net/thread-46008-1-1.html, 光明 2021)
GUANGMING = "经济总量质量迈上新台阶,地区生产总值达到1750亿元,全口径税收收入翻倍。"


def _multiples(text: str, plan_year: int | None) -> list[tuple]:
    return [r[:4] for r in _rows(text, plan_year) if r[1] == "multiple"]


def test_bei_zeng_at_the_end_of_a_clause_doubles_its_subject():
    rows = _multiples(CIHU, 2022)
    assert len(rows) == 1 and rows[0][2:] == (2, "倍")
    assert rows[0][0].endswith("制造業增加值")


def test_fan_bei_at_the_end_of_a_clause_doubles_its_subject():
    rows = _multiples(GUANGMING, 2021)
    assert rows == [("全口径税收收入", "multiple", 2, "倍")]
    assert (1750, "亿元") in [r[2:4] for r in _rows(GUANGMING, 2021)]  # the level before keeps its target


def test_shuang_bei_zeng_doubles_each_of_the_two_things_named():
    rows = _multiples(JIANGJIN, 2023)
    assert rows == [("高新技术企业数量", "multiple", 2, "倍"), ("科技型企业数量", "multiple", 2, "倍")]


def test_a_programme_a_goal_word_or_a_feeling_is_no_doubling():
    # dev: 实施高新技术企业倍增计划 (fj-fuzhou-gqpy), 实现倍增目标 (ah-cihu-zzybz2022), 让人信心倍增
    # (yn-yunnan-zfgzbgrt2021, https://zjw.cn/info-52916.html), 实现“六个倍增、六个突破” (hi-hainan-kjcxfsz2021,
    # https://hainan-policy.com/policies2.asp?id=161&m=4&type=2), 制造業投資實現2.5倍增長 (nm-zhungeer-zfgzbg2023)
    for text in ("到2020年,实施高新技术企业倍增计划,高新技术企业突破120家。",
                 "主要指標增幅高于全市平均水平,實現倍增目標。",
                 "打下了坚实基础,让人信心倍增。",
                 "到2023年,主要科技创新指标实现“六个倍增、六个突破”。",
                 "高新技术企业和科技型企业实现“双倍增”、总量分别达到1.27万家和8.6万家。"):
        assert _multiples(text, 2023) == [], text
