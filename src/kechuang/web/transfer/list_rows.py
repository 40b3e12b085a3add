"""The achievement list's table rows written in Python from plain values (``selectors.achievement_values``): the
template's loop over model instances (a ``reverse`` and five display lookups a row, 50 rows) was what the list cost
over the other lists. The bytes are the template's (``tests/web/test_transfer_list_rows.py`` holds it as the spec):
user text escaped, labels from the choices read once."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from kechuang.web.transfer.models import HOLDER_KINDS, TRANSFER_MODES, Achievement
from kechuang.web.vouchers.money import wan

HOLDERS, MODES, STATUSES = dict(HOLDER_KINDS), dict(TRANSFER_MODES), dict(Achievement.STATUSES)
EMPTY = '<tr><td colspan="7">没有符合条件的科技成果。</td></tr>'
DEMO = ' <small class="demo">示例数据</small>'


def _row(a: dict, link: str) -> str:
    kind, status = a["holder_kind"], a["status"]
    modes = "、".join(MODES.get(m, m) for m in a["modes"])
    return (f'<tr><td><a href="{link}{a["id"]}/">{escape(a["title"])}</a>{DEMO if a["is_demo"] else ""}</td>\n'
            f'<td>{escape(a["holder"])}({escape(HOLDERS.get(kind, kind))})</td>'
            f'<td>{"、".join(escape(f) for f in a["fields"])}</td><td>{escape(a["maturity"] or "")}</td>'
            f'<td>{escape(modes)}</td><td>{escape(wan(a["price"]))}</td><td>{escape(STATUSES.get(status, status))}</td>'
            "</tr>\n")


def achievement_rows(rows: list[dict]) -> SafeString:
    """The ``<tr>`` rows of the list's table (the empty-list row when there is none)."""
    if not rows:
        return mark_safe(EMPTY)
    link = reverse("kc-transfer-achievement", args=[0])[:-2]  # "…/achievements/0/" less "0/": the id is appended
    return mark_safe("".join(_row(a, link) for a in rows))  # every piece of user text above went through escape()
