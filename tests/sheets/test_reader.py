"""The generic table reader every library's import uses: renamed columns, title rows, units, bad cells named by
file, sheet, row and column, repeats, bounds, and files that are not tables."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from kechuang.errors import KechuangError
from kechuang.sheets import Column, read_table, write_rows, write_template

COLUMNS = (
    Column("title", "项目名称", required=True, aliases=("名称", "课题名称")),
    Column("summary", "项目简介", "longtext", max_chars=200),
    Column("budget", "经费(万元)", "money"),
    Column("year", "年度", "year", required=True),
    Column("status", "状态", "choice", choices={"申报": "applied", "立项": "approved"}),
    Column("fields", "技术领域", "list"),
    Column("started_on", "开始日期", "date"),
    Column("people", "参与人数", "int"),
    Column("public", "公开", "yes_no"),
)


def _xlsx(tmp_path, rows, name="t.xlsx"):
    workbook = Workbook()
    ws = workbook.active
    ws.title = "项目"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_a_title_row_and_renamed_columns_are_read(tmp_path):
    path = _xlsx(tmp_path, [["某县科技计划项目表"], ["课题名称", "年度", "经费 (万元)*", "备注"],
                            ["智能灌溉系统研发", "2024年度", "1,234.5万元", "x"], [None, None, None, None],
                            ["设施蔬菜新品种示范", 2025, "2亿元", ""]])
    table = read_table(path, COLUMNS, key=("title",))
    assert table.ok, table.errors
    assert [(r.row, r.values["title"], r.values["year"], r.values["budget"]) for r in table.rows] == [
        (3, "智能灌溉系统研发", 2024, 1234.5), (5, "设施蔬菜新品种示范", 2025, 20000.0)]
    assert table.columns_found == ["title", "budget", "year"]
    assert [(w.column, w.warning) for w in table.warnings] == [("备注", True)]


def test_bad_cells_are_named_by_file_sheet_row_and_column(tmp_path):
    path = _xlsx(tmp_path, [["项目名称", "年度", "经费(万元)", "状态", "参与人数"],
                            ["甲", "二〇二四", "12", "立项", 3], ["乙", 2024, "十二万", "在研", 2.5]])
    table = read_table(path, COLUMNS)
    assert not table.ok and table.rows == []
    messages = [str(e) for e in table.errors]
    assert any(m.startswith("t.xlsx 工作表「项目」第 2 行「年度」") for m in messages), messages
    assert any("第 3 行「经费(万元)」" in m and "不是数字" in m for m in messages), messages
    assert any("第 3 行「状态」" in m and "申报、立项" in m for m in messages), messages
    assert any("第 3 行「参与人数」" in m and "整数" in m for m in messages), messages
    assert table.refused_rows == {2, 3}


def test_a_missing_required_column_is_one_error_and_no_rows(tmp_path):
    path = _xlsx(tmp_path, [["项目名称", "经费"], ["甲", 1]])
    table = read_table(path, COLUMNS)
    assert table.rows == [] and len(table.errors) == 1
    assert table.errors[0].column == "年度" and "缺少必填列" in table.errors[0].reason


def test_repeated_keys_name_the_first_row(tmp_path):
    path = _xlsx(tmp_path, [["项目名称", "年度"], ["智能 灌溉", 2024], ["乙", 2024], ["智能灌溉", 2025]])
    table = read_table(path, COLUMNS, key=("title",))
    assert [r.row for r in table.rows] == [2, 3]
    assert [(e.row, e.reason) for e in table.errors] == [(4, "与第 2 行重复")]


def test_text_over_its_bound_is_refused_not_cut(tmp_path):
    path = tmp_path / "long.csv"  # an Excel cell holds at most 32,767 characters; a CSV field holds 50,000
    path.write_text(f"项目名称,年度,项目简介\n甲,2024,{'字' * 50_000}\n乙,2024,短\n", encoding="utf-8")
    table = read_table(path, COLUMNS)
    assert [r.values["title"] for r in table.rows] == ["乙"]
    assert str(table.errors[0]) == "long.csv 第 2 行「项目简介」:长度 50,000 字,超过上限 200 字"


def test_lists_choices_dates_and_yes_no(tmp_path):
    path = _xlsx(tmp_path, [["项目名称", "年度", "技术领域", "状态", "开始日期", "公开"],
                            ["甲", 2024, "现代农业、 生物技术;现代农业", " 立项 ", dt.datetime(2024, 3, 1), "是"],
                            ["乙", 2024, "", "", "2024年3月2日", "否"]])
    table = read_table(path, COLUMNS)
    assert table.ok, table.errors
    first, second = (r.values for r in table.rows)
    assert first["fields"] == ("现代农业", "生物技术") and first["status"] == "approved"
    assert first["started_on"] == dt.date(2024, 3, 1) and first["public"] is True
    assert second["fields"] == () and second["status"] is None and second["started_on"] == dt.date(2024, 3, 2)


def test_user_text_is_kept_as_typed(tmp_path):
    path = _xlsx(tmp_path, [["项目名称", "年度", "项目简介"],
                            ["<b>高效(节水)</b>\n灌溉", 2024, "第一行\r\n第二行"]])
    values = read_table(path, COLUMNS).rows[0].values
    assert values["title"] == "<b>高效(节水)</b> 灌溉"
    assert values["summary"] == "第一行\n第二行"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_in_the_encodings_clerks_save(tmp_path, encoding):
    path = tmp_path / "projects.csv"
    path.write_bytes("项目名称,年度,经费(万元)\n智能灌溉系统研发,2024,\"1,200\"\n".encode(encoding))
    table = read_table(path, COLUMNS)
    assert table.ok and table.rows[0].values == {"title": "智能灌溉系统研发", "year": 2024, "budget": 1200.0}


@pytest.mark.parametrize(("name", "data", "says"), [
    ("old.xls", b"\xd0\xcf\x11\xe0", "另存为 .xlsx"),
    ("broken.xlsx", b"PK\x03\x04 not really", "无法打开"),
    ("photo.png", b"\x89PNG", "不是 .xlsx 或 .csv"),
])
def test_files_that_are_not_tables_are_refused_by_name(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(KechuangError) as caught:
        read_table(path, COLUMNS)
    assert caught.value.code == "KC-SHEET-FILE" and name in caught.value.message_zh and says in caught.value.message_zh


def test_too_many_rows_is_refused_before_reading_them(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("项目名称,年度\n" + "".join(f"项目{i},2024\n" for i in range(12)), encoding="utf-8")
    with pytest.raises(KechuangError, match="超过单次导入上限 10 行"):
        read_table(path, COLUMNS, max_rows=10)


def test_an_export_reads_back_and_keeps_formulas_as_text(tmp_path):
    rows = [{"title": "=HYPERLINK(\"http://x\")", "year": 2024, "budget": 12.5, "status": "approved",
             "fields": ("现代农业", "生物技术"), "public": False, "started_on": dt.date(2024, 1, 2)}]
    path = tmp_path / "export.xlsx"
    write_rows(path, {"项目": (COLUMNS, rows)})
    from openpyxl import load_workbook

    cell = load_workbook(path)["项目"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    back = read_table(path, COLUMNS).rows[0].values
    assert back["title"] == rows[0]["title"] and back["status"] == "approved"
    assert back["fields"] == ("现代农业", "生物技术") and back["budget"] == 12.5 and back["public"] is False


def test_the_template_reads_as_an_empty_table_and_explains_every_column(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, {"项目": COLUMNS}, examples={"项目": ["示例项目", 2025]})
    assert read_table(path, COLUMNS).rows == [] and read_table(path, COLUMNS).ok
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    assert workbook.sheetnames == ["项目", "填写说明"]
    assert workbook["项目"]["A1"].value == "项目名称*"
    notes = [[c for c in row if c is not None] for row in workbook["填写说明"].iter_rows(values_only=True)]
    assert ["项目", "状态", "可选:申报、立项"] in notes
    assert ["示例数据 · 项目", "示例项目", 2025] in notes
