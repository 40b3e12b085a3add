"""A department's task rows rendered in Python: the list has hundreds of rows, and the template engine spent
half the page's time on them (every value is still escaped by format_html)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

_ROW = ('<tr><td>{}</td><td><span class="light {}" title="{}">{}</span></td><td>{}</td><td>{}</td>'
        '<td><a href="{}">{}</a></td><td>{}</td><td>{}</td></tr>')


def _light(unit) -> SafeString:
    if unit is None or unit.light is None:
        return format_html("—")
    return format_html('<span class="light {}" title="{}">{}</span> <small>{}</small>', unit.light.colour,
                       unit.light.reason, unit.light.name, unit.status)


def _progress(state) -> SafeString:
    done = f"{state.percent}%" if state.percent is not None else "尚无已审核进度"
    if state.pending:
        return format_html('{} <span class="tag">待审核 {}</span>', done, state.pending)
    return format_html("{}", done)


def _short(text: str, size: int = 24) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def task_rows(rows: list[tuple]) -> SafeString:
    """<tr> rows of (task state, the department's unit state) pairs."""
    prefix = reverse("kc-task", args=[0])[:-2]  # "/tasks/" of "/tasks/0/"
    return format_html_join("", _ROW, (
        (_light(u), s.light.colour, s.light.reason, s.light.name, _short(s.task.plan.title), s.task.path,
         f"{prefix}{s.task.pk}/", s.task.title, _progress(s),
         s.task.deadline.isoformat() if s.task.deadline else "") for s, u in rows))
