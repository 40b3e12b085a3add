"""``fold_aligned`` folds a text already in NFKC whole (nearly every text) and keeps the last texts it folded: a page
that explains 30 hits against one demand folds the demand once. Its answer is the per-character fold's."""

from __future__ import annotations

import sys
import unicodedata

from kechuang.matching.explain import common_passages
from kechuang.matching.text import fold_aligned
from kechuang.text.traditional import t2s_table


def per_character(text: str) -> str:
    """The fold as it was written first: NFKC character by character, the first character of a longer form."""
    out = []
    for ch in text:
        f = unicodedata.normalize("NFKC", ch)
        out.append(f[0] if f else " ")
    return "".join(out).translate(t2s_table()).lower()


TEXTS = ["设施蔬菜水肥一体化智能控制系统研发与示范", "ＱＡＹ２５型玄武岩纤维（连续）", "農業科技成果轉化與產業化",
         "㎡ ℃ ① ﬁ ㍻ Å café e\u0301 İ", "Ｘ光机 GV009 5G 基站", ""]


def test_the_fold_is_the_per_character_fold():
    for text in TEXTS:
        assert fold_aligned(text) == per_character(text), text
        assert len(fold_aligned(text)) == len(text.lower())  # offsets survive


def test_a_character_that_folds_to_another_is_never_folded_whole():
    """Every code point whose NFKC differs from itself makes the text around it not NFKC, so the whole-text path
    is taken only when no character would change."""
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if unicodedata.normalize("NFKC", ch) != ch:
            assert not unicodedata.is_normalized("NFKC", f"农业{ch}技术"), hex(cp)


def test_one_query_is_folded_once_for_many_hits():
    fold_aligned.cache_clear()
    query = "食用菌菌渣基质化利用新工艺\n以菌渣为主料制备蔬菜育苗基质,替代草炭。"
    for i in range(30):
        common_passages(query, f"菌渣基质化利用技术{i}")
    info = fold_aligned.cache_info()
    assert info.misses == 31 and info.hits == 29
