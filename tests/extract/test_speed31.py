"""The lead's speed mend of session 29 (after review 32): review_reading's report cues and years read the same
matches without opening with a lookbehind.

A pattern whose first item is an assertion (``(?<!\\d)…``, a branch ``(?<!通)过去``) loses the regex engine's skip to a
first character: it is tried at every position of the passage. ``_REPORT`` (过 then ``(?<!通过)``; the month spans
sharing their digits) and ``_YEAR`` (``(?<!\\d)`` after the first digit) now open with characters; these tests hold that
they match exactly as the earlier forms did on every seed and corpus text, and that neither opens with an assertion."""

from __future__ import annotations

import re

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import review_reading
from tests.extract.pattern_forms import opens_with_assertion, stored_texts

_OLD_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|[比较](?:上|去)年|上年|去年"
                         r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|以来(?!的)|共计|一年来|(?<!通)过去|回顾|上半年|[一二三四]季度"
                         r"|前三季度|年初至今|\d{1,2}\s{0,2}[-—~至]\s{0,2}\d{1,2}\s{0,2}月|\d{1,2}月份")
_OLD_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s{0,2}年")


def _texts() -> list[str]:
    texts = stored_texts()
    texts += ["通过去年" * 50, "1-2月份 12月份 1 至 12 月 123月份 1—11月 2019年 12019年 a2020年 20205年 ２０２０年", "过去" * 9]
    return [simplified_all(t) for t in texts]


def test_report_cues_and_years_match_as_their_earlier_forms():
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        old = [(m.span(), m.group("asof")) for m in _OLD_REPORT.finditer(text)]
        assert [(m.span(), m.group("asof")) for m in review_reading._REPORT.finditer(text)] == old
        assert review_reading._YEAR.findall(text) == _OLD_YEAR.findall(text)



def test_no_branch_of_the_whole_passage_scans_opens_with_an_assertion():
    opens = opens_with_assertion
    assert opens(_OLD_REPORT) and opens(_OLD_YEAR)
    assert not opens(review_reading._REPORT) and not opens(review_reading._YEAR)
