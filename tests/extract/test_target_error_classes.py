"""scripts/target_error_classes.py (session 43): wrong targets by class, text listed for the dev split only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kechuang.extract.corpus import split_of
from tests.extract.script_corpus import load_script, one_passage_corpus

# a dev page (崇明区水务“十四五”规划, as tests/extract/test_rec60_miss_stages.py uses it)
SOURCE = "https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085"
TEXT = "到2025年,培育高新技术企业10家。"


def _corpus(root: Path, gold: list[dict]) -> Path:
    return one_passage_corpus(root, SOURCE, TEXT, gold, "崇明区水务“十四五”规划", 2021)


def _gold(**change) -> dict:
    gold = {"indicator": "高新技术企业", "kind": "level", "value": 10, "unit": "家", "year": 2025,
            "recurring": False, "quote": "培育高新技术企业10家"}
    return {**gold, **change}


def test_the_page_is_dev():
    assert split_of(SOURCE) == "dev"


@pytest.mark.parametrize(("gold", "expected"), [
    (_gold(), []),
    (_gold(year=2027), ["pair-year, gold later"]),
    (_gold(year=None), ["pair-year, gold undated"]),
    (_gold(indicator="农业用水总量"), ["pair-name"]),
    (_gold(value=12), ["unread, prose", "invented"]),
    (_gold(value=12, quote="高新技术企业 | 12"), ["unread, table row", "invented"]),
])
def test_each_wrong_target_has_one_class(tmp_path, gold, expected):
    root = _corpus(tmp_path, [gold])
    assert [label for label, *_ in load_script("target_error_classes").classes("dev", root)] == expected


def test_text_is_listed_for_the_dev_split_only(capsys):
    with pytest.raises(SystemExit) as refused:
        load_script("target_error_classes").main(["--split", "validation", "--list", "pair-year"])
    assert refused.value.code == 2 and "dev split only" in capsys.readouterr().err
