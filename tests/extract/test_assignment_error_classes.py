"""scripts/assignment_error_classes.py (session 44): wrong assignments by class, text listed for the dev split only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.script_corpus import load_script, one_passage_corpus

# a dev page (崇明区水务“十四五”规划, as tests/extract/test_target_error_classes.py uses it)
SOURCE = "https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085"
TEXT = "1.开展节水型社会建设。(责任单位:区水务局、区发展改革委)"


def _classes(root: Path, assignments: list[dict]) -> list[str]:
    corpus = one_passage_corpus(root, SOURCE, TEXT, [], "崇明区水务“十四五”规划", 2021, assignments)
    return [label for label, *_ in load_script("assignment_error_classes").classes("dev", corpus)]


RIGHT = [{"role": "responsible", "unit": "区水务局"}, {"role": "responsible", "unit": "区发展改革委"}]


@pytest.mark.parametrize(("gold", "expected"), [
    (RIGHT, []),
    ([{"role": "lead", "unit": "区水务局"}, RIGHT[1]], ["role lead→responsible"]),
    ([{"role": "responsible", "unit": "区水务局、区发展改革委"}], ["part, predicted shorter",
                                                          "invented, in a passage with assignment gold"]),
    ([*RIGHT, {"role": "responsible", "unit": "区财政局"}], ["unread"]),
    ([RIGHT[0]], ["invented, in a passage with assignment gold"]),
    ([], ["invented, in a passage with no assignment gold"] * 2),
])
def test_each_wrong_assignment_has_one_class(tmp_path, gold, expected):
    assert _classes(tmp_path, gold) == expected


def test_text_is_listed_for_the_dev_split_only(capsys):
    with pytest.raises(SystemExit) as refused:
        load_script("assignment_error_classes").main(["--split", "validation", "--list", "unread"])
    assert refused.value.code == 2 and "dev split only" in capsys.readouterr().err
