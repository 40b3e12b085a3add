"""fix51 (review 36, item 6): the reader of clauses splits a text passed as normalised (``normalised=True``) where
the normaliser keeps a space between two valued clauses, by one test (``normalise.valued_clauses_meet``), not a
second copy with rules of its own. The copy split where the normaliser closes the space: before a verb of change
that continues the clause (由2015年118.98万人 增长到200万人, 贵州 “十四五” 人才 plan, majiang.gov.cn, dev, cited in
text/normalise.py) or a measure word."""

from __future__ import annotations

import pytest

from kechuang.extract.targets.paragraph import _read_clauses
from kechuang.text.normalise import normalise


@pytest.mark.parametrize("line", [
    "人才总量由2015年118.98万人 增长到200万人",  # a verb of change continues the clause: one
    "新增企业50家 提高到80家",
    "全社会研发投入达到8亿元 比上年增长15%",
    "廈門今秋新增學位1.16萬個 普惠率達96%",  # two valued clauses: two
    "北京今年支持26所中小学建设 新增小学学位8340个",
    "新增高新技术企业50家以上 科技型中小企业评价入库300家",
    "县科技局 县财政局",  # names: no value, one
])
def test_a_spaced_line_splits_where_the_normaliser_keeps_its_space(line):
    kept = " " in normalise(line + "\n").strip()
    assert len(_read_clauses(line)) == (2 if kept and any(c.isdigit() for c in line) else 1)
