"""A page's own text around the plan's: the notice's (or a consultation's) paragraph between its heading and the
plan's title, where its basis stands (根据贵办《…》文件要求…), and where a document's own text opens after the line
that names whom it is addressed to."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.metadata.title import Located

_ADDRESSEES = re.compile(r"[^。;]{2,300}[::]$")  # 各县(市、区)人民政府,…市级相关部门:
ADDRESSEE_LINES = 12


def after_addressees(body: list[Line]) -> int:
    """Where a document's own text opens: after the line that names whom it is addressed to, when one stands among
    its first lines (a page's field rows may come before it: 德阳 2020 索引号 / 公文种类 / … / 各县(市、区)人民政府,…:),
    else at its first line."""
    return next((k + 1 for k, ln in enumerate(body[:ADDRESSEE_LINES]) if _ADDRESSEES.fullmatch(ln.text.strip())), 0)


def covering_of(lines: list[Line], loc: Located, above: int | None, notice: bool) -> list[Line]:
    """The notice's or report's own text between its heading (line ``above``: a 印发 notice's, or a consultation's
    that prints its draft below, 金华 2023) and the plan's title."""
    if above is not None and loc.title_lines and above < loc.title_lines[0]:
        return [ln for ln in lines[above + 1:loc.title_lines[0]] if ln.text and not ln.chrome]
    if not notice and loc.title_lines:
        # a notice the page prints over its attached table (芜湖 2019 and 2020 关于分解下达…的通知 over 2019年度市政府
        # 重点工作任务分解表) is no 印发 notice, but its paragraph after the addressees is its own text as one's is
        before = [ln for ln in lines[:loc.title_lines[0]] if ln.text and not ln.chrome]
        if opening := after_addressees(before):
            return before[opening:opening + 3]
    return []
