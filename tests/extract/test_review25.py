"""Review 25's mends of round 56's news leads (``metadata/news.py``, ``_LEAD``): a line of time words before one 《 is
read fast (F3: 近日×20000 before one 《 took 0.40 s of CPU, 0.005 s after), and a deadline (3月31日前) opens no lead
(F2). The texts are built, as review 25 built them; its findings are in docs/extraction.md, "Review 25"."""

from __future__ import annotations

from functools import partial

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.news import reported_document
from tests.timing import assert_under


def test_time_words_before_a_title_are_read_fast() -> None:
    for word in ("近日", "3月1日", "日前,"):
        lines = split_lines(word * 20000 + "印发《关于加快发展的意见》\n")
        assert_under(partial(reported_document, lines), 0.1, word)


def test_a_deadline_opens_no_lead() -> None:
    found = reported_document(split_lines("请各县区于3月31日前印发《关于加快发展的实施方案》,并报市政府备案。\n"))
    assert found is None


def test_a_lead_after_its_time_is_still_read() -> None:
    found = reported_document(split_lines("3月31日,市政府办公室印发《关于加快发展的实施方案》。\n"))
    assert found is not None and found.title == "关于加快发展的实施方案"
