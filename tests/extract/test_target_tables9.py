"""Goal tables flattened to text, round 9: a quota table by place, a goal table turned on its side, a header whose
cells carry explanations.

Real sources: the dev corpus' cn-guoban-xzbkz1996 (国办发〔1996〕32号 附表, gov.cn content_5345284: 单位:人 over a
header 省(市) | 1995年招生人数 | 扩招 | 分年度招生任务 | 1996年 | 1997年 | 1998年, one cell a line, a row per passage)
and cn-yiyang-xczxzb2022 (yiyang.gov.cn 乡村振兴主要指标: 主要指标 | names, then 2022年目标值 | values, then 属性); the
held-out tables in tests/fixtures/heldout/tables.yaml (chujuan.cn: the 十四五 agricultural modernisation plan's
indicators one cell a line, 2020年基期值(起始日期用作比较的数据), 年均增(5年累计)). Before round 9 the extractor read
none of these tables' targets (F1 0.045 on the quota table's passages, 0 on the turned tables, 0 held out).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kechuang.extract import extract_text

HELD_OUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout" / "tables.yaml"
KEYS = ("indicator", "kind", "value", "unit", "year", "recurring")


def _rows(text: str, plan_year: int | None):
    return [(t.indicator, t.kind, t.value, t.unit, t.year, t.recurring)
            for t in extract_text(text, plan_year=plan_year).targets]


# cn-guoban-xzbkz1996: one row of the quota table (as the corpus passage prints it, the header above each row).
QUOTA_HEADER = "内地西藏初中班（校）扩大招生计划表\n单位：人\n省（市）\n1995年招生人数\n扩招\n分年度招生任务\n1996年\n1997年\n1998年\n"


def test_a_quota_table_by_place_gives_each_year_column_and_the_added_column_the_table_unit():
    rows = _rows(QUOTA_HEADER + "江苏\n100\n100\n120\n140\n200", 1996)
    assert rows == [("江苏扩招", "level", 100, "人", 1998, False),
                    ("江苏分年度招生任务", "level", 120, "人", 1996, False),
                    ("江苏分年度招生任务", "level", 140, "人", 1997, False),
                    ("江苏分年度招生任务", "level", 200, "人", 1998, False)]


def test_the_base_year_count_of_a_quota_table_is_history():
    rows = _rows(QUOTA_HEADER + "河北\n30\n30\n45\n45\n75", 1996)
    assert 30 in [r[2] for r in rows if r[0] == "河北扩招"]
    assert len(rows) == 4  # 1995年招生人数 (30) is the base, not a target


# cn-yiyang-xczxzb2022: the table turned on its side (a row label alone on its line, the row's cells below it).
YIYANG = """主 要 指 标 |
粮食综合生产能力 | 农业科技进步贡献率 | 农业劳动生产率 | 农产品加工产值与农业产值比 | 休闲农业与乡村旅游接待人数 |
2022 年 目 标 值 |
>6亿吨 | 61.5% | 5.5万元/人 | 2.5 | 32亿人次 |
属 性 | 约束性 | 预期性 | 预期性 | 预期性 | 预期性 |"""
YIYANG_TARGETS = [("粮食综合生产能力", "level", 6, "亿吨", 2022, False),
                  ("农业科技进步贡献率", "level", 61.5, "%", 2022, False),
                  ("农业劳动生产率", "level", 5.5, "万元/人", 2022, False),
                  ("农产品加工产值与农业产值比", "level", 2.5, None, 2022, False),
                  ("休闲农业与乡村旅游接待人数", "level", 32, "亿人次", 2022, False)]


def test_a_goal_table_turned_on_its_side_pairs_each_name_with_the_value_under_it():
    assert _rows(YIYANG, None) == YIYANG_TARGETS


def test_the_turned_table_with_each_row_label_on_the_line_of_its_cells():
    joined = YIYANG.replace(" |\n", " | ", 1).replace("值 |\n", "值 | ")
    assert joined.count("\n") == 2
    assert _rows(joined, None) == YIYANG_TARGETS


def test_a_turned_table_whose_rows_are_a_base_year_and_a_target_year_reads_the_target_year_only():
    text = YIYANG.replace("2022 年 目 标 值 |", "2020年(基期) |\n>5亿吨 | 60% | 5万元/人 | 2 | 30亿人次 |\n2022 年 目 标 值 |")
    assert _rows(text, 2021) == YIYANG_TARGETS


def test_names_with_no_row_of_values_under_them_are_no_table():
    text = "主 要 指 标 |\n粮食综合生产能力 | 农业科技进步贡献率 |\n全市上下要抓好粮食生产。"
    assert _rows(text, None) == []


def test_held_out_tables_from_pages_outside_the_corpus():
    from kechuang.extract.corpus import _match
    from kechuang.extract.scoring import _same_target

    found = predicted = gold_count = 0
    for page in yaml.safe_load(HELD_OUT.read_text("utf-8")):
        assert page["address"].startswith("http")
        pred = [dict(zip(KEYS, row, strict=True)) for row in _rows(page["text"], page["plan_year"])]
        missed, _spurious = _match(page["targets"], pred, _same_target)
        found += len(page["targets"]) - len(missed)
        predicted += len(pred)
        gold_count += len(page["targets"])
    assert found == gold_count == predicted  # every target of the 2025 column, nothing from the base or summed ones
