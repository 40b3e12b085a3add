"""The enterprise workbook: the template reads back, and every bad input of the issue is named by sheet, row and
column in Chinese while good rows are kept."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from kechuang.enterprises import read_enterprises, write_enterprise_template
from kechuang.enterprises.columns import ENTERPRISE, FIGURES, IP
from kechuang.errors import KechuangError

GOOD_USCC = "91110000600037341L"


def workbook(tmp_path, enterprises=(), figures=(), ip=(), name="企业.xlsx"):
    """A workbook with the template's headers and the given rows."""
    book = Workbook()
    book.remove(book.active)
    for title, columns, rows in (("企业信息", ENTERPRISE, enterprises), ("年度数据", FIGURES, figures),
                                 ("知识产权", IP, ip)):
        sheet = book.create_sheet(title)
        sheet.append([c.header for c in columns])
        for row in rows:
            sheet.append(list(row))
    path = tmp_path / name
    book.save(path)
    return path


def firm(uscc="", name="星河科技有限公司", **kw):
    values = {"address": "科创路 1 号", "industry": "C3979", "size": "小型", "registered": "2019-05-20"} | kw
    return [uscc, name, values["address"], values["industry"], values["size"], values["registered"]]


def figures(name="星河科技有限公司", year=2025, employees=100, tech=20, sales=4000, rd=200, uscc=""):
    return [uscc, name, year, employees, tech, sales, 4200, rd, rd, 3000, 2000, 5000, 3600]


def test_the_template_has_the_three_sheets_and_reads_back_empty(tmp_path):
    path = write_enterprise_template(tmp_path / "模板.xlsx")
    assert load_workbook(path).sheetnames == ["企业信息", "年度数据", "知识产权", "填写说明"]
    result = read_enterprises(path)
    assert result.ok and not result.enterprises and not result.warnings
    assert load_workbook(path)["年度数据"]["C1"].value == "年度*"


def test_good_rows_are_read_with_types(tmp_path):
    path = workbook(tmp_path, [firm(GOOD_USCC)], [figures(uscc=GOOD_USCC, year=y) for y in (2023, 2024, 2025)],
                    [[GOOD_USCC, "", "Ⅰ类", "发明专利", "ZL2020100000001", "一种装置", "2024-01-05", "否"]])
    result = read_enterprises(path)
    assert result.ok, result.errors
    enterprise = result.enterprises[0]
    assert (enterprise.uscc, enterprise.size, enterprise.registered_on) == (GOOD_USCC, "small", dt.date(2019, 5, 20))
    assert enterprise.name_key == "星河科技有限公司" and enterprise.row == 2
    assert [f.year for f in result.figures] == [2023, 2024, 2025]
    assert result.figures[0].values["sales_revenue"] == 4000
    assert result.ip[0].ip_class == "I" and result.ip[0].granted_on == dt.date(2024, 1, 5)


@pytest.mark.parametrize(("cell", "value"), [("1,234.5万元", 1234.5), ("1,234.5", 1234.5), ("２亿元", 20000),
                                             ("12,345,000元", 1234.5), (" 86 万 ", 86), (1234.5, 1234.5)])
def test_figures_with_units_or_commas_are_read(tmp_path, cell, value):
    row = figures(sales=cell, rd=10)
    result = read_enterprises(workbook(tmp_path, figures=[row]))
    assert result.ok, result.errors
    assert result.figures[0].values["sales_revenue"] == pytest.approx(value)


@pytest.mark.parametrize(("cell", "reason"), [("1,23", "不是数字"), ("12%", "单位「%」"), ("约100", "不是数字"),
                                              ("100美元", "单位「美元」")])
def test_ambiguous_figures_are_refused_naming_row_and_column(tmp_path, cell, reason):
    result = read_enterprises(workbook(tmp_path, figures=[figures(), figures(year=2024, sales=cell)]))
    assert len(result.figures) == 1
    error = result.errors[0]
    assert (error.sheet, error.row, error.column) == ("年度数据", 3, "销售收入(万元)")
    assert reason in error.reason
    assert str(error).startswith("企业.xlsx 工作表「年度数据」第 3 行「销售收入(万元)」:")


def test_impossible_figures_are_refused(tmp_path):
    rows = [figures(year=2021, employees=10, tech=12), figures(year=2022, sales=100, rd=1001),
            figures(year=2023, sales=-5), figures(year=2024, sales=100, rd=1000)]
    result = read_enterprises(workbook(tmp_path, figures=rows))
    reasons = {(e.row, e.column): e.reason for e in result.errors}
    assert reasons[(2, "科技人员(人)")] == "科技人员(12)多于职工总数(10)"
    assert "10 倍" in reasons[(3, "研发费用(万元)")]
    assert reasons[(4, "销售收入(万元)")] == "不能为负数"
    assert [f.year for f in result.figures] == [2024]  # exactly ten times is possible


