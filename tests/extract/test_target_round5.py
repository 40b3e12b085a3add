"""Round-5 target rules: general mechanisms, each from real sentences of at least two documents (address above
each); the expected values are read from the sentences by hand, per spec/plan-format.md and
tests/fixtures/real/README.md."""

from __future__ import annotations

from kechuang.extract import extract_text


def _rows(text: str, plan_year: int | None, title: str | None = None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year, title=title).targets]


# A caption before the first heading dates the list it heads when the title names no year, as a title does: a
# short line that names one year and ends no sentence. jinyun.gov.cn 缙云县人大公告(第2号), 2021
# (http://www.jinyun.gov.cn/art/2021/3/19/art_1229355488_59117844.html); gangu.gov.cn 【直击两会】 2020
# (http://www.gangu.gov.cn/info/1481/326551.htm: the headline over 15件大事和民生实事).
JINYUN = ("缙云县第十七届人民代表大会第五次会议公告(第2号)\n"
          "经缙云县第十七届人民代表大会第五次会议代表投票表决,确定缙云县2021年十件民生实事项目(按得票数高低为序)\n\n"
          "一、改善群众出行条件,新建和改造提升农村公路105公里,建设改造公交站点10个。")
GANGU = ("县政府工作报告\n【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事\n"
         "一、民生实事\n(1)新建城区公办幼儿园3所。")


def test_a_caption_before_the_first_heading_dates_the_list_it_heads():
    assert {r[4] for r in _rows(JINYUN, 2021)} == {2021}
    assert [(r[2], r[4]) for r in _rows(GANGU, 2020)] == [(3, 2020)]
    # the caption's own numbers are no targets (十件民生实事: the count of the list's items)
    assert 10 not in {r[2] for r in _rows(JINYUN, 2021) if r[3] == "件"}


def test_a_date_or_a_sentence_before_the_first_heading_dates_nothing():
    signed = "县政府工作报告\n2021年3月19日\n一、民生实事\n(1)新建城区公办幼儿园3所。"
    assert [(r[2], r[4]) for r in _rows(signed, 2021)] == [(3, None)]
    prose = "县科技创新规划\n2020年,全县高新技术企业达到30家。\n一、主要任务\n(1)新建众创空间3家。"
    assert (3, None) in [(r[2], r[4]) for r in _rows(prose, 2021)]
