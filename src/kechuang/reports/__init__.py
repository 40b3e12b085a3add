"""Renderers of extracted plans: the 任务分解表 workbook and a Markdown summary."""
