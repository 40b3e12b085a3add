"""targ48: units the vocabulary lacked, each printed by a dev page and by other real pages (rules/targets.yaml).

- 亩次, an area counted once per crop or per pass: 力争一季度蔬菜播种48635亩次、增幅3% (js-taicang-nyjj2024,
  太仓 2024 农业农村经济, dev); the unit of sowing and crop pests in the ministry's figures (发生面积约24亿亩次:
  pdcphi.com/news/2016/394508.html; 水稻重大病虫累计发生5.3亿亩次: hongniu04.com/a/05221C12R023.html). It was read as
  亩 with 次 left over.
- 课时, the teaching hours a school gives a subject: 各类学校每学期2课时以上消防教育 (sh-huangpu-xf125, 黄浦 “十二五”
  消防规划, dev); 每学期开学第一周和寒(暑)假前安排不少于4课时的消防知识教育课程 (公安部、教育部 2013 通知:
  dyzxw.org/html/article/201308/30/142795.shtml); 每学期安排不少于4课时消防课程 (guyuantaihehotel.com/n/20170321/
  269214.html). No number with 课时 was read before.

The dev sentences are exact substrings of their pages (checked below); the others are quoted from the pages cited."""

from __future__ import annotations

import json

from tests.extract.passages import PASSAGES
from tests.extract.passages import target_rows as _rows

DEV = [
    ("js-taicang-nyjj2024", "力争一季度蔬菜播种48635亩次、增幅3%。"),
    ("sh-huangpu-xf125", "落实全区各类学校每学期2课时以上消防教育和1次以上逃生疏散演练"),
]


def test_dev_sentences_are_quoted_exactly():
    for name, text in DEV:
        page = json.loads((PASSAGES / f"{name}.json").read_text("utf-8"))
        assert any(text in p["text"] for p in page["passages"]), (name, text)


def test_mu_ci_is_one_unit():
    rows = _rows("力争一季度蔬菜播种48635亩次、增幅3%。", 2024)
    assert [(r[2], r[3]) for r in rows if r[2] == 48635] == [(48635, "亩次")], rows
    assert any(r[1] == "growth" and r[2] == 3 for r in rows), rows  # the growth after it still reads
    # 亩 alone and 万亩 keep their reading
    assert [(r[2], r[3]) for r in _rows("保持粮食播种面积稳定在8000万亩以上。", 2019)] == [(8000, "万亩")]
    assert [(r[2], r[3]) for r in _rows("新增高标准农田5000亩。", 2024)] == [(5000, "亩")]


def test_teaching_hours_are_a_count_unit():
    rows = _rows("每学期开学第一周和寒(暑)假前要安排不少于4课时的消防知识教育课程。", 2013)
    assert [(r[2], r[3]) for r in rows] == [(4, "课时")], rows
    assert "消防知识教育课程" in rows[0][0], rows
    # 次 and 小时 are still their own units
    assert [(r[2], r[3]) for r in _rows("每年开展应急演练不少于2次。", 2023)] == [(2, "次")]
