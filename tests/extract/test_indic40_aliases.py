"""An alias bracket (以下简称“…”) names the document or the programme before it, never the value after it: its
以下简称 no longer refuses the value of its clause (indic40, session 40, targets/aliases.py). The shape — a plan
named, its alias given, its goals next — stands in many dev pages: 奉贤 2024 (below, with no comma after the bracket),
四川 2011, 成都 2025, 云南 2023, 海南 “十二五”, 全国 种植业 “十四五” (a comma after it: read before as well)."""

from kechuang.extract.pipeline import extract_text


def _named(text: str, year: int | None) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.year) for t in extract_text(text, plan_year=year).targets]


def test_goal_right_after_an_alias_bracket_is_read():
    # https://www.shanghai.gov.cn/zhengce/detail?businessId=0084cc7ed4bb222e2b569be8b8369e9019cd&siteId=0084
    # (奉贤 2024 违法用地综合整治三年行动, dev)
    found = _named("其中，2024年至2026年新一轮违法用地综合整治三年行动(以下简称“新三年行动”)完成2300亩存量违法用地整治。",
                   2024)
    assert [f for f in found if f[1] == 2300 and f[2] == "亩" and "存量违法用地整治" in f[0]], found


def test_goal_after_an_alias_and_a_comma_stays_read():
    # http://jingji.cntv.cn/20120221/108554.shtml (四川 2011 全民科学素质, dev)
    found = _named("近日,省政府办公厅下发了《四川省全民科学素质行动计划纲要实施方案(2011~2015年)》(以下简称《实施方案》),"
                   "提出到“十二五”末全省公民具备基本科学素质的比例将达到4%。", 2011)
    assert ("全省公民具备基本科学素质的比例", 4, "%", 2015) in found


def test_a_grant_after_an_alias_stays_refused():
    # the other not-target words of the clause still refuse it (最高, 补助: a policy parameter, not a goal)
    found = _named("对符合条件的企业(以下简称“入库企业”)给予最高50万元补助。", 2024)
    assert not [f for f in found if f[1] == 50], found


def test_an_alias_in_the_values_own_name_still_refuses_it():
    # http://fangtan.org.cn/rolls/content_187364.html (退役军人 就业创业 2018, a dev opening): the count of the
    # issuers of the document the alias names, no goal
    found = _named("日前,退役军人事务部等军地12个部门联合印发《关于促进新时代退役军人就业创业工作的意见》(以下简称《意见》)。",
                   2018)
    assert not [f for f in found if f[1] == 12], found
