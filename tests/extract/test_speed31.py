"""The lead's speed mend of session 29 (after review 32): review_reading's report cues and years read the same
matches without opening with a lookbehind.

A pattern whose first item is an assertion (``(?<!\\d)…``, a branch ``(?<!通)过去``) loses the regex engine's skip to a
first character: it is tried at every position of the passage. ``_REPORT`` (过 then ``(?<!通过)``; the month spans
sharing their digits) and ``_YEAR`` (``(?<!\\d)`` after the first digit) now open with characters; these tests hold that
they match exactly as the earlier forms did on every seed and corpus text, and that neither opens with an assertion."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kechuang.extract.rules import simplified_all
from kechuang.extract.targets import review_reading

try:  # Python 3.11+
    from re import _parser as sre_parse
    from re._constants import ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN  # type: ignore[no-redef]

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_OLD_REPORT = re.compile(r"已(?![^,，。;；]{0,8}的|有基础)|累计|同比|[比较](?:上|去)年|上年|去年"
                         r"|截[至止](?:\s{0,2}(?P<asof>\d{4}))?|以来(?!的)|共计|一年来|(?<!通)过去|回顾|上半年|[一二三四]季度"
                         r"|前三季度|年初至今|\d{1,2}\s{0,2}[-—~至]\s{0,2}\d{1,2}\s{0,2}月|\d{1,2}月份")
_OLD_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s{0,2}年")


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((_FIXTURES / "real" / "openings").glob("*.txt"))]
    for path in sorted((_FIXTURES / "real" / "passages").glob("*.json")):
        texts += [p["text"] for p in json.loads(path.read_text(encoding="utf-8")).get("passages", [])]
    texts += ["通过去年" * 50, "1-2月份 12月份 1 至 12 月 123月份 1—11月 2019年 12019年 a2020年 20205年 ２０２０年", "过去" * 9]
    return [simplified_all(t) for t in texts]


def test_report_cues_and_years_match_as_their_earlier_forms():
    texts = _texts()
    assert len(texts) > 3000
    for text in texts:
        old = [(m.span(), m.group("asof")) for m in _OLD_REPORT.finditer(text)]
        assert [(m.span(), m.group("asof")) for m in review_reading._REPORT.finditer(text)] == old
        assert review_reading._YEAR.findall(text) == _OLD_YEAR.findall(text)


def _opens_with_assertion(items: list) -> bool:
    """Whether a parsed pattern's first item, through groups and into every branch, is a lookaround."""
    while items:
        op, arg = items[0]
        if op in (ASSERT, ASSERT_NOT):
            return True
        if op is SUBPATTERN:
            items = list(arg[-1])
        elif op is BRANCH:
            return any(_opens_with_assertion(list(b)) for b in arg[1])
        else:
            return False
    return False


def test_no_branch_of_the_whole_passage_scans_opens_with_an_assertion():
    def opens(pattern: re.Pattern[str]) -> bool:
        return _opens_with_assertion(list(sre_parse.parse(pattern.pattern)))
    assert opens(_OLD_REPORT) and opens(_OLD_YEAR)
    assert not opens(review_reading._REPORT) and not opens(review_reading._YEAR)
