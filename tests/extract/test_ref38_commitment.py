"""ref38: one reader of commitment (targets/commitment.py), no rule keeping its own word list.

Six rules asked "does this sentence commit to something", each with its own list (plan_verbs' GOAL_CUE and
COUNT_CUE, not_targets' _COMMITS, place_facts' _GOAL, roll_parts' and one_counts' _COMMITTED). They now share
``commitment.BASE`` and state their differences as named variants; the change moves no output (every document of
benchmarks/extract_outputs.py extracted alike before and after). The sentences are the dev ones the readers' own tests
cite:
- 威县 2023 政务公开工作要点 (tests/extract/test_cand62_goal_counts.py): 要点 is no cue of a count;
- 黄浦 2023 基层消防 (sh-huangpu-jcxf2023), 上海 2024 建筑垃圾 (sh-shanghai-jzlj2024): a once committed to
  (tests/extract/test_num66_one_counts.py);
- 嘉定 2026 重大工程建设计划 (https://www.shanghai.gov.cn/zhengce/detail?businessId=5_195257&siteId=0080): a roll's
  part naming a commitment (tests/extract/test_roll66_rolls.py);
- 厦门 2021 (http://snsxw.org.cn/show-59464.html): a plan's cue before an area (tests/extract/test_cand61_measured.py).
"""

from __future__ import annotations

import importlib
import re

from kechuang.compiled import source_of
from kechuang.extract.targets import commitment as c

_VARIANTS = {"VALUE_CUE": c.VALUE_CUE, "COUNT_CUE": c.COUNT_CUE, "SENTENCE_COMMITS": c.SENTENCE_COMMITS,
             "PLACE_GOAL": c.PLACE_GOAL, "ROLL_COMMITTED": c.ROLL_COMMITTED}


def test_every_variant_holds_the_base():
    for name, pattern in _VARIANTS.items():
        for word in ("力争", "争取", "确保", "计划", "将", "预期", "到2025年", "2025年底前"):
            assert pattern.search(word), (name, word)
        assert (pattern.search("目标") is None) == name.endswith("_CUE"), name  # 目标任务完成情况: a report's word
    for word in ("至少", "不少于", "不低于", "要", "确保", "力争", "计划"):
        assert c.ONCE_COMMITTED.search(word + "召开"), word


def test_the_guards_hold_for_every_variant():
    for name, pattern in {**_VARIANTS, "ONCE_COMMITTED": c.ONCE_COMMITTED}.items():
        for text in ("按照年初计划", "将军乡", "将乐县", "主要", "重要", "纲要", "纪要", "需要", "只要"):
            assert pattern.search(text) is None, (name, text)


def test_no_reader_keeps_its_own_list():
    for module, gone in (("plan_verbs", ("GOAL_CUE", "COUNT_CUE")), ("not_targets", ("_COMMITS",)),
                         ("place_facts", ("_GOAL",)), ("roll_parts", ("_COMMITTED",)),
                         ("one_counts", ("_COMMITTED",))):
        mod = importlib.import_module(f"kechuang.extract.targets.{module}")
        for name in gone:
            assert not hasattr(mod, name), (module, name)
        assert "targets.commitment import" in _source(mod.__name__), module
    assert "targets.commitment import" in _source("kechuang.extract.targets.goal_counts")


def _source(module: str) -> str:
    """A module's source read from its file: a compiled module (kechuang/compiled.py) has none for ``inspect``."""
    return source_of(module).read_text("utf-8")


def test_each_variant_on_its_dev_sentences():
    weixian = "本工作要点共分为5个部分、16项具体工作举措、4项工作保障。"  # 威县 2023: the plan's own parts
    assert c.COUNT_CUE.search(weixian) is None and c.VALUE_CUE.search(weixian)
    xiamen = "要抓好蔬菜生产,重点保障春季8000亩绿叶菜生产基地建设"  # 厦门 2021: 要 cues the area
    assert c.VALUE_CUE.search(xiamen, 0, xiamen.index("8000"))
    huangpu = "原则上每半年至少召开"  # 黄浦 2023: 至少召开一次
    shanghai = "浦东新区要增设"  # 上海 2024: 要增设一处
    assert c.ONCE_COMMITTED.search(huangpu) and c.ONCE_COMMITTED.search(shanghai)
    assert c.ONCE_COMMITTED.search("免费体检") is None and c.ONCE_COMMITTED.search("每两年举行") is None
    # 嘉定 2026: 计划新开工 names a commitment, 嘉定新城 and 北虹桥 are places
    assert c.ROLL_COMMITTED.search("计划新开工项目") and c.ROLL_COMMITTED.search("在建项目")
    assert not any(c.ROLL_COMMITTED.search(place) for place in ("嘉定新城", "北虹桥"))
    # a place's facts: an outcome's 突破 is a goal's word there only
    assert c.PLACE_GOAL.search("突破") and c.SENTENCE_COMMITS.search("突破") is None
    # not_targets: 到 and four digits commit, with or without 年
    assert c.SENTENCE_COMMITS.search("提高到2000") and c.PLACE_GOAL.search("提高到2000") is None


def test_bounded():
    for pattern in (*_VARIANTS.values(), c.ONCE_COMMITTED):
        assert not re.search(r"(?<!\\)[*+]", pattern.pattern), pattern.pattern
