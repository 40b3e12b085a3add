"""Bad input in observation files: units and percent signs in numbers, periods in other shapes, regions by name,
short name or code (ambiguous names named), units that differ from the catalog's, renamed or missing columns."""

import pytest

from kechuang.errors import KechuangError
from kechuang.indicators.catalog import load_catalog
from kechuang.indicators.cells import RegionEntry, RegionIndex, parse_quantity, parse_year, short_name
from kechuang.indicators.observations import import_observations

HEBEI = [RegionEntry("130126", "灵寿县", "石家庄市"), RegionEntry("130104", "桥西区", "石家庄市"),
         RegionEntry("130503", "桥西区", "邢台市"), RegionEntry("130638", "雄县", "保定市"),
         RegionEntry("620921", "金塔县", "酒泉市")]


def write(tmp_path, text, name="obs.csv"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(("cell", "expected"), [("1.85%", (1.85, "%")), ("38家", (38.0, "家")),
                                                ("3.2 万元", (3.2, "万元")), ("1,234.5", (1234.5, None)),
                                                ("NA", (None, None)), ("-2", (-2.0, None))])
def test_numbers_with_units_are_read(cell, expected):
    assert parse_quantity(cell) == expected


@pytest.mark.parametrize(("cell", "reason"), [("约30", "不是一个确定的数值"), ("30-40家", "范围"), ("很多", "不是数字"),
                                              ("38头牛", "不是可识别的单位")])
def test_ambiguous_numbers_are_named(cell, reason):
    with pytest.raises(ValueError, match=reason):
        parse_quantity(cell)


@pytest.mark.parametrize(("cell", "year"), [("2023", 2023), ("2023年", 2023), ("2023年度", 2023), ("2023-12", 2023),
                                            ("2023年12月", 2023), ("2023.0", 2023), ("２０２３年末", 2023)])
def test_periods_in_other_shapes(cell, year):
    assert parse_year(cell) == year


@pytest.mark.parametrize("cell", ["2023-06", "明年", "23", ""])
def test_periods_refused(cell):
    with pytest.raises(ValueError):
        parse_year(cell)


def test_regions_by_code_name_short_name_and_parent():
    index = RegionIndex(HEBEI)
    assert {index.resolve(t) for t in ("130126", "灵寿县", "灵寿", "石家庄灵寿县", "130126.0")} == {"130126"}
    assert index.resolve("邢台市桥西区") == "130503" and index.resolve("雄县") == "130638"
    assert short_name("雄县") == "雄县"
    with pytest.raises(ValueError, match=r"有歧义.*石家庄市桥西区\(130104\).*邢台市桥西区\(130503\)"):
        index.resolve("桥西区")
    with pytest.raises(ValueError, match="未知的地区「外星县」"):
        index.resolve("外星县")


def test_region_outside_scope_is_refused_by_name():
    index = RegionIndex(HEBEI, scope={"130126"})
    with pytest.raises(ValueError, match=r"金塔县.*不在您的管辖范围内"):
        index.resolve("金塔")


def test_file_with_every_bad_shape_names_each_row(tmp_path):
    text = ("地区,指标代码,年份,数值,单位\n"
            "灵寿,hitech_enterprises,2023年,38家,\n"          # 2: accepted
            "130126,rd_intensity,2023年度,1.85%,\n"         # 3: accepted
            "灵寿县,rd_expenditure,2023-12,3.2亿元,\n"         # 4: converted to 万元
            "灵寿县,fiscal_st_expenditure,2022,1500,亿元\n"   # 5: the row's unit converts
            "灵寿县,hitech_enterprises,2022,5%,\n"           # 6: % is no count
            "灵寿县,rd_expenditure,2022,12,家\n"             # 7: 家 is no money
            "桥西区,tech_smes,2022,3,\n"                     # 8: ambiguous
            "金塔县,tech_smes,2022,3,\n"                     # 9: outside the scope
            "灵寿县,tech_smes,2023-06,3,\n")                 # 10: a month
    index = RegionIndex(HEBEI, scope={"130126", "130104", "130503"})
    report = import_observations(write(tmp_path, text), load_catalog(), regions=index, valid_rows=True)
    values = {(o.indicator, o.period): o.value for o in report.observations}
    assert values == {("hitech_enterprises", 2023): 38, ("rd_intensity", 2023): 1.85,
                      ("rd_expenditure", 2023): 32000, ("fiscal_st_expenditure", 2022): 15_000_000}
    assert {o.region for o in report.observations} == {"130126"}
    by_row = {e.row: e for e in report.errors}
    assert sorted(by_row) == [6, 7, 8, 9, 10]
    assert "「%」与指标目录的单位「家」" in by_row[6].message and by_row[6].column == "数值"
    assert "「家」与指标目录的单位「万元」" in by_row[7].message
    assert "有歧义" in by_row[8].message and by_row[8].column == "地区"
    assert "不在您的管辖范围内" in by_row[9].message
    assert "是月份" in by_row[10].message and by_row[10].column == "年份"


@pytest.mark.parametrize(("header", "missing"), [("县区,指标代码,年份,数值", "地区"), ("地区,指标代码,年度份,数值", "年份"),
                                                  ("地区,指标代码,年份,数据", "数值")])
def test_renamed_or_missing_template_columns(tmp_path, header, missing):
    path = write(tmp_path, header + "\n灵寿县,tech_smes,2023,3\n")
    with pytest.raises(KechuangError) as err:
        import_observations(path, load_catalog())
    assert err.value.code == "KC-DATA-COLUMN-MISSING" and f"缺少「{missing}」列" in err.value.message_zh
    assert "表头为:" in err.value.message_zh


def test_empty_file_and_header_only(tmp_path):
    for text in ("", "地区,指标代码,年份,数值\n"):
        with pytest.raises(KechuangError) as err:
            import_observations(write(tmp_path, text), load_catalog())
        assert err.value.code == "KC-DATA-EMPTY"


def test_xlsx_numbers_codes_and_years_read_as_typed(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["地区", "指标代码", "年份", "数值"])
    ws.append([130126, "hitech_enterprises", 2023, 38])
    ws.append(["灵寿县", "rd_intensity", "2023年度", 1.85])
    ws.append(["灵寿县", "tech_smes", 2023, "很多"])
    path = tmp_path / "数据.xlsx"
    wb.save(path)
    report = import_observations(path, load_catalog(), regions=RegionIndex(HEBEI), valid_rows=True)
    assert [(o.region, o.period, o.value) for o in report.observations] == [("130126", 2023, 38), ("130126", 2023, 1.85)]
    assert [(e.row, e.column) for e in report.errors] == [(4, "数值")]


def test_a_broken_xlsx_is_named(tmp_path):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(KechuangError) as err:
        import_observations(path, load_catalog())
    assert err.value.code == "KC-DATA-XLSX" and "无法打开 Excel 文件" in err.value.message_zh
