"""Tables clerks import and export (xlsx, csv) for every library: columns as data, a reader that names every bad
cell by file, sheet, row and column, the import template and formula-safe exports. Never imports Django."""

from kechuang.sheets.columns import Column, fold_header, header_map
from kechuang.sheets.errors import RowError
from kechuang.sheets.reader import SheetRow, Table, parse_cell, read_table
from kechuang.sheets.writer import export_value, write_rows, write_template

__all__ = ["Column", "RowError", "SheetRow", "Table", "export_value", "fold_header", "header_map", "parse_cell",
           "read_table", "write_rows", "write_template"]
