"""The real-corpus harness scores what it should: a tiny corpus written here, one miss of each kind."""

from __future__ import annotations

import json

from kechuang.extract.corpus import corpus_size, score_corpus, split_of

PASSAGE = "到2025年,全县高新技术企业达到30家,科技型中小企业达到120家。(县科技局牵头,县财政局配合)"


def _write(root, source, targets, assignments):
    (root / "passages").mkdir(parents=True, exist_ok=True)
    (root / "openings").mkdir(parents=True, exist_ok=True)
    data = {"source": source, "province": "河北省", "title": "某县方案", "plan_year": 2023,
            "passages": [{"text": PASSAGE, "targets": targets, "assignments": assignments}]}
    (root / "passages" / "x.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _source(split):
    return next(f"https://example.gov.cn/{i}.html" for i in range(100) if split_of(f"https://example.gov.cn/{i}.html") == split)


def test_split_is_fixed_by_the_source_and_about_three_in_ten():
    sources = [f"https://example.gov.cn/{i}.html" for i in range(1000)]
    share = sum(split_of(s) == "validation" for s in sources) / len(sources)
    assert 0.25 < share < 0.35
    assert split_of(sources[0]) == split_of(sources[0] + "  ")


def test_a_missed_and_a_spurious_item_are_counted_and_listed(tmp_path):
    source = _source("dev")
    gold_targets = [
        {"indicator": "高新技术企业", "kind": "level", "value": 30, "unit": "家", "year": 2025},
        {"indicator": "科技型中小企业", "kind": "level", "value": 999, "unit": "家", "year": 2025},  # wrong on purpose
    ]
    _write(tmp_path, source, gold_targets, [{"role": "lead", "unit": "县科技局"}])
    score = score_corpus(tmp_path, "dev")
    t, a = score.counts["targets"], score.counts["assignments"]
    assert (t.tp, t.gold) == (1, 2) and t.pred >= 2
    assert (a.tp, a.gold) == (1, 1) and a.pred == 2  # 县财政局 (cooperating) is not in this gold
    kinds = {(m.part, m.kind) for m in score.misses}
    assert ("targets", "missed") in kinds and ("assignments", "spurious") in kinds
    assert score_corpus(tmp_path, "validation").counts["targets"].gold == 0
    size = corpus_size(tmp_path)
    assert size["dev"] == {"openings": 0, "passages": 1, "targets": 2, "tails": 1} and size["provinces"] == ["河北"]


def test_province_names_with_and_without_their_suffix_count_once():
    from kechuang.extract.corpus import province_key

    assert {province_key(n) for n in ("浙江省", "浙江", " 浙江省")} == {"浙江"}
    assert province_key("广西壮族自治区") == province_key("广西") == "广西"
    assert province_key("上海市") == "上海" and province_key("全国") == "全国"
