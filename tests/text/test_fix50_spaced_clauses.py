"""fix50: the normaliser keeps the space between two clauses that each state a value (text/normalise.py
``_VALUE_END``/``_VALUE_AFTER``).

Headlines and item titles print a space for a comma between two valued clauses; the normaliser closed every space
between two Chinese characters that separates no names, so the two clauses read as one. The family (all dev):
廈門今秋新增學位1.16萬個 普惠率達96% (厦门 2023, http://m.433985.com/xinwen/guoji/2023/0830/249551.html),
新開工1578個 惠及居民56.2萬戶 (江苏 2022, http://guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm),
宁夏将新增3.6万个幼儿学位 普惠性幼儿园覆盖率2025年超90% (宁夏, https://cn.apdnews.com/tag/e146175),
北京今年支持26所中小学建设 新增小学学位8340个 (北京 2019, http://tech.jiangsulong.com/a/2019/0830/1567118460.html),
广西今年支持新建中小学幼儿园85所 全年统筹中央和自治区资金约65亿元… (广西 2023,
http://taonx.net/news/chengshisudi/2023/0228/3036.html), 5G基站总数达483.8万个 平均每万人拥有5G基站34.4个 (通信 2025,
https://reportify.cn/news/1215587113781825536).

The corpus test lists every text whose normalised form the rule changes, against the normaliser without it: the six
dev pages above, no validation page (counted only, never printed), no seed, no whole plan, no held-out text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import kechuang.text.normalise as normalise_module
from kechuang.extract.corpus import load_openings, load_passages, split_of
from kechuang.text.normalise import normalise

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED_SEEDS = Path("/work/shared/seeds")


@pytest.mark.parametrize("raw", [
    "廈門今秋新增學位1.16萬個 普惠率達96%",
    "新開工1578個 惠及居民56.2萬戶",
    "宁夏将新增3.6万个幼儿学位 普惠性幼儿园覆盖率2025年超90%",
    "北京今年支持26所中小学建设 新增小学学位8340个",
    "广西今年支持新建中小学幼儿园85所 全年统筹中央和自治区资金约65亿元投入教育项目建设",
    "中国5G基站总数达483.8万个 平均每万人拥有5G基站34.4个",
    "新增高新技术企业50家以上 科技型中小企业评价入库300家",
])
def test_the_space_between_two_valued_clauses_stays(raw):
    assert normalise(raw) == raw


@pytest.mark.parametrize(("raw", "expected"), [
    ("2021年 全市将新建学校17所", "2021年全市将新建学校17所"),  # a year is no clause's value
    ("技能人才由2015年118.98万人 增长到200万人", "技能人才由2015年118.98万人增长到200万人"),  # the clause goes on
    ("新增3.6万 个幼儿学位", "新增3.6万个幼儿学位"),  # a measure word after the space: one value
    ("新增企业50家 以上", "新增企业50家以上"),  # a bound after the space
    ("新增企业50家 创新能力显著提升", "新增企业50家创新能力显著提升"),  # no value after: layout
    # a justified title (robust41: a figure spaced on both sides reads with its measure word)
    ("关 于 印 发 2023 年 工 作 要 点", "关于印发2023年工作要点"),
    ("第3号 通知第4条", "第3号通知第4条"),  # a number's 号 is no measure of a value
])
def test_other_spaces_between_chinese_characters_still_close(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw", ["县科技局 县财政局", "中共环县委办公室 环县人民政府办公室",
                                 "1 居民消费价格涨幅3%左右 发展改革委"])
def test_names_and_rows_keep_their_space(raw):
    assert normalise(raw) == raw


def test_normalising_twice_changes_nothing():
    for raw in ("廈門今秋新增學位1.16萬個 普惠率達96% 新增企业50家 以上 科 技 部",
                "新增3个 学位 普惠率5% 新建10所 学校 覆盖率 达到90%"):
        once = normalise(raw)
        assert normalise(once) == once


def _texts():
    real = FIXTURES / "real"
    for o in load_openings(real):
        yield split_of(o.source), f"opening:{o.name}", o.text
    for p in load_passages(real):
        yield split_of(p.source), f"passage:{p.name}", p.text
    for path in sorted((real / "plans").glob("*.txt")):
        yield "plan", path.stem, path.read_text("utf-8", "replace")
    for folder in (SHARED_SEEDS, FIXTURES / "seeds"):
        for path in sorted(folder.glob("*.txt")):
            yield "seed", path.stem, path.read_text("utf-8", "replace")
    heldout = FIXTURES / "heldout"
    for path in sorted(heldout.rglob("*.txt")):
        yield "heldout", str(path.relative_to(heldout)), path.read_text("utf-8", "replace")
    for path in sorted(heldout.glob("*.yaml")):
        for i, page in enumerate(yaml.safe_load(path.read_text("utf-8")) or []):
            if isinstance(page, dict) and isinstance(page.get("text"), str):
                yield "heldout", f"{path.stem}#{i}", page["text"]


class _Never:
    @staticmethod
    def match(*_):
        return None


def test_the_rule_changes_only_the_family_s_pages(monkeypatch):
    texts = list(_texts())
    now = [normalise(text) for _, _, text in texts]
    monkeypatch.setattr(normalise_module, "_VALUE_AFTER", _Never)  # the normaliser as it was
    changed: dict[str, list[str]] = {}
    for (split, name, text), new in zip(texts, now, strict=True):
        if normalise(text) != new:
            changed.setdefault(split, []).append(name)
    assert len(changed.pop("validation", [])) == 0  # counted, never listed
    assert changed == {"dev": [
        "passage:bj-beijing-xxjs2019#1", "passage:cn-tongxin-5g2025#1", "passage:fj-xiamen-yeyxw2023#1",
        "passage:gd-huizhou-gzap2026#2",  # fresh46's page (session 46): a graphic's goals printed with spaced clauses
        "passage:gx-guangxi-xjzxxyey2023#1",
        "passage:hl-heilongjiang-yzlxw2021#1",  # tail50's fresh page (merged after fix50): a headline's two goals
        "passage:js-jiangsu-lxxq2022#1",
        "passage:js-yangzhong-msss2026#1", "passage:js-yangzhong-msss2026#2",  # fresh54's page: punctuation stripped
        "passage:nx-ningxia-xqjy#1"]}
