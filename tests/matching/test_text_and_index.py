"""Folding, segmentation, bounded queries, explanations, save/load and incremental updates."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kechuang.errors import KechuangError
from kechuang.matching import DuplicateIndex, MatchIndex, Record, fold, query_tokens, rerank, tokenize
from kechuang.matching.records import applicant_relation
from tests.timing import assert_under

# Real titles (tests/fixtures/matching/records.tsv) in the script their page used.
TRAD = "複雜地質條件儲層煤層氣高效開發關鍵技術及其應用"
SIMP = "复杂地质条件储层煤层气高效开发关键技术及其应用"


def test_fold_width_script_and_case():
    assert fold("ＱＡＹ２５全地面起重機") == "qay25全地面起重机"
    assert fold(TRAD) == SIMP


def test_domain_terms_and_catalog_names_stay_whole():
    assert "煤层气" in tokenize(TRAD)
    assert "关键技术" in tokenize(SIMP)
    assert "科技局" in tokenize("县科技局牵头")
    assert "高新技术企业数" in tokenize("高新技术企业数达到50家")  # an indicator name from the catalog


def test_bad_queries_are_refused_quickly():
    for text, code in [("", "KC-MATCH-EMPTY"), ("的 和 与 及其 项目", "KC-MATCH-STOPWORDS"),
                       ("煤层气" * 3400, "KC-MATCH-TOO-LONG")]:
        def refuse(text: str = text) -> KechuangError:
            with pytest.raises(KechuangError) as err:
                query_tokens(text)
            return err.value
        error = assert_under(refuse, 1.0, text[:10])
        assert error.code == code
        assert "查询" in error.message_zh


def test_a_50000_character_summary_costs_bounded_time():
    rec = Record(id="x", title="秸秆综合利用", summary="秸秆还田与饲料化利用技术示范。" * 3300)
    assert_under(lambda: MatchIndex([rec]).search("秸秆饲料化"), 5.0)


def test_duplicate_check_of_two_50000_character_summaries_costs_bounded_time():
    long_a = "秸秆还田与饲料化利用技术示范," * 3400
    long_b = "秸秆饲料化与能源化利用技术集成," * 3200
    dup = DuplicateIndex([Record(id="old", title="秸秆综合利用技术示范", summary=long_a)])
    top = assert_under(lambda: dup.check(Record(id="new", title="秸秆综合利用技术集成", summary=long_b)), 5.0)
    assert top and top[0].record.id == "old"


def test_jieba_cache_goes_to_the_configured_directory(tmp_path):
    code = "from kechuang.matching import tokenize; tokenize('煤层气高效开发')"
    env = {**os.environ, "KECHUANG_JIEBA_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
    assert list((tmp_path / "cache").glob("jieba*.cache"))


def _library():
    return [Record(id="J3", title=SIMP, applicant="河南理工大学", fields=("能源",)),
            Record(id="I2", title="盾构法隧道施工测控关键技术", applicant="城建集团", fields=("交通",)),
            Record(id="L7", title="高壓富水長大鐵路隧道修建關鍵技術及工程應用", applicant="中鐵十二局集團有限公司")]


def test_search_explains_terms_fields_and_passages():
    index = MatchIndex(_library())
    best = index.search(Record(id="q", title="铁路隧道修建技术", fields=("交通",)), k=2)[0]
    assert best.record.id == "L7"
    assert "隧道" in best.explanation.shared_terms
    start, end = best.explanation.passages["title"][0]
    assert best.record.title[start:end] in ("鐵路隧道修建", "隧道修建")


def test_save_load_and_incremental_add(tmp_path):
    index = MatchIndex(_library()[:2])
    index.save(tmp_path / "ix")
    loaded = MatchIndex.load(tmp_path / "ix")
    assert [m.record.id for m in loaded.search("煤层气开发")] == ["J3"]
    loaded.add([_library()[2]])
    assert loaded.search("铁路隧道")[0].record.id == "L7"
    with pytest.raises(KechuangError):
        MatchIndex.load(tmp_path / "missing")


def test_duplicate_check_across_scripts_and_applicants():
    dup = DuplicateIndex(_library())
    new = Record(id="n", title=TRAD, applicant="山西潞安礦業(集團)有限責任公司")
    top = dup.suspects(new)
    assert [s.record.id for s in top] == ["J3"]
    assert top[0].explanation.passages["title"] == [(0, len(SIMP))]
    assert dup.suspects(Record(id="m", title="藤茶高效种植和加工关键技术研究与应用")) == []
    pairs = dup.batch([new, Record(id="n2", title=SIMP, applicant="河南理工大学")])
    assert {tuple(sorted((a, s.record.id))) for a, s in pairs} >= {("J3", "n"), ("n", "n2")}


def test_applicant_relation():
    assert applicant_relation("湖北大洋塑胶有限公司", "湖北大洋塑胶股份有限公司") == "same"
    assert applicant_relation("中铁十二局集团有限公司", "中铁十二局集团第二工程有限公司") == "related"
    assert applicant_relation("郑州大学", "河南理工大学") == ""
    assert applicant_relation("山东省农业机械有限公司", "山东省农村信用合作社") == ""  # only the province in common
    assert applicant_relation("山东银香伟业集团有限公司", "银香伟业乳业有限公司") == "related"


def test_rerank_prefers_agreeing_field_maturity_and_budget():
    lib = [Record(id="a", title="智能巡检机器人", fields=("装备",), maturity=7, budget=80.0),
           Record(id="b", title="智能巡检机器人", fields=("农业",), maturity=3, budget=300.0)]
    demand = Record(id="d", title="需要智能巡检机器人", fields=("装备",), maturity=6, budget=100.0)
    ranked = rerank(demand, MatchIndex(lib).search(demand, k=2))
    assert [m.record.id for m in ranked] == ["a", "b"]
    assert ranked[0].explanation.parts["maturity"] > ranked[1].explanation.parts["maturity"]


def test_a_removed_record_is_no_longer_found_nor_suspected():
    """A changed record is removed and added again with its new text: neither the search nor the duplicate check
    finds the old text afterwards, and the others keep their places."""
    old = Record(id="p1", title="石墨烯改性沥青路面材料制备工艺", summary="研究石墨烯分散工艺及改性沥青性能。")
    other = Record(id="p2", title="小麦玉米周年高产栽培技术集成", summary="集成小麦玉米周年高产栽培关键技术。")
    dup = DuplicateIndex([old, other])
    again = Record(id="new", title=old.title, summary=old.summary)
    assert dup.check(again)[0].record.id == "p1"
    new = Record(id="p1", title="设施蔬菜水肥一体化智能控制系统", summary="土壤墒情监测与水肥一体化控制。")
    dup.remove(["p1", "absent"])
    dup.add([new])
    assert len(dup) == 2 and {r.id for r in dup.index.records} == {"p1", "p2"}
    assert all(s.score < 0.3 for s in dup.check(again))
    assert dup.index.search("水肥一体化")[0].record.title == new.title
    assert not [m for m in dup.index.search("改性沥青") if m.record.id == "p1"]
    assert dup.check(Record(id="q", title=other.title, summary=other.summary))[0].record.id == "p2"  # positions renumbered: the LSH still names the right record


def test_an_unpickled_index_scores_with_numpy_s_own_dtypes():
    """A snapshot keeps the BM25 arrays (no rebuild on load); unpickled arrays carry an equal copy of their dtype,
    for which ``np.add.at`` takes a ~10x slower path: the index gives them numpy's own dtype objects back."""
    import pickle

    import numpy as np

    index = MatchIndex([Record(id="a", title="食用菌菌渣制备育苗基质技术", summary="菌渣好氧发酵"),
                        Record(id="b", title="玄武岩纤维连续拉丝工艺", summary="玄武岩熔融拉丝")])
    before = [m.record.id for m in index.search("菌渣基质")]
    loaded = pickle.loads(pickle.dumps(index, protocol=5))
    assert loaded._retrievers and not loaded._stale  # kept, not rebuilt
    for retriever in loaded._retrievers.values():
        for arr in (v for v in retriever.scores.values() if isinstance(v, np.ndarray)):
            assert arr.dtype is np.dtype(arr.dtype.name)
    assert [m.record.id for m in loaded.search("菌渣基质")] == before == ["a"]
