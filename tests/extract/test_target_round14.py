"""Round-14 held-out target pages (tests/fixtures/heldout/targets_round14.yaml): the shapes fresh pages lost — goals
tables flattened to text, long mixed goal lists, news prints of a plan's goals, and numbers that are no targets
(history, baselines, subsidy parameters, tables of past years) — on hosts the corpus and the other held-out lists do
not hold, annotated by hand before the extractor ran on them. The first figure is out of sample; the rules below were
written after it, each from two real documents, and moved neither the dev nor the validation figure the wrong way."""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text
from kechuang.extract.targets.years import years
from tests.extract.passages import held_out_f1

HELD_OUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "targets_round14.yaml"


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year) for t in extract_text(text, plan_year=plan_year).targets]


def test_round14_pages_are_outside_the_corpus_and_cover_the_shapes():
    pages = yaml.safe_load(HELD_OUT.read_text("utf-8"))
    corpus = (HELD_OUT.parent.parent / "real" / "SOURCES.md").read_text("utf-8")
    others = "".join(p.read_text("utf-8") for p in HELD_OUT.parent.glob("*.yaml") if p != HELD_OUT)
    hosts = {page["address"].split("/")[2] for page in pages}
    assert len(hosts) == len(pages) == 19 and sum(len(page["targets"]) for page in pages) >= 40
    assert not [host for host in hosts if host in corpus]
    # no page of another held-out list; the assignments round written at the same time took other pages of two of
    # these hosts (policy aggregators: chacewang.com, xiaomilidoc.com), so hosts may now repeat across the lists
    assert not [page["address"] for page in pages if page["address"] in others]
    assert {page["shape"] for page in pages} == {"table", "list", "negatives"}


# Main's rules at round 14's start, before any change: F1 0.672 (44 of 69 found, 62 predicted; lists 0.781, tables
# 0.286, negative pages 10 numbers read as targets). After the round's rules: 0.744 (48 found, 60 predicted; the news
# print on gmw.cn has plan_year 2025, its page's year, as the other pages do: it was written 2021 at first, a slip; main's
# rules score the corrected list 0.677: 44 found, 61 predicted). Misses left, by kind (documents): a table whose cells the page runs together
# (指标名称计量单位2020 年目标值…, one page, 10 targets), a report's numbers in the paragraphs after a bulletin
# (林草产业总产值近11万亿元…, one page, 4 spurious), 比上年/从目前的…再 as the name of an increase (two pages), subsidy
# caps (不超过500万元的部分, 申领不超过10万元: one page), 实现倍增 as a multiple, one value shared by comma-separated
# names (…投資,…投資均增長12%), a value before 等一系列…目标, a past period (“十二五”前四年) — each on one page.
def test_round14_held_out_pages():
    assert held_out_f1(HELD_OUT) >= 0.744


# A count of percentage points is a change, with or without a verb of rising before it: all six dev documents whose
# gold counts 个百分点 read it as an increase (平昌 2020: 畜禽粪污资源化利用率超全省平均水平3个百分点以上, read as a level
# before; 湖南 2025: 常住人口城镇化率提高0.9个百分点; 常熟 2018: 工业增加值率提升0.5个百分点以上), and so does a held-out
# news print (dezenewtech, 山西 2014: 常住人口城鎮化率目標為54.06%,比上年提高1.5個百分點).
def test_a_count_of_percentage_points_is_an_increase():
    rows = _rows("畜禽粪污资源化利用率超全省平均水平3个百分点以上。", 2020)
    assert [(r[1], r[2], r[3]) for r in rows] == [("increase", 3, "个百分点")]
    assert _rows("常住人口城镇化率提高0.9个百分点。", 2025)[0][1:4] == ("increase", 0.9, "个百分点")
    rows = _rows("常住人口城鎮化率目標為54.06%,比上年提高1.5個百分點。", 2014)
    assert [(r[1], r[2]) for r in rows] == [("level", 54.06), ("increase", 1.5)]
    assert _rows("规模以上工业增加值增长8.8%,高于全省增速0.8个百分点。", 2020)[1:] == []  # a comparison, no goal


# A news print of a plan's goals states the deadline in its lead paragraph and the goals in the later ones, under no
# heading: the deadline dates them (fortuneinsight, 十四五新型城镇化实施方案 2022, in the held-out list; wszk.we54.com,
# 天津市乡村建设行动实施方案 2022, found by search after the rule was written and annotated before it ran: 0 of 5
# targets dated before, 5 after). Dev and validation unchanged; a heading still ends the lead's reach.
def test_a_lead_paragraphs_deadline_dates_the_goals_of_later_unheaded_paragraphs():
    text = ("《实施方案》提出,到2025年,本市乡村建设取得实质性进展。\n据介绍,《方案》将实施“九大工程”,包括创建100个乡村"
            "振兴示范村;精准扶持800个经济薄弱村;农村自来水普及率达到99.7%;农村供电可靠率达到99.955%,建设150个农产品产地"
            "冷藏保鲜设施,推进鲜活农产品低温处理和产后减损,完善冷链物流体系等。")
    rows = _rows(text, 2022)
    assert [(r[2], r[3], r[4]) for r in rows] == [(100, "个", 2025), (800, "个", 2025), (99.7, "%", 2025),
                                                   (99.955, "%", 2025), (150, "个", 2025)]
    text = ("通知提及到2025年,全國常住人口城鎮化率穩步提高。\n城市可持續發展能力明顯增強,新增建設用地規模控制在2950萬畝以內,"
            "城市建成區綠化覆蓋率超過43%。")
    assert [r[4] for r in _rows(text, 2022)] == [2025, 2025]
    # a past deadline dates nothing, and a heading ends the lead's reach (its section states its own year or none)
    title = "某县乡村建设行动实施方案\n"
    assert [r[4] for r in _rows(title + "方案提出,到2020年,全县基本建成。\n农村自来水普及率达到99.7%。", 2022)] == [None]
    assert [r[4] for r in _rows(title + "方案提出,到2025年,建成示范区。\n一、重点任务\n农村自来水普及率达到99.7%。",
                                2022)] == [None]


# 上年末 / 去年底 is the end of the year before, not the plan's own 年末 (gmw.cn 2025: 2024年末,…参保人数约10.73亿人,
# 比上年末增加636万人 — the 636 was dated the plan's year; m.92880.cn, 2005 统计公报 news: …为17444萬人,比上年末增加
# 1091萬人): no year of its own, so the sentence's past year (2024年末) governs it.
def test_last_years_end_is_not_the_plans_year():
    text = "人力资源社会保障部数据显示,2024年末,我国基本养老保险参保人数约10.73亿人,比上年末增加636万人。"
    assert _rows(text, 2025) == []
    assert [m.year for m in years("比上年末增加1091萬人", 0, 0, 2006)] == []
    assert [m.year for m in years("年末,全县达到21%", 0, 0, 2006)] == [2006]
