"""ends39: the words that end no indicator's name are one yaml list (rules/targets.yaml ``indicator_end_words``) read by
one module (targets/name_ends.py) with two entry points: ``without_holding`` (``stage: clean``: 在, 保持, 完成…, inside
common.clean_indicator) and ``name_without_end`` (双双, 预计, 预期 before a growth, 过 before the value, in
Paragraph.add). A refactor: benchmarks/extract_outputs.py finds 0 of 8,605 documents differ. The sentences behind
each word are the dev ones cited in name_ends.py and in the yaml (江西 2011 水利, http://www.gzjrw.com.cn/Item/41130.aspx;
上海 2020 农村公路, https://www.shanghai.gov.cn/zhengce/detail?businessId=0001-48503_65648&siteId=0001; 辽宁 2020,
https://zkxblog.com/lab/read-4154853.html; 曲靖 十四五, http://hk1.crntt.com/doc/7_0_106054884_1.html)."""

from __future__ import annotations

import importlib.util
import itertools
import re

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.name_ends import name_without_end, without_holding
from kechuang.extract.targets.vocab import vocab

# the pattern of targets/holding_verbs.py before ends39, written out: the list must build the same one
_BEFORE = re.compile(
    r"(?:继续|持续)?(?:保持|维持在|锁定在|发展到|稳定)$|(?:累计|力争|争取|确保)?完成$|累计$|(?:应|要|将)?小于$"
    r"|(?<![所存现正实内外自潜好])(?:均|都|多|力争|争取|要|将)?在$"
    r"|(?<![响适供对相效反感回呼顺答报理])应$")
_ENDINGS_BEFORE = ("保持", "在", "发展到", "应", "稳定", "完成", "累计", "小于")


def _without_holding_before(text: str) -> str:
    if not text.endswith(_ENDINGS_BEFORE):
        return text
    m = _BEFORE.search(text, max(0, len(text) - 6))
    return text[:m.start()] if m and m.start() >= 2 else text


def test_one_list_and_one_module():
    rules = load_rules("targets")
    for gone in ("indicator_growth_end_words", "indicator_reach_end_words", "indicator_reach_word_heads"):
        assert gone not in rules
    stages = {e.get("stage", "named") for e in rules["indicator_end_words"]}
    assert stages == {"clean", "named"}
    assert importlib.util.find_spec("kechuang.extract.targets.holding_verbs") is None


def test_the_fields_read_from_the_list_are_those_of_before():
    v = vocab()
    assert v.end_words == ("双双", "预计") and v.growth_end_words == ("预期",)
    assert v.reach_end_words == ("过", "過")
    assert v.reach_word_heads == frozenset("超通经經越穿度不路错錯")
    assert set(v.holding_endings) >= set(_ENDINGS_BEFORE)
    assert all(w.endswith(_ENDINGS_BEFORE) for w in v.holding_endings)


def test_the_holding_cut_is_that_of_before():
    heads = ["", "达标率", "列养率", "人", "所", "存", "响", "供", "内", "感", "生猪存栏", "x"]
    befores = ["", "继续", "持续", "累计", "力争", "争取", "确保", "应", "要", "将", "均", "都", "多", "稳定", "维持"]
    words = ["保持", "维持在", "锁定在", "发展到", "稳定", "完成", "累计", "小于", "在", "应", "在内", "双双", "过"]
    seen = 0
    for head, before, word in itertools.product(heads, befores, words):
        text = head + before + word
        assert without_holding(text) == _without_holding_before(text), text
        seen += without_holding(text) != text
    assert seen > 300  # the cases cut, not only those kept


def test_the_two_entry_points_on_dev_names():
    assert without_holding("力争使全省一级水功能区达标率在") == "力争使全省一级水功能区达标率"  # 江西 2011 水利
    assert without_holding("农村公路列养率保持") == "农村公路列养率"  # 上海 2020 农村公路
    assert without_holding("所在") == "所在" and without_holding("供应") == "供应"
    name = "新开工项目和储备项目的总投资额双双"  # 辽宁 2020
    assert name_without_end(name, "level", name + "100", 0, len(name)) == "新开工项目和储备项目的总投资额"
    name = "经济总量过"  # 曲靖 十四五
    assert name_without_end(name, "level", name + "5000", 0, len(name)) == "经济总量"
    assert name_without_end("指标超过", "level", "指标超过5000", 0, 4) == "指标超过"
