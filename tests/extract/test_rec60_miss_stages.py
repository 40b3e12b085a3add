"""scripts/miss_stages.py (rec60): the stage map of the dev misses names the stage that lost a target, reads the dev
split only, and leaves the extractor as it found it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kechuang.extract import extract_text
from kechuang.extract import targets as T
from kechuang.extract.corpus import split_of
from kechuang.extract.targets import paragraph as P
from tests.extract.script_corpus import load_script, one_passage_corpus
from tests.pure import rerun_pure

# a dev page (崇明区水务“十四五”规划): 修复保护1191平方公里生态滩涂 is missed, its value taken by no shape of candidate()
# (cand61 reads the first example, 吉林 2019's 粮食总产量700亿斤水平; cand62's goal_counts.py the second, 山西's
# 要确定20余个省级绿色制造重点项目: so it moved here)
SOURCE = "https://www.shanghai.gov.cn/zhengce/detail?businessId=5aaa505f-5b49-450e-a2f9-1fc66081a48e&siteId=0085"
TEXT = "两生态:修复保护1191平方公里生态滩涂。"


def _script():
    return load_script("miss_stages")


def _corpus(root: Path, gold: list[dict]) -> Path:
    return one_passage_corpus(root, SOURCE, TEXT, gold, "崇明区水务“十四五”规划", 2021)


def test_source_is_dev():
    assert split_of(SOURCE) == "dev"


def test_refuses_validation():
    with pytest.raises(SystemExit):
        _script().main(["--split", "validation"])


def test_names_the_stage(tmp_path, request):
    if rerun_pure(request):  # (the script traces Python frames)
        return
    gold = [{"indicator": "生态滩涂", "kind": "level", "value": 1191, "unit": "平方公里", "year": None,
             "recurring": False, "quote": "修复保护1191平方公里生态滩涂"}]
    add, init, funding, kept = P.Paragraph.add, P.Paragraph.__init__, T.funding_clauses, T.kept
    rows = list(_script().rows(_corpus(tmp_path, gold)))
    assert [(p.name, cause.split(":", 1)[0]) for p, _, cause in rows] == [("t#1", "refused as candidate")]
    assert "no shape took the number" in rows[0][2]
    # the probe leaves the extractor as it found it: no trace, its readers restored
    assert sys.gettrace() is None and P.Paragraph.add is add and P.Paragraph.__init__ is init
    assert T.funding_clauses is funding and T.kept is kept
    plan = extract_text(TEXT, plan_year=2021)
    assert not any(t.value == 1191 for t in plan.targets)
