"""Matching for the resource libraries: text folding and segmentation, BM25 and n-gram retrieval, the
duplicate check (MinHash/LSH), re-ranking, explanations. Pure Python; never imports Django."""

from kechuang.matching.duplicates import DuplicateIndex, Suspect
from kechuang.matching.index import Match, MatchIndex
from kechuang.matching.records import Record, applicant_relation
from kechuang.matching.rerank import rerank
from kechuang.matching.text import fold, query_tokens, tokenize

__all__ = ["DuplicateIndex", "Match", "MatchIndex", "Record", "Suspect", "applicant_relation", "fold",
           "query_tokens", "rerank", "tokenize"]
