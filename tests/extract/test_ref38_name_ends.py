"""ref38: the words that end no indicator's name (双双, 预计, 预期 before a growth, 过 before the value) are data in
rules/targets.yaml (``indicator_end_words``, one list since ends39), read through ``vocab`` by targets/name_ends.py,
no longer special cases in ``Paragraph.add``. The output is the same (benchmarks/extract_outputs.py, 0 documents
differ). Sentences (dev), as the tests that brought each word cite them:
- 双双: 辽宁 2020 (https://zkxblog.com/lab/read-4154853.html), 溧阳 2024
  (http://www.pmthrift.com/talkpic/livevideo/index.php?id=706) — tests/extract/test_grow62_targets.py;
- 预期 before a growth: 国务院 2022 report news (http://www.eeo.com.cn/2022/0305/524190.shtml), 内蒙古 2024
  (http://www.cfgw.net.cn/xb/content/2024-02/28/content_25083486.html) — the same file;
- 预计: 广东 2026 (tests/extract/test_rev48_goal_estimates.py);
- 过: 武宣 2022 (http://www.bbrtv.com/2022/0120/702337.html), 曲靖 十四五 (http://hk1.crntt.com/doc/7_0_106054884_1.html)
  — tests/extract/test_rev48_reach_names.py.
"""

from __future__ import annotations

from kechuang.compiled import source_of
from kechuang.extract.rules import load_rules
from kechuang.extract.targets import paragraph
from kechuang.extract.targets.name_ends import name_without_end
from kechuang.extract.targets.vocab import vocab


def _cut(indicator: str, kind: str = "level", printed: str | None = None) -> str:
    printed = indicator if printed is None else printed
    return name_without_end(indicator, kind, printed + "100", 0, len(printed))


def test_the_words_are_data():
    rules = load_rules("targets")
    words = {e["word"]: e for e in rules["indicator_end_words"]}  # one list since ends39
    assert "双双" in words and "预计" in words and words["预期"]["kind"] == "growth"
    assert words["过"]["printed"] and "超" in words["过"]["not_after"]
    assert vocab().end_words == ("双双", "预计")
    source = source_of(paragraph.__name__).read_text("utf-8")  # a compiled module has no source for inspect
    assert '"双双", "预期", "预计"' not in source and "_NOT_REACH_BEFORE" not in source


def test_end_words_are_cut():
    assert _cut("新开工项目和储备项目的总投资额双双") == "新开工项目和储备项目的总投资额"  # 辽宁 2020
    assert _cut("新能源和高端不銹鋼產業規模双双") == "新能源和高端不銹鋼產業規模"  # 溧阳 2024 (read simplified)
    assert _cut("地方一般公共预算收入预计", "growth") == "地方一般公共预算收入"  # 广东 2026
    assert _cut("国内生产总值预期", "growth") == "国内生产总值"  # 国务院 2022
    assert _cut("工业园区过") == "工业园区"  # 武宣 2022: 工业园区过百亿
    assert _cut("全市规上工业总产值过") == "全市规上工业总产值"


def test_what_stays():
    assert _cut("人均预期") == "人均预期"  # 预期 before a level names it
    assert _cut("城乡双双") == "城乡双双"  # three characters must stay
    assert _cut("全市企业研发机构建设评估通过") == "全市企业研发机构建设评估通过"  # 通过: a word of its own
    assert _cut("销售收入超过") == "销售收入超过"
    # 过 cut only when printed right before the value
    assert _cut("工业园区过", printed="工业园区过的产值") == "工业园区过"
