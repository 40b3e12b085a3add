"""rev53, item 1 (review 52): one clause-end pattern (targets/common.CLAUSE_END) for the target modules that cut a
clause around a value or a verb, instead of a private copy each; 0 of 8,655 outputs differ
(benchmarks/extract_outputs.py). The copies left (funding, roll_parts, sentence_years) differ on purpose and say why."""

from __future__ import annotations

import importlib

from kechuang.extract.targets.common import CLAUSE_END

# completed, progress_shares and peer_margins read CLAUSE_END_NO_COLON since debt42 (test_debt42_label_colons)
_SHARING = ("committed_counts", "goal_counts", "closed_items", "project_rolls", "streaks", "written_numbers")


def test_the_modules_share_one_clause_end():
    for name in _SHARING:
        module = importlib.import_module(f"kechuang.extract.targets.{name}")
        assert getattr(module, "CLAUSE_END", None) is CLAUSE_END, name
        assert not hasattr(module, "_CLAUSE_END"), name


def test_the_clause_end_holds_every_mark_of_a_clause():
    assert [m.group() for m in CLAUSE_END.finditer("甲,乙，丙;丁；戊。己:庚：辛!壬！癸?子？丑、寅")] == list(",，;；。:：!！?？")

