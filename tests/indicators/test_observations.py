"""Observation import: row-by-row validation, all-or-nothing, the store, the template."""

import csv

import pytest
from openpyxl import load_workbook

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import load_catalog
from kechuang.indicators.observations import append_to_store, import_observations, read_store
from kechuang.indicators.template import write_template

GOOD = "地区,指标代码,年份,数值,来源\n灵寿县,hitech_enterprises,2022,21,科技局\n灵寿县,高新技术企业,2023,26,科技局\n" \
       "灵寿县,rd_intensity,2023,\"0.8%\",统计局\n"
BAD = "地区,指标代码,年份,数值\n灵寿县,hitech_enterprises,2022,21\n灵寿县,不存在的指标,2022,3\n灵寿县,tech_smes,2022,很多\n" \
      "灵寿县,hitech_enterprises,2022,22\n外星县,tech_smes,2022,5\n灵寿县,tech_smes,明年,5\n"


def write(tmp_path, text, name="obs.csv"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_good_file_imports_with_canonical_ids(tmp_path):
    report = import_observations(write(tmp_path, GOOD), load_catalog())
    assert report.ok and len(report.observations) == 3
    assert [o.indicator for o in report.observations] == ["hitech_enterprises", "hitech_enterprises", "rd_intensity"]
    assert report.observations[2].value == 0.8 and report.observations[0].row == 2


def test_every_error_names_file_row_and_column_and_nothing_is_imported(tmp_path):
    path = write(tmp_path, BAD)
    with pytest.raises(KechuangError) as err:
        import_observations(path, load_catalog(), regions={"灵寿县"})
    text = err.value.message_zh
    for expected in ("第 3 行「指标代码」", "第 4 行「数值」", "第 5 行「数值」列:与第 2 行重复", "第 6 行「地区」",
                     "第 7 行「年份」"):
        assert expected in text, expected
    assert "obs.csv" in text
    report = import_observations(path, load_catalog(), regions={"灵寿县"}, valid_rows=True)
    assert len(report.observations) == 1 and len(report.errors) == 5


def test_wide_table_import(tmp_path):
    path = write(tmp_path, "地区,年份,hitech_enterprises,万人发明专利拥有量,未知列\n灵寿县,2022,21,1.5,3\n")
    report = import_observations(path, load_catalog(), valid_rows=True)
    assert {o.indicator for o in report.observations} == {"hitech_enterprises", "invention_patents_per_10k"}
    assert report.errors[0].column == "未知列" and report.errors[0].row == 1


def test_store_is_all_or_nothing(tmp_path):
    store = tmp_path / "db" / "observations.csv"
    first = import_observations(write(tmp_path, GOOD), load_catalog())
    assert append_to_store(store, first.observations) == (3, 0)
    before = store.read_bytes()
    with pytest.raises(KechuangError, match="已存在"):
        append_to_store(store, first.observations)
    assert store.read_bytes() == before
    assert append_to_store(store, first.observations, replace=True) == (0, 3)
    assert len(read_store(store)) == 3
    with open(store, encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == ["region", "indicator", "period", "value", "source", "note"]


def test_template_lists_the_catalog_and_validates_input(tmp_path):
    path = write_template(tmp_path / "t.xlsx", load_catalog(), ["灵寿县"], [2023])
    wb = load_workbook(path)
    assert wb.sheetnames == ["观测数据", "指标目录", "填写说明"]
    assert wb["指标目录"].max_row == len(load_catalog()) + 1
    assert [c.value for c in wb["观测数据"][1]][:5] == ["地区", "指标代码", "指标名称", "年份", "数值"]
    assert len(wb["观测数据"].data_validations.dataValidation) == 3
    # A filled template imports.
    ws = wb["观测数据"]
    ws["E2"] = 12
    wb.save(path)
    report = import_observations(path, load_catalog())
    assert len(report.observations) == 1 and report.observations[0].value == 12


def test_unreadable_files(tmp_path):
    with pytest.raises(KechuangError, match="找不到"):
        import_observations(tmp_path / "none.csv", load_catalog())
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(KechuangError, match="Excel"):
        import_observations(bad, load_catalog())
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"x")
    with pytest.raises(KechuangError, match=r"\.xlsx"):
        import_observations(legacy, load_catalog())