def test_bad_and_duplicate_uscc(tmp_path):
    rows = [firm(GOOD_USCC), firm(GOOD_USCC, name="另一家有限公司"), firm("12345", name="第三家有限公司"),
            firm("91110000600037341A", name="试点代码有限公司")]
    result = read_enterprises(workbook(tmp_path, rows))
    assert [e.name for e in result.enterprises] == ["星河科技有限公司", "试点代码有限公司"]
    errors = {e.row: e for e in result.errors}
    assert errors[3].reason == "统一社会信用代码与第 2 行重复" and errors[3].column == "统一社会信用代码"
    assert "应为 18 位" in errors[4].reason
    assert result.warnings[0].row == 5 and "校验位" in result.warnings[0].reason
    assert result.enterprises[1].uscc == "91110000600037341A"


def test_near_identical_names_within_the_file(tmp_path):
    rows = [firm(name="星河科技有限公司"), firm(name="星河科技有限责任公司"), firm(name="（星河）科技有限公司")]
    result = read_enterprises(workbook(tmp_path, rows))
    assert len(result.enterprises) == 1
    assert [(e.row, e.reason) for e in result.errors] == [(3, "企业名称与第 2 行相同或几乎相同"),
                                                          (4, "企业名称与第 2 行相同或几乎相同")]


def test_bad_cells_of_the_enterprise_sheet(tmp_path):
    rows = [firm(size="特大"), firm(name="乙有限公司", industry="XYZ"), firm(name="丙有限公司", registered="2019-13-01"),
            firm(name="")]
    result = read_enterprises(workbook(tmp_path, rows))
    assert not result.enterprises
    assert [(e.row, e.column) for e in result.errors] == [(2, "企业规模"), (3, "国民经济行业分类代码"), (4, "成立日期"),
                                                          (5, "企业名称")]


def test_missing_years_and_duplicate_years(tmp_path):
    rows = [figures(year=2023), figures(year=2025), figures(year="2025年")]
    result = read_enterprises(workbook(tmp_path, figures=rows))
    assert [(e.row, e.reason) for e in result.errors] == [(4, "2025 年度数据与第 3 行重复")]
    assert [(w.row, w.reason) for w in result.warnings] == [(3, "「星河科技有限公司」缺少 2024 年度数据")]


def test_a_figure_row_must_name_its_enterprise(tmp_path):
    result = read_enterprises(workbook(tmp_path, figures=[figures(name="")]))
    assert result.errors[0].reason == "统一社会信用代码与企业名称至少填一项"


def test_a_required_column_missing_is_one_error(tmp_path):
    book = Workbook()
    book.active.title = "年度数据"
    book.active.append(["企业名称", "销售收入"])
    book.active.append(["甲", 1])
    book.save(tmp_path / "缺列.xlsx")
    result = read_enterprises(tmp_path / "缺列.xlsx")
    assert [(e.row, e.column, e.reason) for e in result.errors] == [(1, "年度", "缺少必填列")]


def test_ip_rows_refuse_a_bad_class_and_duplicate_numbers(tmp_path):
    rows = [["", "甲有限公司", "Ⅱ类", "实用新型", "ZL1", "", "", "是"], ["", "甲有限公司", "三类", "商标", "ZL2", "", "", ""],
            ["", "甲有限公司", "2", "软件著作权", "ZL1", "", "", ""]]
    result = read_enterprises(workbook(tmp_path, ip=rows))
    assert [ip.used_for_hitech for ip in result.ip] == [True]
    assert [(e.row, e.column) for e in result.errors] == [(3, "类别"), (4, "编号")]


def test_files_that_are_no_workbook_are_refused(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"not a zip")
    for path in (tmp_path / "a.xlsx", tmp_path / "none.xlsx", tmp_path / "a.csv"):
        with pytest.raises(KechuangError) as error:
            read_enterprises(path)
        assert error.value.code == "KC-ENT-FILE"
    book = Workbook()
    book.active.title = "Sheet1"
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(KechuangError, match="企业信息"):
        read_enterprises(tmp_path / "other.xlsx")


def test_a_title_row_above_the_header_and_blank_rows_keep_row_numbers(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "企业信息"
    sheet.append(["某县企业信息表(2026 年)"])
    sheet.append([c.header for c in ENTERPRISE])
    sheet.append(firm(name="甲（杭州）科技有限公司"))
    sheet.append([])
    sheet.append(firm(name="乙有限公司", size="超大"))
    book.save(tmp_path / "标题.xlsx")
    result = read_enterprises(tmp_path / "标题.xlsx")
    assert [(e.row, e.name) for e in result.enterprises] == [(3, "甲（杭州）科技有限公司")]  # brackets as written
    assert [(e.row, e.column) for e in result.errors] == [(5, "企业规模")]
