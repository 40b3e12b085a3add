"""name38: a growth that continues the clause before takes that clause's subject, also when the value reached there is
a round magnitude printed with no digit (突破万亿元): the subject ends at the verb of reaching, and the name is not the
whole clause (common.subject_of). Sentences verbatim from dev pages of two places."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None = None):
    return [(t.indicator, t.kind, t.value, t.unit) for t in extract_text(text, plan_year=plan_year).targets]


def test_a_growth_after_a_round_magnitude_is_the_subject_s():
    # 四川 软件和信息服务业 news, https://huibimu.com/new/17943.html
    rows = _rows("根据规划,四川省计划到2025年软件与信息服务业营业收入突破万亿元,年均增长12%以上。")
    assert ("软件与信息服务业营业收入", "growth", 12, "%") in rows
    # 安宁 2016 (the page lost its digits), http://www.anningzx.com/ansjd/350.html
    rows = _rows("到年,全区地区生产总值突破亿元,年均增长8%;", 2016)
    assert ("全区地区生产总值", "growth", 8, "%") in rows


def test_a_clause_with_no_value_keeps_its_subject_reading():
    # (达到 before words that are no magnitude: the clause's subject as before)
    rows = _rows("到2025年,全市科技创新能力达到国内先进水平,研发投入年均增长10%。")
    assert [r[0] for r in rows] == ["研发投入"]
